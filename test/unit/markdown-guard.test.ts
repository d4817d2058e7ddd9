import { Lexer, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { capNesting, MAX_NESTING } from '../../src/load/markdown-guard.js';

describe('capNesting', () => {
  it.each([
    ['deep quotes are cut to the cap', '>'.repeat(2000) + ' deep', `${'>'.repeat(MAX_NESTING)} deep`],
    ['deep bullets on one line are cut', `${'- '.repeat(500)}x`, `${'- '.repeat(MAX_NESTING)}x`],
    ['deep indentation is cut to code depth', `${' '.repeat(400)}- x`, '    - x'],
    ['shallow nesting is untouched', '> > quoted\n- a\n  - b', '> > quoted\n- a\n  - b'],
    ['a thematic break is untouched', '* * *', '* * *'],
    ['fenced code is left as written', '```\n' + '>'.repeat(20) + '\n```', '```\n' + '>'.repeat(20) + '\n```'],
  ])('%s', (_name, input, expected) => {
    expect(capNesting(input)).toBe(expected);
  });

  // Levels as marked itself parses them, whatever the indentation that made them.
  function depth(tokens: Token[] | undefined): number {
    let most = 0;
    for (const t of tokens ?? []) {
      const inner = t.type === 'list' ? 1 + Math.max(0, ...t.items.map((i: Token & { tokens: Token[] }) => depth(i.tokens))) : t.type === 'blockquote' ? 1 + depth(t.tokens) : 0;
      most = Math.max(most, inner);
    }
    return most;
  }
  const items = (markdown: string) => markdown.split('\n').filter((l) => /\bitem\d+\b/.test(l)).length;

  it.each([
    ['two spaces a level', (x: number) => `${'  '.repeat(x)}* item${x}`],
    ['three spaces a level', (x: number) => `${'   '.repeat(x)}- item${x}`],
    ['five spaces a level, numbered', (x: number) => `${'     '.repeat(x)}1. item${x}`],
    ['a tab a level', (x: number) => `${'\t'.repeat(x)}- item${x}`],
    ['inside a quote', (x: number) => `> ${'  '.repeat(x)}- item${x}`],
    ['loose items', (x: number) => `${'  '.repeat(x)}- item${x}\n`],
  ])('a list nested 60 deep, %s, reaches the cap and no further, every item kept', (_name, line) => {
    const markdown = Array.from({ length: 60 }, (_, x) => line(x)).join('\n');
    const capped = capNesting(markdown);
    expect(depth(new Lexer().lex(markdown))).toBeGreaterThan(MAX_NESTING);
    expect(depth(new Lexer().lex(capped))).toBe(MAX_NESTING);
    expect(items(capped)).toBe(60);
  });

  it("the issue's 392 bytes: 17 levels two spaces apart, then eight markers on one line", () => {
    const lines = Array.from({ length: 17 }, (_, x) => `${'  '.repeat(x)}* a`);
    lines.push(`${' '.repeat(34)}* * * * * * * * a`);
    expect(depth(new Lexer().lex(capNesting(lines.join('\n'))))).toBeLessThanOrEqual(MAX_NESTING);
  });
});
