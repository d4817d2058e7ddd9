import { describe, expect, it } from 'vitest';
import { nextCapitalOrWide } from '../../src/analyze/quotes/letters.js';

describe('nextCapitalOrWide: where a search for capitalised words looks next', () => {
  it.each([
    ['said the mayor of Springfield', 0, 18],
    ['said the mayor of Springfield', 20, 29],
    ['all lower case here', 0, 19],
    ['', 0, 0],
    ['Trump said', 0, 0],
    ['after the Émigré', 0, 10],
    ['a “quote” here', 0, 2],
    ['ends with Z', 11, 11],
  ])('%j from %i → %i', (text, from, at) => {
    expect(nextCapitalOrWide(text, from)).toBe(at);
  });
});
