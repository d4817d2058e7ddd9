import { describe, expect, it } from 'vitest';
import { isSafeLink, safeLinks } from '../../src/load/safe-links.js';

describe('safeLinks', () => {
  it.each([
    ['an https link stays', 'see [the report](https://example.com/a_(b).pdf "Report")', 'see [the report](https://example.com/a_(b).pdf "Report")'],
    ['mailto and relative links stay', '[m](mailto:a@b.c) [r](../other.html) [f](#top)', '[m](mailto:a@b.c) [r](../other.html) [f](#top)'],
    ['javascript: in mixed case becomes its text', 'a [click](JaVaScRiPt:alert(1)) b', 'a click b'],
    ['file: and vbscript: become their text', '[f](file:///etc/passwd) [v](vbscript:msgbox)', 'f v'],
    ['an entity-spelled scheme is seen through', '[e](java&#115;cript:x) [t](<java\tscript:x>)', 'e t'],
    ['a data: image becomes its description', '![a chart](data:image/png;base64,AAAA)', 'a chart'],
    ['brackets inside link text', '[a [b] c](javascript:x)', 'a [b] c'],
    ['an angle-bracket destination', '[x](<javascript:alert(1)>)', 'x'],
    ['a definition with a bad scheme is dropped', 'text\n\n[ref]: javascript:alert(1)\n[ok]: https://example.com', 'text\n\n\n[ok]: https://example.com'],
    ['an autolink with a bad scheme is plain text', '<javascript:alert(1)> <https://example.com>', 'javascript:alert(1) <https://example.com>'],
    ['raw HTML loses bad URL attributes', '<a href="javascript:x">a</a> <img src=\'data:x\'> <a href="https://e.com">b</a>', '<a>a</a> <img> <a href="https://e.com">b</a>'],
  ])('%s', (_name, input, expected) => {
    expect(safeLinks(input)).toBe(expected);
  });

  it.each([
    ['https://example.com', true],
    ['HTTP://EXAMPLE.COM', true],
    ['relative/path.html', true],
    ['data:text/html,x', false],
    [' javascript:x', false],
    ['&#x6A;avascript:x', false],
  ])('isSafeLink(%j) is %s', (link, safe) => {
    expect(isSafeLink(link)).toBe(safe);
  });

  it('a long run of brackets passes through unchanged', () => {
    const text = `${'['.repeat(50_000)}x${']('.repeat(50_000)}`;
    expect(safeLinks(text)).toBe(text);
  });
});
