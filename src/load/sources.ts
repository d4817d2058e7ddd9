/**
 * Many sources into the articles they stand for, in the order given: a folder
 * is every article file under it (recursively, sorted by name), a glob every
 * file it matches, a feed its items; anything else is one source as it is.
 */
import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ARTICLE_EXTENSIONS, FEED_EXTENSIONS, isFeedUrl, isGlob, statOrNone } from './source-kind.js';

/** One article to read, or why a source gave none. */
export type Expanded = { source: string } | { source: string; error: string };

// A folder's own documentation is not one of its articles.
const NOT_ARTICLES = /^(readme|changelog|changes|license|licence|contributing|authors|copying|notice)$/i;
// Nobody keeps articles in these, and they can be huge.
const SKIPPED_DIRS = new Set(['node_modules']);

/** Every article the sources stand for, in order; feeds are handed to `feedItems`. */
export async function* expandSources(
  sources: string[],
  feedItems: (source: string) => Promise<string[]>,
): AsyncGenerator<Expanded> {
  for (const source of sources) {
    // One stat a source, shared by the checks below.
    const feedUrl = isFeedUrl(source);
    const stat = feedUrl ? undefined : statOrNone(source);
    if (feedUrl || (FEED_EXTENSIONS.has(extname(source).toLowerCase()) && stat?.isFile())) {
      yield* feed(source, feedItems);
    } else if (stat?.isDirectory()) {
      let any = false;
      for (const path of folderArticles(source)) {
        any = true;
        yield { source: path };
      }
      if (!any) yield { source, error: `${source}: no articles in this folder (.md, .txt or .html files)` };
    } else if (isGlob(source, stat)) {
      const matches = globFiles(source);
      if (matches.length === 0) yield { source, error: `no file matches ${source}` };
      for (const path of matches) yield { source: path };
    } else {
      yield { source };
    }
  }
}

async function* feed(source: string, feedItems: (source: string) => Promise<string[]>): AsyncGenerator<Expanded> {
  let items: string[];
  try {
    items = await feedItems(source);
  } catch (err) {
    yield { source, error: (err as Error).message };
    return;
  }
  if (items.length === 0) yield { source, error: `${source}: the feed has no items with a link` };
  for (const item of items) yield { source: item };
}

/** The article files under a folder, depth first, each folder's entries sorted by name. */
function* folderArticles(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) yield* folderArticles(path);
    } else if (isArticleFile(entry.name) && (entry.isFile() || statOrNone(path)?.isFile())) {
      yield path;
    }
  }
}

function isArticleFile(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return ARTICLE_EXTENSIONS.has(ext) && !NOT_ARTICLES.test(basename(name, extname(name)));
}

/**
 * The files a glob matches, sorted: `*` and `?` within a name, `[...]` a class,
 * `**` any depth of folders. A leading dot is matched only by a dot, as in the shell.
 */
export function globFiles(pattern: string): string[] {
  const parts = pattern.split('/');
  const first = parts.findIndex((p) => /[*?[]/.test(p));
  const base = parts.slice(0, first).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const rest = parts.slice(first);
  const matcher = new RegExp(`^${globRegExp(rest)}$`);
  const deep = rest.includes('**');
  const found: string[] = [];
  const walk = (dir: string, rel: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') && !rest.some((p) => p.startsWith('.'))) continue;
      const path = join(dir, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && Boolean(statOrNone(path)?.isDirectory()));
      if (isDir) {
        if ((deep || depth + 1 < rest.length) && !SKIPPED_DIRS.has(entry.name)) walk(path, relPath, depth + 1);
      } else if (matcher.test(relPath)) {
        found.push(base === '.' && !pattern.startsWith('./') ? relPath : join(base, relPath));
      }
    }
  };
  walk(base, '', 0);
  return found.sort();
}

// The segments of a glob as a regular expression; `**` is any run of folders (none too).
function globRegExp(segments: string[]): string {
  return segments
    .map((segment, i) => {
      const last = i === segments.length - 1;
      if (segment === '**') return last ? '.*' : '(?:[^/]+/)*';
      return segmentPattern(segment) + (last ? '' : '/');
    })
    .join('');
}

function segmentPattern(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) out += '\\[';
      else {
        const body = segment.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else out += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return out;
}
