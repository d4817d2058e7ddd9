import { describe, expect, it } from 'vitest';
import { clauseAround } from '../../src/present/facts.js';

describe('clauseAround', () => {
  it.each([
    ['The incident occurred on October 19, 2025, when the soldier crossed the line.', 'October 19, 2025', 'left', 'The incident occurred on |October 19, 2025|…'],
    ["'It is rare,' said Dr. Park Ji-young, a security analyst at the Sejong Institute.", 'Park Ji-young', 'right', '…said Dr. |Park Ji-young|, a security analyst at the Sejong Institute.'],
    ['So far, 38 North Korean defectors entered, with more than half being young adults.', 'more than half', 'left', '…with |more than half| being young adults.'],
    ['Prices rose 6.4% in a year.', '6.4%', 'left', 'Prices rose |6.4%| in a year.'],
  ] as const)('%s', (sentence, text, widen, expected) => {
    const { before, match, after } = clauseAround(sentence, text, widen);
    expect(`${before}|${match}|${after}`).toBe(expected);
  });
});
