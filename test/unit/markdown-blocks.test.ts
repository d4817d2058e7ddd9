import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanMarkdown } from '../../src/markdown-blocks.js';
import { capNesting } from '../../src/load/markdown-guard.js';

// Blocks in a compact form: `H2 text` for a top-level heading, `P text` for a prose paragraph.
function blocks(markdown: string): string[] {
  return scanMarkdown(markdown).blocks.map((b) => (b.kind === 'heading' ? `H${b.level} ${b.text}` : `P ${b.text}`));
}

function inline(markdown: string): string {
  const found = scanMarkdown(markdown).blocks;
  expect(found).toHaveLength(1);
  return found[0]!.text;
}

describe('scanMarkdown: blocks', () => {
  it.each([
    ['ATX heading', '## Part two\n\nText.', ['H2 Part two', 'P Text.']],
    ['ATX closing #s', '### Part ###\n# Title #', ['H3 Part', 'H1 Title']],
    ['ATX # without a space is text', '#5 on the list', ['P #5 on the list']],
    ['seven #s are text', '####### seven', ['P ####### seven']],
    ['escaped closing #', '# C\\#', ['H1 C#']],
    ['empty heading', '##', ['H2 ']],
    ['ATX heading interrupts a paragraph', 'Text\n## Part', ['P Text', 'H2 Part']],
    ['setext level 1', 'The title\n=====', ['H1 The title']],
    ['setext level 2 over two lines', 'Two\nlines\n---', ['H2 Two lines']],
    ['paragraph lines joined by a space', 'one\ntwo\nthree', ['P one two three']],
    ['blank lines separate paragraphs', 'one\n\n\ntwo', ['P one', 'P two']],
    ['block quote with lazy continuation', '> quoted\nlazy line', ['P quoted lazy line']],
    ['nested quotes', '> a\n> > b\n> c', ['P a', 'P b c']],
    ['heading in a quote reads as a paragraph', '> ## Inside', ['P Inside']],
    ['heading in a list reads as a paragraph', '- # Inside', ['P Inside']],
    ['bullet list items', '- one\n- two\n* three', ['P one', 'P two', 'P three']],
    ['ordered list items', '1. one\n2. two\n10) ten', ['P one', 'P two', 'P ten']],
    ['item continuation lines', '- one\n  more\n- two', ['P one more', 'P two']],
    ['loose item with two paragraphs', '1. one\n\n   again\n2. two', ['P one', 'P again', 'P two']],
    ['nested lists', '- a\n  - b\n    - c', ['P a', 'P b', 'P c']],
    ['task list boxes are not text', '- [ ] todo\n- [x] done', ['P todo', 'P done']],
    ['only `1.` interrupts a paragraph', 'In 2024\n2. not a list', ['P In 2024 2. not a list']],
    ['a bullet interrupts a paragraph', 'Items:\n- one', ['P Items:', 'P one']],
    ['quote in a list item', '- > quoted\n- plain', ['P quoted', 'P plain']],
    ['fenced code is not prose', '```js\nlet x;\n```\nAfter.', ['P After.']],
    ['tilde fence', '~~~\n# not a heading\n~~~', []],
    ['a fence closes only on a run as long', '````\n```\nstill code\n````\nAfter.', ['P After.']],
    ['unclosed fence runs to the end', 'Before.\n```\ncode\n\n# not a heading', ['P Before.']],
    ['fence in a list item', '- ```\n  code\n  ```\n- item', ['P item']],
    ['indented code', 'Text.\n\n    code line\n\nAfter.', ['P Text.', 'P After.']],
    ['indented lines inside a paragraph are text', 'Text\n    more', ['P Text more']],
    ['HTML block ends at a blank line', '<div>\n<p>inside</p>\n</div>\n\nAfter.', ['P After.']],
    ['HTML comment block ends on the line with -->', '<!-- note\n\nstill comment -->\nAfter', ['P After']],
    ['inline tag on its own line starts no block in a paragraph', 'Text\n<span>more</span>', ['P Text more']],
    ['GFM table', '| a | b |\n|---|:-:|\n| c | d |\n\nAfter.', ['P After.']],
    ['table interrupts a paragraph', 'Intro\n| a | b |\n| - | - |\n| c | d |', ['P Intro']],
    ['delimiter row with another cell count is text', '| a | b |\n| - |', ['P | a | b | | - |']],
    ['thematic breaks', 'A\n\n***\n\n- - -\n\n___\n\nB', ['P A', 'P B']],
    ['`---` under a paragraph is a setext underline', 'A\n---\nB', ['H2 A', 'P B']],
    ['link reference definitions are not prose', '[ref]: https://x.y "Title"\n\nSee [it][ref].', ['P See it.']],
    ['definition over two lines', '[ref]:\n  https://x.y\n\n[ref]', ['P ref']],
    ['definitions before a setext heading', '[ref]: /u\nHeading\n===', ['H1 Heading']],
    ['tabs count to the next stop of four', '\tcode\n\nText', ['P Text']],
    ['CRLF line endings', '# Title\r\n\r\nOne\r\ntwo\r\n', ['H1 Title', 'P one two'.replace('one', 'One')]],
  ])('%s', (_name, markdown, expected) => {
    expect(blocks(markdown)).toEqual(expected);
  });
});

