import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/load/html/to-markdown.js';

// The plugin alone, as it was before its table look-ups were made linear.
const plugin = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '_' });
plugin.use(gfm);

describe('GFM tables, made linear', () => {
  it.each([
    ['a header row of th', '<table><tr><th>Phase</th><th>MW</th></tr><tr><td>One</td><td>12</td></tr><tr><td>Two</td><td>30</td></tr></table>'],
    ['a thead and tbody', '<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>'],
    ['no header row', '<table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>'],
    ['alignment', '<table><tr><th align="right">A</th><th style="text-align:center">B</th></tr><tr><td align="right">1</td><td style="text-align:center">2</td></tr></table>'],
    ['colspan, pipes and line breaks in cells', '<table><tr><th>A</th><th>B</th><th>C</th></tr><tr><td colspan="2">a | b</td><td>x<br>y</td></tr></table>'],
    ['a single cell', '<table><tr><td>only</td></tr></table>'],
    ['a table inside a table', '<table><tr><td><table><tr><td>in</td><td>ner</td></tr></table></td><td>out</td></tr></table>'],
    ['a table holding a list (kept as HTML)', '<table><tr><td><ul><li>a</li></ul></td><td>b</td></tr></table>'],
    ['uneven rows', '<table><tr><th>A</th><th>B</th><th>C</th></tr><tr><td>1</td></tr><tr><td>1</td><td>2</td><td>3</td><td>4</td></tr></table>'],
  ])('%s: as the plugin writes it', (_name, html) => {
    expect(htmlToMarkdown(html)).toBe(plugin.turndown(html).trim());
  });

  it('a colspan beyond what browsers read is cut at 1000 columns', () => {
    const markdown = htmlToMarkdown('<table><tr><th>A</th><th>B</th></tr><tr><td colspan="100000000">x</td><td>y</td></tr></table>');
    expect(markdown.split('\n')[2]!.split('|').length).toBeLessThanOrEqual(1003);
  });

  it('a table of 40,000 cells converts, every cell once', () => {
    const row = `<tr>${'<td>c</td>'.repeat(50)}</tr>`;
    const markdown = htmlToMarkdown(`<table><tr>${'<th>h</th>'.repeat(50)}</tr>${row.repeat(800)}</table>`);
    expect(markdown.split('\n')).toHaveLength(802);
    expect(markdown.split('\n').filter((line) => line.startsWith('| c '))).toHaveLength(800);
    expect(markdown.match(/ c {3}\|/g)).toHaveLength(40000);
  });
});
