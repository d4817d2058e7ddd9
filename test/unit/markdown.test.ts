import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../src/errors.js';
import { parseMarkdown } from '../../src/load/markdown.js';
import { scanMarkdown } from '../../src/markdown-blocks.js';
import { buildArticle } from '../../src/model.js';
import { sectionMarkdown } from '../../src/analyze/sections.js';

describe('parseMarkdown', () => {
  it('reads the title and meta from front matter', () => {
    const doc = parseMarkdown('---\ntitle: "A: Title"\nauthor: Jo Bloggs\ndate: 2025-10-19\n---\n\nBody.', 's', 'fallback');
    expect(doc.title).toBe('A: Title');
    expect(doc.meta).toEqual({ title: 'A: Title', author: 'Jo Bloggs', date: '2025-10-19' });
    expect(doc.markdown).toBe('Body.');
  });

  it('takes a leading level-1 heading as the title when front matter has none', () => {
    const doc = parseMarkdown('# The Title\n\nBody.\n\n## Part\n\nMore.', 's', 'fallback');
    expect(doc.title).toBe('The Title');
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: 'Body.' },
      { kind: 'heading', level: 2, text: 'Part' },
      { kind: 'paragraph', text: 'More.' },
    ]);
    expect(doc.markdown).not.toContain('The Title');
  });

  it('falls back to the given title', () => {
    expect(parseMarkdown('Just text.', 's', 'story').title).toBe('story');
  });

  it.each([
    ['emphasis and links', 'Some *em* and **strong** and [a link](http://x.y) here.', 'Some em and strong and a link here.'],
    ['code spans', 'Run `npm test` now.', 'Run npm test now.'],
    ['entities', 'Tom &amp; Jerry &mdash; &#8220;hi&#8221;', 'Tom & Jerry — “hi”'],
    ['unsafe numeric references are dropped', 'a&#27;b&#x9b;c', 'abc'],
    ['names of object properties are no entities', 'The &constructor; and &toString; stay', 'The &constructor; and &toString; stay'],
    ['line breaks inside a paragraph', 'one\ntwo', 'one two'],
  ])('paragraph text: %s', (_name, md, text) => {
    expect(parseMarkdown(md, 's', 't').blocks).toEqual([{ kind: 'paragraph', text }]);
  });

  it('keeps list items and quoted paragraphs as prose, and skips code', () => {
    const doc = parseMarkdown('- one item\n- two item\n\n> quoted\n\n```\ncode\n```', 's', 't');
    expect(doc.blocks.map((b) => b.text)).toEqual(['one item', 'two item', 'quoted']);
  });

  it.each([
    ['an ATX heading', '# The Title\n\nBody.', 'The Title', 'Body.'],
    ['a setext heading', 'The Title\n=========\n\nBody.', 'The Title', 'Body.'],
    ['after blank lines', '\n\n# The Title\nBody.', 'The Title', 'Body.'],
    ['not a level-2 heading', '## Part\n\nBody.', 'fallback', '## Part\n\nBody.'],
    ['not when a comment comes first', '<!-- x -->\n# The Title\n\nBody.', 'fallback', '<!-- x -->\n# The Title\n\nBody.'],
    ['not when a link definition comes first', '[r]: /u\n# The Title\n\nBody.', 'fallback', '[r]: /u\n# The Title\n\nBody.'],
    ['not when front matter has a title', '---\ntitle: Meta\n---\n# The Title\n\nBody.', 'Meta', '# The Title\n\nBody.'],
  ])('title from a leading level-1 heading: %s', (_name, md, title, markdown) => {
    const doc = parseMarkdown(md, 's', 'fallback');
    expect(doc.title).toBe(title);
    expect(doc.markdown).toBe(markdown);
  });

  it('keeps the indentation of the first line, so code after the title stays code', () => {
    const doc = parseMarkdown('# T\n\n    # not a heading\n\n## Real', 's', 't');
    expect(doc.markdown).toBe('    # not a heading\n\n## Real');
    expect(scanMarkdown(doc.markdown).headings.map((h) => h.text)).toEqual(['Real']);
  });

  it.each([
    ['a table', '| a | b |\n|---|---|\n| c | d |'],
    ['an HTML block', '<div>\nhidden\n</div>'],
    ['a thematic break', '***'],
    ['a link reference definition', '[ref]: https://x.y'],
    ['indented code', '    let x = 1;'],
    ['fenced code', '~~~\nprose?\n~~~'],
  ])('%s is not prose', (_name, md) => {
    expect(parseMarkdown(`Before.\n\n${md}\n\nAfter.`, 's', 't').blocks.map((b) => b.text)).toEqual(['Before.', 'After.']);
  });

  it('reads headings inside quotes and lists as paragraphs, not sections', () => {
    const doc = parseMarkdown('Lead.\n\n> ## Quoted\n\n- ## Listed\n\n## Real', 's', 't');
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: 'Lead.' },
      { kind: 'paragraph', text: 'Quoted' },
      { kind: 'paragraph', text: 'Listed' },
      { kind: 'heading', level: 2, text: 'Real' },
    ]);
  });

  it.each([
    ['ATX and setext headings', '# T\n\nLead.\n\n## One\n\nA.\n\nTwo\n---\n\nB.'],
    ['no lead', '## One\n\nA.\n\n## Two\n\nB.'],
    ['a heading that reads as nothing is no section', 'Lead.\n\n## ![](x.png)\n\nA.\n\n## Two\n\nB.'],
    ['headings in code, quotes and lists are not cuts', 'Lead.\n\n```\n## No\n```\n\n> ## No\n\n## One\n\n- ## No\n\n## Two'],
  ])('read --section chunks agree with the model: %s', (_name, md) => {
    const article = buildArticle(parseMarkdown(md, 's', 't'));
    const lead = { index: 0, title: null, slug: 'lead', level: 0, paragraphs: [] };
    const chunks = [lead, ...article.sections.filter((s) => s.title !== null)].map((s) => sectionMarkdown(article, s));
    expect(chunks.join('')).toBe(article.markdown);
    for (const section of article.sections.filter((s) => s.title !== null)) {
      expect(scanMarkdown(sectionMarkdown(article, section)).headings[0]?.text).toBe(section.title);
    }
  });

  it('rejects front matter that is not YAML with an ArticleError', () => {
    expect(() => parseMarkdown('---\ntitle: [unclosed\n---\nBody', 's', 't')).toThrow(ArticleError);
  });
});
