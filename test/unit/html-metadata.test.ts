import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/load/html/metadata.js';

const read = (head: string, body = '', pageUrl?: string) =>
  readMetadata(parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document, pageUrl);
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readMetadata', () => {
  it.each([
    [
      'a JSON-LD NewsArticle',
      ld({ '@type': 'NewsArticle', headline: 'Flood barrier opens', author: { '@type': 'Person', name: 'Ann Lee' }, datePublished: '2025-01-02', publisher: { name: 'The Post' }, mainEntityOfPage: { '@id': 'https://post.example/flood' } }),
      { title: 'Flood barrier opens', author: 'Ann Lee', date: '2025-01-02', site: 'The Post', url: 'https://post.example/flood' },
    ],
    [
      'several JSON-LD authors, in an @graph, with entities',
      ld({ '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': ['ReportageNewsArticle'], headline: 'Rock &amp; roll', author: [{ name: 'A. One' }, 'B. Two', { name: 'A. One' }] }] }),
      { title: 'Rock & roll', author: 'A. One, B. Two' },
    ],
    [
      'Open Graph',
      '<meta property="og:title" content="Bridge  closed"><meta property="og:site_name" content="Daily"><meta property="article:published_time" content="2024-05-06T10:00:00Z"><meta property="og:url" content="https://daily.example/bridge">',
      { title: 'Bridge closed', date: '2024-05-06T10:00:00Z', site: 'Daily', url: 'https://daily.example/bridge' },
    ],
    ['<meta name="author">', '<meta name="author" content="Sam Roe">', { author: 'Sam Roe' }],
    ['an article:author that is only a profile URL', '<meta property="article:author" content="https://social.example/sam">', {}],
    ['an article:author that is a name', '<meta property="article:author" content="Sam Roe">', { author: 'Sam Roe' }],
    ['JSON-LD over Open Graph', `<meta property="og:title" content="OG title">${ld({ '@type': 'Article', headline: 'LD title' })}`, { title: 'LD title' }],
    ['a broken JSON-LD block beside a good one', `<script type="application/ld+json">{ nope</script>${ld({ '@type': 'BlogPosting', headline: 'Fine' })}`, { title: 'Fine' }],
    ['JSON-LD that is not an article', ld({ '@type': 'Organization', name: 'Acme' }), {}],
    [
      'Dublin Core, Open Graph and <meta name> titles, in Readability\'s order',
      '<meta name="title" content="Name title"><meta property="og:title" content="OG title"><meta name="DC.title" content="DC name title"><meta property="dc:title" content="DC property title">',
      { title: 'DC property title' },
    ],
    [
      'a property attribute that lists several keys',
      '<meta property="og:title twitter:title" content="A title"><meta property="x:title dc:title" content="Preferred title"><meta property="dc:creator twitter:site_name" content="Creator Name"><meta name="author" content="Not this">',
      { title: 'Preferred title', author: 'Creator Name' },
    ],
    ['several author elements, each one `Last, First` name', '<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">', { author: 'F. Kooman, Michiel de Jong' }],
    ['an author who is also the site', `<meta name="author" content="Haki Benita">${ld({ '@type': 'BlogPosting', headline: 'SQL', publisher: { name: 'Haki Benita' } })}`, { title: 'SQL', author: 'Haki Benita', site: 'Haki Benita' }],
    ['control characters in a value', '<meta name="author" content="Sam&#27;[31m Roe">', { author: 'Sam[31m Roe' }],
  ])('reads %s', (_name, head, expected) => {
    expect(read(head)).toEqual(expected);
  });

  it.each([
    ['a <time pubdate>', '<time datetime="2020-01-01">x</time><time pubdate datetime="2024-02-03">y</time>', '2024-02-03'],
    ['the first <time> of the article', '<nav><time datetime="2020-01-01">today</time></nav><article><time datetime="2024-02-03">3 Feb</time></article>', '2024-02-03'],
    ['the first <time> of the page', '<p>Posted <time datetime="2023-07-08">8 July</time></p>', '2023-07-08'],
  ])('takes the date from %s', (_name, body, date) => {
    expect(read('', body).date).toBe(date);
  });

  it.each([
    ['the name, when the headline is a description the <title> does not show', 'New Zealand - Wikipedia', { name: 'New Zealand', headline: 'constitutional monarchy in Oceania' }, 'New Zealand'],
    ['the headline, when the name is the site', 'West Ham threatens the giants - Sport.cz', { name: 'Sport.cz', headline: 'West Ham threatens the giants' }, 'West Ham threatens the giants'],
    ['the name, when neither is what the <title> shows', 'Home', { name: 'Full headline of the story', headline: 'Full headline' }, 'Full headline of the story'],
  ])('takes from JSON-LD whose name and headline differ %s', (_name, title, fields, expected) => {
    expect(read(`<title>${title}</title>${ld({ '@type': 'Article', ...fields })}`).title).toBe(expected);
  });

  it('takes the headline from the page heading the <title> repeats, without the site name', () => {
    expect(read('<title>Bridge closed for repairs — Daily News</title>', '<h1>Daily News</h1><h1>Bridge closed for repairs</h1>').title).toBe('Bridge closed for repairs');
    expect(read('<title>Daily News</title>', '<h1>Bridge closed for repairs</h1>').title).toBeUndefined();
  });

  it('resolves a relative canonical URL against the page, and keeps only http(s)', () => {
    expect(read('<link rel="canonical" href="/story/1">', '', 'https://news.example/amp/story/1?x=1').url).toBe('https://news.example/story/1');
    expect(read('<link rel="canonical" href="/story/1">').url).toBeUndefined();
    expect(read('<link rel="canonical" href="javascript:alert(1)">', '', 'https://news.example/').url).toBeUndefined();
  });

  it('guesses nothing: a byline in the text is not metadata', () => {
    expect(read('', '<article><p class="byline">By Jo Bloggs</p><p>Text.</p></article>')).toEqual({});
  });
});
