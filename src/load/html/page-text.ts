import { escapeMarkdown } from '../markdown-escape.js';

/** Elements past which Readability and turndown (tens of microseconds an element each) give way to the page's plain text. */
export const MAX_ELEMENTS = 20_000;

// A DOM node as far as the walk uses it (linkedom's types and the DOM lib's differ).
interface Walked {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  firstChild: Walked | null;
  nextSibling: Walked | null;
  parentNode: Walked | null;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'HEAD', 'IFRAME', 'OBJECT']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

/**
 * A page too big for Readability as Markdown paragraphs of its text: each
 * block element a paragraph, scripts and navigation left out. One walk, no
 * recursion, so neither the size nor the depth of the page matters.
 */
export function pageText(root: Walked): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = current.join('').replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(escapeMarkdown(text));
    current = [];
  };
  let node: Walked | null = root.firstChild;
  while (node && node !== root) {
    const block = BLOCKS.has(node.nodeName);
    if (node.nodeType === 3) current.push(node.nodeValue ?? '');
    else if (block) flush();
    if (node.nodeType === 1 && node.firstChild && !SKIPPED.has(node.nodeName.toUpperCase())) {
      node = node.firstChild;
      continue;
    }
    // Climb to the next node not yet walked, ending each block left on the way.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && BLOCKS.has(node.nodeName)) flush();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return paragraphs.join('\n\n');
}
