/**
 * Web pages: an .html file or an http(s) URL, through Readability to the
 * same Markdown Document every other source becomes. Loaded only for such
 * sources, so reading Markdown never pays for the DOM and HTML libraries.
 */
import { basename, extname } from 'node:path';
import { buildArticle, type Article } from '../../model.js';
import { fetchPage, type FetchProgress } from '../fetch.js';
import { readFileBytes } from '../read-source.js';
import { decodeHtml } from './charset.js';
import { extractArticle } from './extract.js';

/** Load the article in a saved web page. */
export function loadHtmlFile(path: string, source: string, maxSize: number): Article {
  const html = decodeHtml(readFileBytes(path, maxSize));
  return buildArticle(extractArticle(html, { source, fallbackTitle: basename(path, extname(path)) }));
}

/** Fetch a page and load the article in it. */
export async function loadUrl(
  url: string,
  options: { timeout: number; maxSize: number; onProgress?: (progress: FetchProgress) => void },
): Promise<Article> {
  const page = await fetchPage(url, options);
  const html = decodeHtml(page.bytes, page.contentType);
  return buildArticle(extractArticle(html, { source: url, pageUrl: page.url, fallbackTitle: new URL(page.url).hostname }));
}
