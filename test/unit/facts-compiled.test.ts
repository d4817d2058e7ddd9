import { describe, expect, it } from 'vitest';
import { compiled } from '../../src/analyze/facts/compiled.js';

describe('compiled', () => {
  it.each([
    ['a global pattern', /\s+/g, 'two  words', ['  ']],
    ['a sticky pattern', /\d+/y, '12 ab', ['12']],
    ['a pattern that matches blanks', /^\s*/g, '  x', ['  ']],
  ])('leaves %s ready to search from the start', (_why, pattern, text, found) => {
    const get = compiled(pattern);
    const re = get();
    expect(re).toBe(pattern);
    expect(re.lastIndex).toBe(0);
    expect(re.exec(text)?.[0]).toBe(found[0]);
    // Later calls hand back the same pattern, as the search left it.
    expect(get()).toBe(pattern);
  });
});
