/**
 * Web pages: an .html file or an http(s) URL, through Readability to the
 * same Markdown Document every other source becomes. Loaded only for such
 * sources, so reading Markdown never pays for the DOM and HTML libraries.
 */
import { basename, extname } from 'node:path';
import { ArticleError } from '../../errors.js';
import { buildArticle, type Article } from '../../model.js';
import { fetchPage, TEXT_TYPES, type FetchProgress } from '../fetch.js';
import { parseMarkdown } from '../markdown.js';
import { parsePlainText } from '../plaintext.js';
import { readFileBytes } from '../read-source.js';
import { oneLine } from '../sanitize.js';
import { redact } from '../../redact.js';
import { decodeHtml } from './charset.js';
import { extractArticle } from './extract.js';

/** Load the article in a saved web page; `source` and `title` name it (already safe to show). */
export function loadHtmlFile(path: string, source: string, title: string, maxSize: number): Article {
  return loadHtmlBytes(readFileBytes(path, maxSize), source, title);
}

/** Load the article in a page's bytes (a file, or HTML piped to standard input). */
export function loadHtmlBytes(bytes: Uint8Array, source: string, fallbackTitle: string): Article {
  return buildArticle(extractArticle(decodeHtml(bytes), { source, fallbackTitle }));
}

/** Fetch a page and load the article in it. */
export async function loadUrl(
  url: string,
  options: { timeout: number; maxSize: number; onProgress?: (progress: FetchProgress) => void },
): Promise<Article> {
  const page = await fetchPage(url, options);
  // The address names the article wherever it is shown: safe, on one line, without a password.
  const source = redact(oneLine(url) ?? url);
  // decodeHtml honours the declared charset for any text, not only HTML.
  const text = decodeHtml(page.bytes, page.contentType);
  const media = page.contentType?.split(';')[0]!.trim().toLowerCase() ?? '';
  const name = basename(new URL(page.url).pathname, extname(new URL(page.url).pathname)) || new URL(page.url).hostname;
  if (TEXT_TYPES.has(media)) {
    // A raw Markdown or text link is an article already: no page to extract it from.
    if (!/\S/.test(text)) throw new ArticleError(`${source} is empty`);
    return buildArticle(media === 'text/plain' ? parsePlainText(text, source, name) : parseMarkdown(text, source, name));
  }
  return buildArticle(extractArticle(text, { source, pageUrl: page.url, fallbackTitle: new URL(page.url).hostname }));
}