describe('scanMarkdown: inline text', () => {
  it.each([
    ['backslash escapes', '\\*not em\\* and 1\\. and \\[x\\]', '*not em* and 1. and [x]'],
    ['a backslash before a letter stays', 'C:\\path', 'C:\\path'],
    ['code span content kept', 'Run `npm *test*` now', 'Run npm *test* now'],
    ['double-backtick code span', '`` a ` b ``', 'a ` b'],
    ['unmatched backticks stay', 'a ` b', 'a ` b'],
    ['emphasis and strong', '*em* _em_ **strong** __strong__ ***both***', 'em em strong strong both'],
    ['strikethrough', '~~gone~~ and ~one~', 'gone and one'],
    ['unmatched delimiters stay', '5 * 3 = 15 and a ** b', '5 * 3 = 15 and a ** b'],
    ['partial runs stay', '**a*', '*a'],
    ['intraword underscores stay (snake_case)', 'snake_case_name and __init__', 'snake_case_name and init'],
    ['intraword stars are emphasis', 'foo*bar*baz', 'foobarbaz'],
    ['emphasis around quotes', '"*quoted*" and “*curly*”', '"quoted" and “curly”'],
    ['inline link', 'a [link *text*](http://x.y "title") here', 'a link text here'],
    ['link with parentheses in the URL', '[a](https://x.y/a_(b)) c', 'a c'],
    ['link with a pointy destination', '[a](<b c>) d', 'a d'],
    ['full reference link', '[text][ref]\n\n[ref]: /u', 'text'],
    ['collapsed and shortcut references', '[Ref][] and [ref]\n\n[REF]: /u', 'Ref and ref'],
    ['brackets without a definition stay', 'He said [sic] and [a][b]', 'He said [sic] and [a][b]'],
    ['links do not nest', '[a [b](c) d](e)', '[a b d](e)'],
    ['image reads as nothing', 'Before ![alt *text*](x.png "t") after', 'Before after'],
    ['linked image reads as nothing', '[![img](i.png)](http://x) text', 'text'],
    ['URL autolink', 'See <https://x.y/a?b=c>.', 'See https://x.y/a?b=c.'],
    ['email autolink', 'Mail <me@x.co>', 'Mail me@x.co'],
    ['bare URL keeps its characters', 'At https://x.y/*a*_b_ now', 'At https://x.y/*a*_b_ now'],
    ['inline HTML tags dropped', 'a <b class="x">bold</b> c<br/>d', 'a bold cd'],
    ['HTML comment dropped', 'a <!-- hidden --> b', 'a b'],
    ['a lone < stays', 'a < b and <3', 'a < b and <3'],
    ['hard break by two spaces', 'one  \ntwo', 'one two'],
    ['hard break by backslash', 'one\\\ntwo', 'one two'],
    ['named and numeric entities', 'Tom &amp; Jerry &mdash; &#8220;hi&#x201D;', 'Tom & Jerry — “hi”'],
    ['unsafe numeric references dropped', 'a&#27;b&#x9b;c', 'abc'],
    ['an escaped entity stays', '\\&amp; and `&amp;`', '&amp; and &amp;'],
    ['raw control characters dropped', 'a\u001b[2Jb\u202ec', 'a[2Jbc'],
    ['white space collapsed', 'a \t b\u00a0\u00a0c', 'a b c'],
  ])('%s', (_name, markdown, text) => {
    expect(inline(markdown)).toBe(text);
  });
});

