import { describe, expect, it } from 'vitest';
import { capNesting, MAX_NESTING } from '../../src/load/markdown-guard.js';

describe('capNesting', () => {
  it.each([
    ['deep quotes are cut to the cap', '>'.repeat(2000) + ' deep', `${'>'.repeat(MAX_NESTING)} deep`],
    ['deep bullets on one line are cut', `${'- '.repeat(500)}x`, `${'- '.repeat(MAX_NESTING)}x`],
    ['deep indentation is cut', `${' '.repeat(400)}- x`, `${' '.repeat(MAX_NESTING * 4)}- x`],
    ['shallow nesting is untouched', '> > quoted\n- a\n  - b', '> > quoted\n- a\n  - b'],
    ['a thematic break is untouched', '* * *', '* * *'],
    ['fenced code is left as written', '```\n' + '>'.repeat(20) + '\n```', '```\n' + '>'.repeat(20) + '\n```'],
  ])('%s', (_name, input, expected) => {
    expect(capNesting(input)).toBe(expected);
  });
});
