import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/load/html/extract.js';
import { htmlToMarkdown } from '../../src/load/html/to-markdown.js';

const PROSE = 'The council voted on Tuesday to approve the plan after a long debate about its cost and about who would pay for it.';
const LONG = `${PROSE} ${PROSE}`;
const page = (article: string, head = '') =>
  `<!DOCTYPE html><html><head>${head}</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>${article}</article><footer><a href="/about">About us</a></footer></body></html>`;
const extract = (html: string, pageUrl?: string) => extractArticle(html, { source: 'page.html', pageUrl, fallbackTitle: 'page' });

describe('htmlToMarkdown', () => {
  it.each([
    ['headings', '<h2>What next</h2>', '## What next'],
    ['lists', '<ul><li>one</li><li>two</li></ul>', '-   one\n-   two'],
    ['numbered lists', '<ol><li>one</li><li>two</li></ol>', '1.  one\n2.  two'],
    ['links', '<p>See <a href="https://x.example/r">the report</a>.</p>', 'See [the report](https://x.example/r).'],
    ['quotations', '<blockquote><p>We will.</p></blockquote>', '> We will.'],
    ['tables with a header', '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>', '| A   | B   |\n| --- | --- |\n| 1   | 2   |'],
    ['emphasis', '<p><em>really</em> <strong>now</strong></p>', '_really_ **now**'],
  ])('keeps %s', (_name, html, markdown) => {
    expect(htmlToMarkdown(html)).toBe(markdown);
  });

  it('turns a table without a header row into Markdown too, not raw HTML', () => {
    expect(htmlToMarkdown('<table><tr><td>1</td><td>2</td></tr></table>')).not.toContain('<');
  });
});

describe('extractArticle', () => {
  const story = `<h1>Plan approved</h1><p>${PROSE}</p><h2>Costs</h2><p>${PROSE}</p><p>"It is a good day," said the mayor.</p>`;

  it('builds the Document from the article alone, headings as sections', () => {
    const doc = extract(page(story, '<title>Plan approved | Town Times</title>'));
    expect(doc.title).toBe('Plan approved');
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: PROSE },
      { kind: 'heading', level: 2, text: 'Costs' },
      { kind: 'paragraph', text: PROSE },
      { kind: 'paragraph', text: '"It is a good day," said the mayor.' },
    ]);
    expect(doc.markdown).not.toMatch(/Home|About us/);
  });

  it('puts the page metadata in meta, and the fetched address when the page names none', () => {
    const doc = extract(page(story, '<meta name="author" content="Ann Lee"><title>Plan approved</title>'), 'https://town.example/plan');
    expect(doc.meta).toEqual({ title: 'Plan approved', author: 'Ann Lee', url: 'https://town.example/plan' });
  });

  it('makes relative links absolute against the page address', () => {
    const doc = extract(page(`<p>${PROSE} Read <a href="/docs/plan.pdf">the plan</a>.</p><p>${PROSE}</p>`), 'https://town.example/news/plan');
    expect(doc.markdown).toContain('[the plan](https://town.example/docs/plan.pdf)');
  });

  it('never runs the page scripts, and keeps no control characters', () => {
    const doc = extract(page(`<p>${PROSE}</p><script>document.write('SCRIPT RAN')</script><p>Red&#27;[31m alert&#x9b;2J here. ${PROSE}</p>`));
    expect(doc.markdown).not.toContain('SCRIPT RAN');
    expect(doc.markdown).not.toMatch(/[\u001b\u009b]/);
    // HTML reads &#x9b; as windows-1252 does (›); the escape character itself is dropped.
    expect(doc.blocks[1]).toEqual({ kind: 'paragraph', text: `Red[31m alert›2J here. ${PROSE}` });
  });

  it.each([
    ['no <html>, <head> or <body>', `<title>Plan approved</title><p>${LONG}</p><p>${LONG}</p>`],
    ['a doctype and bare paragraphs', `<!DOCTYPE html><p>${LONG}</p><p>${LONG}</p>`],
    ['an <html> with no <body>', `<html><head><title>Plan approved</title></head><p>${LONG}</p><p>${LONG}</p></html>`],
  ])('reads a page with %s, as a browser would', (_name, html) => {
    expect(extract(html).blocks).toEqual([
      { kind: 'paragraph', text: LONG },
      { kind: 'paragraph', text: LONG },
    ]);
  });

  it.each([
    ['one line of text', '<html><body>Short note.</body></html>', 'Short note.'],
    ['a list with one item', '<html><body><ol><li><p>Deep fake phishing is still rare.</p></li></ol></body></html>', 'Deep fake phishing is still rare.'],
    ['text inside a javascript: link', '<html><body><a href="javascript:"><p>abc</p><p>def</p></a></body></html>', 'abc'],
    ['headings and pictures only', '<html><body><article><h2>Test Case 1</h2><img src="a.jpg" alt="x.jpg"><h2>Test Case 2</h2></article></body></html>', 'Test Case 2'],
  ])('reads a short page that is all text, with no sign of an article: %s', (_name, html, text) => {
    expect(extract(html).markdown).toContain(text);
  });

  it.each([
    ['an empty page', ''],
    ['a list of links', page('<ul>' + '<li><a href="/a">A headline about the council and its plans for the town centre</a></li>'.repeat(12) + '</ul>')],
    ['a login form', page('<form><label>Email</label><input><label>Password</label><input type="password"><button>Sign in</button></form>')],
    ['a caption and nothing else', page('<figure><img src="a.jpg"><figcaption>The town hall at dusk.</figcaption></figure>', '<meta property="og:type" content="article">')],
  ])('finds no article in %s', (_name, html) => {
    expect(() => extract(html)).toThrow('page.html: found no article in this page');
  });
});
