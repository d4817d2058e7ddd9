import { isOrganizationName } from '../../analyze/names.js';
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
 * in that order of trust; the author also from `byl`, Dublin Core, `itemprop="author"`
 * and `rel=author`, cleaned. `pageUrl` resolves relative URLs.
 */
export function readMetadata(document: Root, pageUrl?: string): PageMeta {
  const ld = articleJsonLd(document);
  const metas = metaValues(document);
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const values = metas.get(key);
      if (values) return values[0];
    }
    return undefined;
  };
  const time =
    document.querySelector('time[pubdate][datetime], time[itemprop~="datePublished"][datetime]') ??
    document.querySelector('article time[datetime]') ??
    document.querySelector('time[datetime]');
  const site = ldNames(ld?.publisher) ?? meta('og:site_name');
  // article:author is often a profile URL, which names no one.
  const ogAuthor = meta('article:author');
  const author = cleanAuthor(
    ldNames(ld?.author) ??
      metaAuthors(metas, ['dc:creator', 'dcterm:creator', 'author', 'byl']) ??
      (ogAuthor && !/^https?:/i.test(ogAuthor) ? ogAuthor : undefined) ??
      meta('parsely-author', 'sailthru:author') ??
      itemAuthor(document) ??
      oneLine(document.querySelector('a[rel~="author"]')?.textContent),
    site,
  );
  const canonical =
    absoluteUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), pageUrl) ??
    absoluteUrl(meta('og:url'), pageUrl) ??
    absoluteUrl(ldUrl(ld?.mainEntityOfPage) ?? ldText(ld?.url), pageUrl);
  const headline =
    ldHeadline(ld, oneLine(document.querySelector('title')?.textContent)) ??
    meta('dc:title', 'dcterm:title', 'og:title', 'title', 'twitter:title') ??
    headlineInTitle(document);
  const found: PageMeta = {
    title: headline && withoutSuffix(headline, [site, author, siteOfUrl(canonical ?? pageUrl)]),
    author,
    date: ldText(ld?.datePublished) ?? meta('article:published_time', 'datepublished') ?? oneLine(time?.getAttribute('datetime')),
    site,
    url: canonical,
  };
  // Only what was found, in this order (the order a saved file's front matter lists it).
  const out: PageMeta = {};
  for (const [key, value] of Object.entries(found) as Array<[keyof PageMeta, string | undefined]>) if (value) out[key] = value;
  return out;
}

/**
 * Every `<meta>` value under each key it is filed by, in page order: a
 * `property` may list several keys (`dc:title og:title`), a `name` or
 * `itemprop` one (`DC.title` is `dc:title`); keys are lower-cased, and a key
 * set by `property` keeps only those values.
 */
function metaValues(document: Root): Map<string, string[]> {
  const byProperty = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  for (const el of document.querySelectorAll('meta[content]')) {
    const content = oneLine(el.getAttribute('content'));
    if (!content) continue;
    const properties = (el.getAttribute('property') ?? '').split(/\s+/);
    const names = [(el.getAttribute('name') ?? '').replace(/\./g, ':'), el.getAttribute('itemprop') ?? ''];
    for (const [keys, map] of [[properties, byProperty], [names, byName]] as const) {
      for (const key of new Set(keys.map((k) => k.trim().toLowerCase()).filter(Boolean))) {
        const list = map.get(key);
        if (list) list.push(content);
        else map.set(key, [content]);
      }
    }
  }
  // A property is RDFa, set on purpose; a name of the same key is its older twin.
  for (const [key, list] of byName) if (!byProperty.has(key)) byProperty.set(key, list);
  return byProperty;
}

// The first key that names anyone; several elements under it are several
// authors, each one name (so `Kooman, F.` is F. Kooman, not two people).
function metaAuthors(metas: Map<string, string[]>, keys: string[]): string | undefined {
  for (const key of keys) {
    const values = metas.get(key);
    if (!values) continue;
    if (values.length === 1) return values[0];
    return [...new Set(values.map((v) => v.replace(/^([^,]+),\s*([^,]+)$/, '$2 $1')))].join(', ');
  }
  return undefined;
}

