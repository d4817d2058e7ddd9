import { describe, expect, it } from 'vitest';
import { clauseAround } from '../../src/present/facts.js';

describe('clauseAround', () => {
  it.each([
    ['The incident occurred on October 19, 2025, when the soldier crossed the line.', 'October 19, 2025', 'left', 'The incident occurred on |October 19, 2025|…'],
    ["'It is rare,' said Dr. Park Ji-young, a security analyst at the Sejong Institute.", 'Park Ji-young', 'right', '…said Dr. |Park Ji-young|, a security analyst at the Sejong Institute.'],
    ['So far, 38 North Korean defectors entered, with more than half being young adults.', 'more than half', 'left', '…with |more than half| being young adults.'],
    ['Prices rose 6.4% in a year.', '6.4%', 'left', 'Prices rose |6.4%| in a year.'],
  ] as const)('%s', (sentence, text, widen, expected) => {
    const { before, match, after } = clauseAround(sentence, sentence.indexOf(text), text.length, widen);
    expect(`${before}|${match}|${after}`).toBe(expected);
  });

  it('shows a fact written twice in its own clause, not the first one', () => {
    const sentence = 'Exports fell 5% in May, while imports, which had been flat all year, rose 5% in June.';
    const { before, match, after } = clauseAround(sentence, sentence.lastIndexOf('5%'), 2);
    expect(`${before}|${match}|${after}`).toBe('…rose |5%| in June.');
  });
});

describe('clauseAround in a clause with no boundaries', () => {
  it('keeps at most 15 words on each side of the fact', () => {
    const sentence = `Rates were ${'5% '.repeat(100)}in all.`;
    const at = sentence.indexOf('5%', 150);
    const { before, after } = clauseAround(sentence, at, 2);
    expect(before.split(/\s+/).filter(Boolean)).toHaveLength(15);
    expect(after.split(/\s+/).filter(Boolean)).toHaveLength(15);
  });
});
