import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { boilerplateRole } from '../../boilerplate.js';
import { ArticleError } from '../../errors.js';
import { countWords, type Document } from '../../model.js';
import { parseMarkdown } from '../markdown.js';
import { oneLine, stripUnsafe } from '../sanitize.js';
import { capDepth } from './depth-guard.js';
import { markdownWithFrontMatter } from './front-matter.js';
import { unmaskMath } from './math.js';
import { cleanAuthor, readMetadata } from './metadata.js';
import { MAX_ELEMENTS, pageText } from './page-text.js';
import { htmlToMarkdown } from './to-markdown.js';

export interface ExtractOptions {
  /** How the article is named in the model and in errors (a path or URL). */
  source: string;
  /** Where the page was fetched from, to resolve its relative links. */
  pageUrl?: string;
  /** The title when the page states none. */
  fallbackTitle: string;
}

// Below this much prose the "article" is a caption, a teaser or a login box.
const MIN_WORDS = 30;
// Text that is mostly link text is a list of links (a front page, an index), not an article.
const MAX_LINK_DENSITY = 0.5;
// A page with no sign of an article must be mostly plain text, and the extract nearly all of it.
const MAX_LINK_DENSITY_UNMARKED = 0.25;
const WHOLE_PAGE = 0.8;
// What a page says that is not its prose: code, navigation, furniture, form controls, the headline.
const NOT_SAID = 'script, style, noscript, template, svg, nav, footer, aside, h1, label, button, select, textarea, [hidden], [aria-hidden="true"]';

/**
 * Find the article in a page (Readability, the Firefox Reader View engine) and
 * turn it into the same Document a Markdown file gives. The page's scripts are
 * never run: linkedom builds a DOM and nothing else.
 */
export function extractArticle(html: string, options: ExtractOptions): Document {
  const document = parsePage(html);
  // Readability changes the document as it reads it: metadata is read first, its byline added after.
  let page = readMetadata(document, options.pageUrl);
  setBaseUrl(document, options.pageUrl ?? page.url);
  const noArticle = new ArticleError(`${options.source}: found no article in this page`, 1, 'is it a front page or a list of links?');
  // Firefox's own test for showing the Reader View button, relaxed for news with short paragraphs.
  const readerable = declaresArticle(document) || isProbablyReaderable(document, { minContentLength: 80, minScore: 20 });
  // Read before Readability changes the page: what it says outside links, to tell an extract that is all of it.
  const said = readerable ? 0 : ownWords(document.body as unknown as HTMLish);
  unmaskMath(document as never);
  // A page of more elements than any article needs is read as its text, in time linear in its size.
  const huge = document.querySelectorAll('*').length > MAX_ELEMENTS;
  const result = huge ? { content: document.body as unknown as HTMLish, title: undefined, byline: undefined } : readability(document, options.source);
  if (!result?.content || linkDensity(result.content) > (readerable ? MAX_LINK_DENSITY : MAX_LINK_DENSITY_UNMARKED)) throw noArticle;
  // With no sign of an article, a page is still one when the extract is all it says (a short note, a
  // sample page): nothing was left out that could be the article, as a front page's other teasers are.
  if (!readerable && (said === 0 || ownWords(result.content) < WHOLE_PAGE * said)) throw noArticle;
  const { body, byline } = withoutLeadingMeta(stripUnsafe(huge ? pageText(result.content as never) : htmlToMarkdown(result.content.innerHTML)));
  if (!page.author && (result.byline || byline)) {
    const author = cleanAuthor(oneLine(result.byline) ?? byline, page.site);
    if (author) page = { ...page, author };
  }
  // Readability's title is the <title> with its site name cut off, when it can tell.
  const meta = { title: page.title ?? oneLine(result.title), ...page, ...(!page.url && options.pageUrl && { url: options.pageUrl }) };
  const doc = parseMarkdown(markdownWithFrontMatter(meta, body), options.source, options.fallbackTitle);
  // Prose, or preformatted text (an RFC is all <pre>): either way words a reader came for.
  const words = doc.blocks.reduce((n, block) => n + (block.kind === 'paragraph' || block.kind === 'heading' ? countWords(block.text) : 0), 0);
  if (words === 0 || (readerable && words < MIN_WORDS && countWords(body) < MIN_WORDS)) throw noArticle;
  return doc;
}

// How far into the body a byline or a dateline still belongs to the article's head.
const HEAD_BLOCKS = 12;

/**
 * The byline and date lines at the top of the body (`By Erin Cunningham`,
 * `Updated 12:00 PM PT`) go: the header shows them, from the page's metadata
 * or, when it names no author, from the byline found here.
 */