// JSON-LD's `name` or `headline` when they differ, as Readability chooses: the
// headline only when it, and not the name, is what the <title> shows (a
// Wikipedia headline is a one-line description, a site's name is no headline).
function ldHeadline(ld: Json | undefined, title: string | undefined): string | undefined {
  const headline = ldText(ld?.headline);
  const name = ldText(ld?.name);
  if (!headline || !name || name === headline) return headline ?? name;
  // The <title> is compared with and without its last ` - Site` part.
  const titles = title ? [title, title.replace(/\s+[|\-–—·»/]\s+[^|\-–—·»/]*$/, '')] : [];
  const shown = (s: string) => titles.some((t) => titleCoverage(s, t) > 0.75);
  return shown(headline) && !shown(name) ? headline : name;
}

// How much of the title (by characters of its words) the candidate's words cover.
function titleCoverage(candidate: string, title: string): number {
  const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const have = new Set(words(candidate));
  const all = words(title);
  const missing = all.filter((w) => !have.has(w));
  return all.length === 0 ? 0 : 1 - missing.join(' ').length / all.join(' ').length;
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
      // Some pages wrap the JSON in a CDATA section (`//<![CDATA[ ... //]]>`) for old XHTML parsers.
      data = JSON.parse((script.textContent ?? '').replace(/^\s*(?:\/\/)?\s*<!\[CDATA\[|(?:\/\/)?\s*\]\]>\s*$/g, ''));
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


// The author an `itemprop="author"` element names: its `name` part, its `content`, or its text.
function itemAuthor(document: Root): string | undefined {
  for (const el of document.querySelectorAll('[itemprop~="author"]')) {
    const named = (el as Element & Root).querySelector?.('[itemprop~="name"]');
    const text = oneLine(named?.getAttribute('content') ?? named?.textContent ?? el.getAttribute('content') ?? el.textContent);
    if (text && text.length <= 100) return text;
  }
  return undefined;
}

const DATE_TAIL = /\s*(?:[|,•·–—-]\s*)?(?:(?:updated|published|posted)\b.*|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}.*|(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.*|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}.*|\d{4}-\d{2}-\d{2}.*)$/i;

/**
 * A byline as a name list: `By`, `Written by`, dates, e-mail addresses and the
 * site's name cut away, several authors joined by commas; undefined when what
 * is left does not look like names (a sentence, a URL, nothing).
 */
export function cleanAuthor(raw: string | undefined, site?: string): string | undefined {
  if (!raw) return undefined;
  let text = raw.replace(/\s+/g, ' ').trim();
  text = text.replace(/^(?:(?:written|posted|words|story|text|reporting)\s+)?(?:by|von|par|por|door|di|av)[:\s]\s*/i, '');
  text = text.replace(DATE_TAIL, '').replace(/\S+@\S+/g, '').replace(/\(https?:[^)]*\)|https?:\S+/g, '');
  if (site) text = withoutSuffix(text, [site]);
  const all = text
    .split(/\s*(?:,|;|\band\b|&|\bund\b|\bet\b)\s*/i)
    .map((n) => n.replace(/^[\s|·•–—-]+|[\s|·•–—,-]+$/g, ''))
    .filter(Boolean);
  // The site's name beside a person's is the site's; alone, it is the author only when it reads as a
  // person's name (a personal site named after its author), not an outlet's (`Harbour News`).
  const notSite = all.filter((n) => !site || n.toLowerCase() !== site.toLowerCase());
  const names = notSite.length > 0 || !site || !personLike(site) ? notSite : all;
  if (names.length === 0 || names.some((n) => n.split(' ').length > 6 || /[.!?]$/.test(n) && !/\b[A-Z]\.$/.test(n))) return undefined;
  return [...new Set(names)].join(', ');
}

// Two to four capitalised words that do not end like an organisation's name: `Haki Benita`.
function personLike(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && !isOrganizationName(words);
}

// `Headline | Site`, `Headline - Author`: the suffix goes when it names the site, the author or the host.
function withoutSuffix(title: string, names: Array<string | undefined>): string {
  const m = /^(.+?)\s+[|\-–—·:_]\s+([^|–—·]+)$/.exec(title) ?? /^(.+?)\s*\[([^\]]+)\]$/.exec(title);
  if (!m) return title;
  const tail = m[2]!.trim().toLowerCase();
  const known = names.filter((n): n is string => Boolean(n)).map((n) => n.toLowerCase());
  return known.some((n) => tail === n || tail.includes(n) || n.includes(tail)) ? m[1]!.trim() : title;
}

// `https://www.spiceworks.com/x` → `spiceworks`: the name a site's title suffix usually carries.
function siteOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parts = new URL(url).hostname.replace(/^www\./, '').split('.');
    return parts.length >= 2 ? parts[parts.length - 2] : undefined;
  } catch {
    return undefined;
  }
}
