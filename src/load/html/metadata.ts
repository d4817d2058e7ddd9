import { decodeEntities, oneLine } from '../sanitize.js';

/** What a page says about itself; every field comes from its own markup, none is guessed. */
export interface PageMeta {
  title?: string;
  author?: string;
  date?: string;
  site?: string;
  url?: string;
}

// A DOM element as far as we use it (linkedom's types and the DOM lib's differ).
interface Element {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface Root {
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element>;
}

type Json = Record<string, unknown>;

/**
 * Read title, author, date, site name and canonical URL from JSON-LD
 * (NewsArticle and kin), Open Graph, `<meta>`, `<time>` and `<link rel=canonical>`,
 * in that order of trust. `pageUrl` resolves relative URLs.
 */
export function readMetadata(document: Root, pageUrl?: string): PageMeta {
  const ld = articleJsonLd(document);
  const meta = (selector: string) => oneLine(document.querySelector(selector)?.getAttribute('content'));
  const ogAuthor = meta('meta[property="article:author"]');
  const time =
    document.querySelector('time[pubdate][datetime], time[itemprop~="datePublished"][datetime]') ??
    document.querySelector('article time[datetime]') ??
    document.querySelector('time[datetime]');
  const found: PageMeta = {
    title:
      ldText(ld?.headline) ?? meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ?? headlineInTitle(document),
    author:
      ldNames(ld?.author) ??
      meta('meta[name="author"]') ??
      // article:author is often a profile URL, which names no one.
      (ogAuthor && !/^https?:/i.test(ogAuthor) ? ogAuthor : undefined),
    date:
      ldText(ld?.datePublished) ??
      meta('meta[property="article:published_time"]') ??
      meta('meta[itemprop="datePublished"]') ??
      oneLine(time?.getAttribute('datetime')),
    site: ldNames(ld?.publisher) ?? meta('meta[property="og:site_name"]'),
    url:
      absoluteUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), pageUrl) ??
      absoluteUrl(meta('meta[property="og:url"]'), pageUrl) ??
      absoluteUrl(ldUrl(ld?.mainEntityOfPage) ?? ldText(ld?.url), pageUrl),
  };
  // Only what was found, in this order (the order a saved file's front matter lists it).
  const out: PageMeta = {};
  for (const [key, value] of Object.entries(found) as Array<[keyof PageMeta, string | undefined]>) if (value) out[key] = value;
  return out;
}

// The <title> usually adds the site's name to the headline ("Headline — Site");
// the longest page heading that the <title> contains is the headline without it
// (a logo in an <h1> is the site's name, and shorter).
function headlineInTitle(document: Root): string | undefined {
  const title = oneLine(document.querySelector('title')?.textContent);
  if (!title) return undefined;
  let best: string | undefined;
  for (const h1 of document.querySelectorAll('h1')) {
    const heading = oneLine(h1.textContent);
    if (heading && title.includes(heading) && heading.length > (best?.length ?? 0)) best = heading;
  }
  return best;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;

// The first JSON-LD object typed as an article, looking inside arrays and @graph.
function articleJsonLd(document: Root): Json | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block is the page's problem; other blocks may still be good
    }
    const found = findArticle(data);
    if (found) return found;
  }
  return undefined;
}

// Articles sit at most a few levels down; a deeper search would only risk the stack.
const MAX_LD_DEPTH = 16;

function findArticle(data: unknown, depth = 0): Json | undefined {
  if (depth > MAX_LD_DEPTH) return undefined;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  const object = data as Json;
  const types = ([] as unknown[]).concat(object['@type']);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return object;
  return findArticle(object['@graph'], depth + 1);
}

function ldText(value: unknown): string | undefined {
  return typeof value === 'string' ? oneLine(decodeEntities(value)) : undefined;
}

// author and publisher: a name, a {name} object, or an array of either.
function ldNames(value: unknown): string | undefined {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((v) => (v && typeof v === 'object' ? ldText((v as Json).name) : ldText(v)))
    .filter((name): name is string => Boolean(name));
  return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
}

function ldUrl(value: unknown): string | undefined {
  if (value && typeof value === 'object') return ldText((value as Json)['@id']) ?? ldText((value as Json).url);
  return ldText(value);
}

function absoluteUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

