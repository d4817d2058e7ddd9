import { existsSync, fstatSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ArticleError } from '../errors.js';
import { buildArticle, type Article, type Document } from '../model.js';
import { bundledPath, DEFAULT_SLUG } from './bundled.js';
import { decodeText } from './decode.js';
import { savedPath } from './library.js';
import type { FetchProgress } from './fetch.js';
import { parseMarkdown } from './markdown.js';
import { parsePlainText } from './plaintext.js';
import { DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT, isUrlSource } from './defaults.js';
import { isLink, readFileBytes, readStdinBytes } from './read-source.js';
import { oneLine } from './sanitize.js';
import { looksLikeHtml } from './sniff.js';

export interface LoadOptions {
  maxSize?: number;
  /** Seconds to wait for a URL. */
  timeout?: number;
  /** Told what a URL fetch is waiting for (the loader itself prints nothing). */
  onProgress?: (progress: FetchProgress) => void;
  /** Told a file's or standard input's size as soon as it is read, before it is parsed. */
  onSize?: (bytes: number) => void;
  /** Given a file's or standard input's Markdown before the model is built from it. */
  onMarkdown?: (markdown: string) => void;
}


const MARKDOWN_EXT = new Set(['.md', '.markdown', '.mdown', '.mkd']);
const TEXT_EXT = new Set(['.txt', '.text']);

/**
 * Load an article from a URL, a path, `-` (standard input) or a bundled or saved slug; no
 * source means the bundled default. Throws ArticleError for anything unreadable.
 */
export async function loadArticle(source: string | undefined, options: LoadOptions = {}): Promise<Article> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  if (source === undefined) {
    // With no source, a pipe or a redirected file is the article (as bat and glow read it);
    // an empty one, or /dev/null, leaves the bundled default.
    const bytes = pipedStdin() ? readStdinBytes(maxSize) : undefined;
    if (bytes && bytes.length > 0) return loadStdin(bytes, options);
    source = DEFAULT_SLUG;
  }
  if (isUrlSource(source)) {
    const { loadUrl } = await import('./html/index.js');
    return loadUrl(source, { timeout: options.timeout ?? DEFAULT_TIMEOUT, maxSize, onProgress: options.onProgress });
  }
  if (source === '-') return loadStdin(readStdinBytes(maxSize), options);
  let path = source;
  // A link that leads nowhere (dangling, or a loop) is there all the same: read it for its true error.
  // A slug has no slash: a missing path is a file error, told as the file system tells it.
  if (!existsSync(path) && !isLink(path) && !/[\\/]/.test(path)) {
    const bundled = bundledPath(source) ?? savedPath(source);
    if (!bundled) throw new ArticleError(`no such file, bundled or saved article: ${source}`, 1, "see 'article list' for the bundled and saved articles");
    path = bundled;
  }
  const ext = extname(path).toLowerCase();
  // A file's name is from outside like its content: shown only as safe text on one line.
  const name = oneLine(source) ?? 'Untitled';
  const title = oneLine(basename(path, ext)) ?? 'Untitled';
  if (ext === '.html' || ext === '.htm') return (await import('./html/index.js')).loadHtmlFile(path, name, title, maxSize);
  const bytes = readFileBytes(path, maxSize);
  // A saved page is HTML whatever its name says.
  if (looksLikeHtml(bytes)) return (await import('./html/index.js')).loadHtmlBytes(bytes, name, title);
  options.onSize?.(bytes.length);
  const text = decodeText(bytes, path);
  // Any other extension, or none, is read as what it looks like.
  const markdown = MARKDOWN_EXT.has(ext) || (!TEXT_EXT.has(ext) && looksLikeMarkdown(text));
  return modelled(markdown ? parseMarkdown(text, name, title) : parsePlainText(text, name, title), options);
}

function modelled(doc: Document, options: LoadOptions): Article {
  options.onMarkdown?.(doc.markdown);
  return buildArticle(doc);
}

async function loadStdin(bytes: Uint8Array, options: LoadOptions): Promise<Article> {
  if (looksLikeHtml(bytes)) return (await import('./html/index.js')).loadHtmlBytes(bytes, '-', 'Untitled');
  options.onSize?.(bytes.length);
  const text = decodeText(bytes, 'standard input');
  return modelled(looksLikeMarkdown(text) ? parseMarkdown(text, '-', 'Untitled') : parsePlainText(text, '-', 'Untitled'), options);
}

// Standard input is a pipe or a file (not a terminal, /dev/null or a socket a parent left open).
function pipedStdin(): boolean {
  try {
    const stat = fstatSync(0);
    return stat.isFIFO() || stat.isFile();
  } catch {
    return false;
  }
}

// Without a telling extension, front matter or an ATX heading says Markdown.
function looksLikeMarkdown(text: string): boolean {
  return /^---[ \t]*\n/.test(text) || /^#{1,6} \S/m.test(text);
}
