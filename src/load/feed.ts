/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: their items as sources. The XML is
 * parsed by fast-xml-parser (pure JS, no native code, bounded nesting); only
 * the few fields a reading list needs are read from it.
 */
import { XMLParser } from 'fast-xml-parser';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleError } from '../errors.js';
import { decodeText } from './decode.js';
import { DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT, isUrlSource } from './defaults.js';
import { fetchPage } from './fetch.js';
import type { LoadOptions } from './index.js';
import { readFileBytes } from './read-source.js';
import { oneLine } from './sanitize.js';

export interface FeedItem {
  title: string;
  /** Where the article is: a URL, or a path for a local feed's relative links. */
  link: string;
  /** ISO date (YYYY-MM-DD), when the item has one. */
  date: string | null;
  site: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

/** What servers call feeds; some send them as plain XML. */
const FEED_TYPES: ReadonlySet<string> = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml']);

/** The links of a feed's items, at most `limit` of them: the sources it stands for. */
export async function feedItemLinks(source: string, options: LoadOptions & { limit?: number }): Promise<string[]> {
  const feed = await readFeed(source, options);
  return feed.items.slice(0, options.limit ?? Infinity).map((item) => item.link);
}

/** Read and parse a feed from a file or an http(s) URL. */
export async function readFeed(source: string, options: LoadOptions = {}): Promise<Feed> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  let bytes: Uint8Array;
  let base: string;
  if (isUrlSource(source)) {
    const page = await fetchPage(source, { timeout: options.timeout ?? DEFAULT_TIMEOUT, maxSize, onProgress: options.onProgress, alsoAccept: FEED_TYPES });
    bytes = page.bytes;
    base = page.url;
  } else {
    bytes = readFileBytes(source, maxSize);
    base = source;
  }
  return parseFeed(decodeText(bytes, source), base, source);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Entities beyond XML's five (&nbsp; in titles) are common in real feeds.
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** A feed's items in the order it lists them; relative links resolved against `base` (a URL or a file's path). */
export function parseFeed(xml: string, base: string, name = base): Feed {
  let doc: Record<string, any>;
  try {
    doc = parser.parse(xml);
  } catch (err) {
    throw new ArticleError(`${name} is not a readable feed: ${(err as Error).message.split('\n')[0]}`);
  }
  const channel = doc.rss?.channel ?? doc['rdf:RDF']?.channel;
  const atom = doc.feed;
  if (!channel && !atom) throw new ArticleError(`${name} is not an RSS or Atom feed`, 1, 'a feed has an <rss> or <feed> root element');
  const title = textOf(channel?.title ?? atom?.title);
  const entries: any[] = channel ? (channel.item ?? doc['rdf:RDF']?.item ?? []) : (atom.entry ?? []);
  const items: FeedItem[] = [];
  for (const entry of entries) {
    const href = channel ? rssLink(entry) : atomLink(entry);
    if (!href) continue;
    const link = resolveLink(href, base);
    items.push({
      title: textOf(entry.title) ?? link,
      link,
      date: isoDate(textOf(entry.pubDate ?? entry['dc:date'] ?? entry.published ?? entry.updated)),
      site: textOf(entry.source) ?? title,
    });
  }
  return { title, items };
}

function rssLink(item: any): string | null {
  return textOf(item.link?.[0]) ?? (item.guid?.['@isPermaLink'] !== 'false' ? textOf(item.guid) : null);
}

// Atom: the `alternate` link (the default rel) is the article itself.
function atomLink(entry: any): string | null {
  const links: any[] = entry.link ?? [];
  const chosen = links.find((l) => (l['@rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return chosen ? textOf(chosen['@href']) : null;
}

function resolveLink(href: string, base: string): string {
  if (isUrlSource(base)) return new URL(href, base).href;
  if (href.startsWith('file://')) return fileURLToPath(href);
  if (isUrlSource(href) || isAbsolute(href)) return href;
  // A local feed's relative links are files beside it.
  return join(dirname(base), href);
}

function textOf(value: unknown): string | null {
  if (value && typeof value === 'object') value = (value as Record<string, unknown>)['#text'];
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  return oneLine(String(value)) ?? null;
}

function isoDate(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
