/**
 * Which sources stand for many articles (a folder, a glob, a feed): the command
 * line asks this before deciding whether to load the batch machinery at all.
 */
import { statSync, type Stats } from 'node:fs';
import { extname } from 'node:path';
import { isUrlSource } from './defaults.js';

/** Files read as one article each. */
export const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd', '.txt', '.text', '.html', '.htm']);
/** Files read as a feed of articles. */
export const FEED_EXTENSIONS = new Set(['.xml', '.rss', '.atom']);

const GLOB_CHARS = /[*?[]/;

/**
 * What is at a path, or undefined when nothing can be read there (missing, a loop of links,
 * a path through a file): the loader then says which, in its own words.
 */
export function statOrNone(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** A glob pattern rather than a file that happens to exist; `stat` is what statOrNone found at the source. */
export function isGlob(source: string, stat: Stats | undefined): boolean {
  return GLOB_CHARS.test(source) && !isUrlSource(source) && !stat;
}

// Where sites put their feeds: `/feed`, `/rss`, `/atom.xml`, `/news/feed.rss`.
const FEED_PATH = /(?:^|\/)(?:feeds?|rss|atom)\/?$|\.(?:xml|rss|atom)$/i;

/**
 * A URL read as a feed: one whose path ends the way feed addresses do. Other
 * URLs are articles (`article list <url>` reads any URL as a feed).
 */
export function isFeedUrl(source: string): boolean {
  if (!isUrlSource(source)) return false;
  try {
    return FEED_PATH.test(new URL(source).pathname);
  } catch {
    return false;
  }
}

/** Does this one source stand for several articles? */
export function isManySource(source: string): boolean {
  if (isUrlSource(source)) return isFeedUrl(source);
  if (source === '-') return false;
  if (FEED_EXTENSIONS.has(extname(source).toLowerCase())) return true;
  const stat = statOrNone(source);
  return Boolean(stat?.isDirectory()) || isGlob(source, stat);
}
