import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import { formulaText, type MathNode } from './math.js';
import { linearTables } from './tables.js';

// The Joplin fork of the GFM plugin also turns tables without a header row into
// Markdown (the original keeps them as raw HTML, which the analyzers skip).
const turndown = new TurndownService({
  headingStyle: 'atx',
  bulletListMarker: '-',
  codeBlockStyle: 'fenced',
  emDelimiter: '_',
});
turndown.use(gfm);
turndown.use(linearTables);

// The DOM calls the rules make, typed loosely (turndown's parser is not the browser's DOM).
interface Node {
  nodeName: string;
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
  parentNode: Node | null;
  getAttribute?(name: string): string | null;
  querySelector?(selector: string): Node | null;
  querySelectorAll?(selector: string): ArrayLike<Node>;
}

// Text only screen readers hear ("Image", "Credit" said again before the visible one).
const HIDDEN_CLASS = /(?:^|\s)(?:visually-?hidden|sr-only|screen-reader(?:-text|-only)?|a11y-hidden|hidden)(?:\s|$)/i;
// An element the page marks as a picture's caption or credit.
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|credit|photo-?credit|image-?credit)(?:$|[\s_-])/i;
// File names are what a CMS puts in alt when no one wrote any.
const FILE_NAME = /^[\w\-. ]+\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?)$/i;

const hidden = (node: Node) => HIDDEN_CLASS.test(node.getAttribute?.('class') ?? '') || node.getAttribute?.('aria-hidden') === 'true';

turndown.remove((node) => hidden(node as unknown as Node) && !(node as unknown as Node).querySelector?.('img'));

// A figure is its picture, with its caption and credit as the picture's words: one line, never a list.
turndown.addRule('figure', {
  filter: (node) => node.nodeName === 'FIGURE' && (node as unknown as Node).querySelector?.('img') != null,
  replacement: (_content, node) => {
    const figure = node as unknown as Node;
    const images = Array.from(figure.querySelectorAll!('img'));
    const caption = words(figure.querySelector!('figcaption'));
    const lines = images.map((img, i) => picture(i === 0 && caption ? caption : altText(img), img.getAttribute!('src')));
    // A figure with several pictures and one caption: the caption under the first, the others by their alt.
    return `\n\n${lines.filter(Boolean).join('\n')}\n\n`;
  },
});

// A caption outside a figure (a `<p class="caption">` under an image) reads as a picture's words too.
turndown.addRule('caption', {
  filter: (node) => {
    const el = node as unknown as Node;
    if (!CAPTION_CLASS.test(el.getAttribute?.('class') ?? '') && !/(?:^|\s)caption(?:\s|$)/.test(el.getAttribute?.('itemprop') ?? '')) return false;
    const text = words(el);
    return text.length > 0 && text.split(' ').length <= 80 && !el.querySelector?.('p p, li, table, h1, h2, h3');
  },
  replacement: (_content, node) => `\n\n${picture(words(node as unknown as Node), '')}\n\n`,
});

// Preformatted text (an RFC, a poem, an ASCII chart) stays as written, its links as their text:
// turndown's own rule only fences `<pre><code>`.
turndown.addRule('preformatted', {
  filter: (node) => node.nodeName === 'PRE' && !(node.firstChild?.nodeName === 'CODE' && node.childNodes.length === 1),
  replacement: (_content, node) => {
    const text = ((node as unknown as Node).textContent ?? '').replace(/^\n|\n+$/g, '');
    if (!/\S/.test(text)) return '';
    const fence = '`'.repeat(Math.max(3, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length + 1)));
    return `\n\n${fence}\n${text}\n${fence}\n\n`;
  },
});

// Emphasis hugs its words: `<b>text </b>` must not become `**text **`, which Markdown reads as asterisks.
for (const [name, tags, mark] of [['strong', ['STRONG', 'B'], '**'], ['emphasis', ['EM', 'I'], '_']] as const) {
  turndown.addRule(name, {
    filter: (node) => (tags as readonly string[]).includes(node.nodeName),
    replacement: (content) => {
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(content)!;
      return m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : content;
    },
  });
}

// A formula is plain-text notation set as code, so no Markdown reads into its `_` and `^`, and
// wrapped at its spaces like prose (a code block would run off the screen); a displayed one is a
// paragraph of its own, a system of equations a paragraph per row.
turndown.addRule('math', {
  filter: (node) => node.nodeName.toLowerCase() === 'math',
  replacement: (_content, node) => {
    const display = (node as unknown as Node).getAttribute?.('display') === 'block';
    const lines = formulaText(node as unknown as MathNode, display).split('\n').filter(Boolean);
    const code = lines.map((line) => {
      const fence = '`'.repeat(Math.max(1, ...Array.from(line.matchAll(/`+/g), (m) => m[0].length + 1)));
      return `${fence}${line}${fence}`;
    });
    return display ? `\n\n${code.join('\n\n')}\n\n` : code.join(' ');
  },
});

turndown.addRule('image', {
  filter: 'img',
  replacement: (_content, node) => picture(altText(node as unknown as Node), (node as unknown as Node).getAttribute!('src')),
});

/** An article's HTML (as Readability leaves it) to Markdown: headings, lists, links, quotes, tables and pictures kept. */
export function htmlToMarkdown(html: string): string {
  return turndown.turndown(html).trim();
}

// `![words](src)`: an inline data: picture has no address worth keeping; no words and no address, nothing.
function picture(text: string, src: string | null | undefined): string {
  const href = src && !/^data:/i.test(src) ? src.trim().replace(/[\s<>()]/g, (c) => encodeURIComponent(c)) : '';
  if (!text && !href) return '';
  return `![${text.replace(/([\\[\]])/g, '\\$1')}](${href})`;
}

function altText(img: Node): string {
  const alt = (img.getAttribute?.('alt') ?? img.getAttribute?.('title') ?? '').replace(/\s+/g, ' ').trim();
  return FILE_NAME.test(alt) ? '' : alt;
}

// The visible words of an element on one line: hidden text dropped, a word said twice in a row
// (a label repeated for screen readers, `Credit Credit`) said once.
function words(node: Node | null): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.textContent ?? '');
    else if (n.nodeType === 1 && !hidden(n)) for (const child of Array.from(n.childNodes)) walk(child);
    // Separate the text of sibling elements (`<span>Caption.</span><span>Credit</span>`).
    if (n.nodeType === 1) parts.push(' ');
  };
  walk(node);
  return parts
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\b(\p{L}+) \1\b/gu, '$1');
}