describe('scanMarkdown: offsets', () => {
  it.each([
    ['# A\n\ntext\n\n## B\n\nmore', [0, 11]],
    ['lead\n\nB\n===\n\n  ## C', [6, 13]],
    ['> # quoted\n- # listed\n\n```\n# code\n```\n\n# Real', [39]],
    ['one\r\n## Two\r\n', [5]],
  ])('top-level headings of %j start at %j', (markdown, starts) => {
    const { headings } = scanMarkdown(markdown);
    expect(headings.map((h) => h.start)).toEqual(starts);
    for (const h of headings) expect(blocks(markdown.slice(h.start, h.end))[0]).toBe(`H${h.level} ${h.text}`);
  });

  it.each([
    ['\n\n  # T\n', 2],
    ['<!-- c -->\n# T', 0],
    ['', -1],
    [' \n\t\n', -1],
  ])('the first block of %j starts at %d', (markdown, first) => {
    expect(scanMarkdown(markdown).firstBlock).toBe(first);
  });
});

describe('scanMarkdown: hostile input', () => {
  const fixture = (name: string) => readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url), 'utf8');

  it.each([
    ['a 1 MB line of `*a **a `', '*a **a '.repeat(150_000), (t: string) => t.startsWith('*a **a *a')],
    ['a 1 MB line of `_a __a `', '_a __a '.repeat(150_000), (t: string) => t.endsWith('_a __a')],
    ['alternating delimiters', '*_~'.repeat(300_000), (t: string) => t.length > 0],
    ['300,000 unclosed brackets', '[a '.repeat(300_000), (t: string) => t.startsWith('[a [a')],
    ['brackets around many links', `${'['.repeat(100_000)}${'[a](b)'.repeat(100_000)}`, (t: string) => t.endsWith('aaa')],
    ['link tails that never close', '[a](b "'.repeat(150_000), (t: string) => t.startsWith('[a](b')],
    ['backtick runs of every length', Array.from({ length: 2_000 }, (_, i) => '`'.repeat(i + 1)).join(' '), (t: string) => t.length > 0],
    ['unclosed HTML attributes', '<a b="'.repeat(150_000), (t: string) => t.startsWith('<a b=')],
    ['unclosed comments', `a ${'<!-- '.repeat(200_000)}`, (t: string) => t.startsWith('a <!--')],
    ['a URL ending in a million marks', `https://x${'!'.repeat(1_000_000)}y`, (t: string) => t.endsWith('!y')],
  ])('%s', (_name, markdown, check) => {
    expect(check(inline(markdown))).toBe(true);
  });

  it.each([
    ['emphasis-bomb.md', ['H1 Emphasis', 'P *a **a *a **a']],
    ['nested-quotes.md', ['H1 Quotes', 'P deep']],
    ['nested-list-markers.md', ['H1 Lists', 'P deep']],
    ['wide-table.md', ['H1 Table']],
  ])('fixture %s reads as %j', (name, expected) => {
    const found = blocks(capNesting(fixture(name)));
    expect(found.map((b, i) => b.slice(0, expected[i]?.length))).toEqual(expected);
  });

  it('2,000 quote levels and a thousand list levels read as their text', () => {
    expect(blocks(`${'>'.repeat(2_000)} deep`)).toEqual(['P deep']);
    const list = Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
    expect(blocks(list)).toHaveLength(1_000);
  });
});
