import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../src/errors.js';
import { parseMarkdown } from '../../src/load/markdown.js';

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
    ['line breaks inside a paragraph', 'one\ntwo', 'one two'],
  ])('paragraph text: %s', (_name, md, text) => {
    expect(parseMarkdown(md, 's', 't').blocks).toEqual([{ kind: 'paragraph', text }]);
  });

  it('keeps list items and quoted paragraphs as prose, and skips code', () => {
    const doc = parseMarkdown('- one item\n- two item\n\n> quoted\n\n```\ncode\n```', 's', 't');
    expect(doc.blocks.map((b) => b.text)).toEqual(['one item', 'two item', 'quoted']);
  });

  it('rejects front matter that is not YAML with an ArticleError', () => {
    expect(() => parseMarkdown('---\ntitle: [unclosed\n---\nBody', 's', 't')).toThrow(ArticleError);
  });
});
