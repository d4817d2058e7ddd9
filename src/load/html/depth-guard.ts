/** Deepest element nesting passed on to the HTML parser; real pages stay well under 40. */
export const MAX_DEPTH = 64;

// Elements with no content and no end tag.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Elements whose content is text up to their end tag, never markup.
const RAW_TEXT = new Map(['script', 'style', 'textarea', 'title'].map((name) => [name, new RegExp(`</${name}`, 'gi')]));
// An open <p> ends where one of these starts, as a browser's parser closes it.
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);
// Elements that end an open one of their own kind (or a sibling kind): <li> a <li> b.
const ENDS_SIBLING: Record<string, Set<string>> = {
  li: new Set(['li']),
  dt: new Set(['dt', 'dd']),
  dd: new Set(['dt', 'dd']),
  td: new Set(['td', 'th']),
  th: new Set(['td', 'th']),
  tr: new Set(['tr', 'td', 'th']),
  option: new Set(['option']),
};
// How far up an end tag looks for its element; one that opened further up is left to the parser.
const CLOSE_SEARCH = MAX_DEPTH;
// A new <p> or block closes an open <p> up to the nearest of these, as the parser's "button scope" does.
const P_SCOPE = new Set(['td', 'th', 'table', 'caption', 'button', 'object', 'marquee', 'template', 'html']);

const TAG_NAME = /^[a-zA-Z][^\s/>]*/;

interface Open {
  name: string;
  kept: boolean;
}

/**
 * Cap element nesting before linkedom sees the page: its parser, Readability
 * and turndown recurse once a level, so thousands of nested elements overflow
 * the stack or take seconds. The tags of elements opened past MAX_DEPTH levels
 * are dropped with their end tags, and their content stays where it is. One
 * pass over the text, whatever it holds: every search starts where the last
 * one ended or is bounded.
 */
export function capDepth(html: string): string {
  const stack: Open[] = [];
  let kept = 0;
  const out: string[] = [];
  let copied = 0;
  let gt = -1;
  const drop = (start: number, end: number) => {
    out.push(html.slice(copied, start));
    copied = end;
  };
  let at = html.indexOf('<');
  while (at !== -1 && at < html.length) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end === -1) break;
      at = html.indexOf('<', end + 3);
      continue;
    }
    if (gt < at) gt = html.indexOf('>', at);
    if (gt === -1) break;
    const closing = html[at + 1] === '/';
    const name = TAG_NAME.exec(html.slice(at + (closing ? 2 : 1), Math.min(gt, at + 40)))?.[0]?.toLowerCase();
    const end = gt + 1;
    if (!name) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    if (closing) {
      const i = findOpen(stack, name);
      if (i !== -1) {
        if (!stack[i]!.kept) drop(at, end);
        popTo(stack, i, () => kept--);
      }
      at = html.indexOf('<', end);
      continue;
    }
    const close = RAW_TEXT.get(name);
    if (close) {
      close.lastIndex = end;
      const found = close.exec(html);
      if (!found) break;
      at = found.index;
      continue;
    }
    if (VOID.has(name) || html[gt - 1] === '/') {
      at = html.indexOf('<', end);
      continue;
    }
    closeImplied(stack, name, () => kept--);
    // A <p> never holds another, so one past the cap adds a single level and keeps paragraphs apart.
    const keep = kept < MAX_DEPTH || name === 'p';
    stack.push({ name, kept: keep });
    if (keep) kept++;
    else drop(at, end);
    at = html.indexOf('<', end);
  }
  if (out.length === 0) return html;
  out.push(html.slice(copied));
  return out.join('');
}

function findOpen(stack: Open[], name: string): number {
  for (let i = stack.length - 1; i >= Math.max(0, stack.length - CLOSE_SEARCH); i--) if (stack[i]!.name === name) return i;
  return -1;
}

// The end tags a page leaves out where the parser supplies them: <p> before a block, <li> before <li>.
function closeImplied(stack: Open[], name: string, unkept: () => void): void {
  if (CLOSES_P.has(name)) {
    for (let i = stack.length - 1; i >= Math.max(0, stack.length - CLOSE_SEARCH) && !P_SCOPE.has(stack[i]!.name); i--) {
      if (stack[i]!.name === 'p') {
        popTo(stack, i, unkept);
        break;
      }
    }
  }
  const siblings = ENDS_SIBLING[name];
  while (siblings?.has(stack[stack.length - 1]?.name ?? '')) popTo(stack, stack.length - 1, unkept);
}

function popTo(stack: Open[], i: number, unkept: () => void): void {
  for (let k = stack.length - 1; k >= i; k--) if (stack[k]!.kept) unkept();
  stack.length = i;
}