function withoutLeadingMeta(markdown: string): { body: string; byline?: string } {
  const blocks = markdown.split(/\n{2,}/);
  let byline: string | undefined;
  for (let i = 0; i < Math.min(blocks.length, HEAD_BLOCKS); i++) {
    const text = blocks[i]!.replace(/^\s*(?:[-*+]|\d+\.)\s+/, '').replace(/[*_]{1,2}|\[|\]\([^)]*\)/g, '').trim();
    const role = boilerplateRole(text);
    if (role !== 'byline' && role !== 'dateline') continue;
    if (role === 'byline') byline ??= text;
    blocks[i] = '';
  }
  return { body: blocks.filter(Boolean).join('\n\n'), byline };
}

// The DOM calls used here, typed loosely: linkedom's types and the DOM lib's differ.
interface HTMLish {
  innerHTML: string;
  textContent: string | null;
  querySelectorAll(selector: string): Iterable<HTMLish>;
  nodeName: string;
  parentElement: HTMLish | null;
  closest(selector: string): HTMLish | null;
}
type Page = ReturnType<typeof parseHTML>['document'];

// The article element itself (not its HTML serialised), so links can be measured before conversion.
function readability(document: Page, source: string) {
  try {
    // Classes kept: they tell captions, credits and text only screen readers hear (see to-markdown.ts).
    return new Readability(document, { keepClasses: true, serializer: (node) => node as unknown as HTMLish }).parse();
  } catch (err) {
    // Markup no browser would meet can break Readability itself; that is still one clear line.
    throw new ArticleError(`${source}: cannot make out the article in this page (${(err as Error).message})`);
  }
}

const HEAD_ELEMENTS = new Set(['HEAD', 'TITLE', 'META', 'LINK', 'STYLE', 'BASE']);

// linkedom builds only the elements a page writes out, where a browser infers the
// <html>, <head> and <body> it leaves out; Readability needs the body, so add them.
function parsePage(html: string): Page {
  const rooted = /<html[\s>]/i.test(html) ? html : `<html>${html.replace(/^\s*<!doctype[^>]*>/i, '')}</html>`;
  const { document } = parseHTML(capDepth(rooted));
  const root = document.documentElement;
  if (!root.querySelector('body')) {
    const head = root.querySelector('head') ?? document.createElement('head');
    const body = document.createElement('body');
    for (const node of [...root.childNodes]) if (node !== head) (HEAD_ELEMENTS.has(node.nodeName) ? head : body).appendChild(node);
    root.append(head, body);
  }
  return document;
}

// Readability makes links absolute against the document's base URL; linkedom has none unless told.
function setBaseUrl(document: Page, url: string | undefined): void {
  let base = document.querySelector('base[href]');
  let href: string | undefined;
  try {
    href = new URL(base?.getAttribute('href') ?? '', url).href;
  } catch {
    href = undefined;
  }
  // A <base> that is not http(s) (`file:///etc/`) would send every relative link there: the page's own address instead.
  if (!href || !/^https?:/i.test(href)) {
    base?.remove();
    base = null;
    if (!url) return;
    href = url;
  }
  if (!base) {
    base = document.createElement('base');
    (document.head ?? document.documentElement).appendChild(base);
  }
  base.setAttribute('href', href);
}

// The page says it is an article (Open Graph or JSON-LD), so a short one is still one.
function declaresArticle(document: Page): boolean {
  if (document.querySelector('meta[property="og:type"][content="article" i]')) return true;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    // The type list is bounded: unbounded, an unclosed `"@type":[` is rescanned to the end at every match.
    if (/"@type"\s*:\s*(?:\[[^\]]{0,1000})?"(?:\w*Article|BlogPosting)"/.test(script.textContent ?? '')) return true;
  }
  return false;
}

// Words outside links and outside NOT_SAID; a `javascript:` link is text (Readability unwraps it).
function ownWords(root: HTMLish): number {
  let words = countWords(root.textContent ?? '');
  for (const el of root.querySelectorAll(`${NOT_SAID}, a[href]:not([href^="javascript:" i])`)) {
    // Count each piece once: not a part of a piece already taken off.
    if (el.parentElement?.closest(NOT_SAID) || (el.nodeName === 'A' && el.closest(NOT_SAID))) continue;
    words -= countWords(el.textContent ?? '');
  }
  return Math.max(0, words);
}

function linkDensity(content: HTMLish): number {
  const total = (content.textContent ?? '').replace(/\s+/g, '').length;
  let linked = 0;
  for (const a of content.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return total === 0 ? 1 : linked / total;
}

