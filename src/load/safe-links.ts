import { decodeEntities } from './sanitize.js';

/** Schemes a saved article may link to; a relative link (no scheme) stays too. */
const SAFE_SCHEME = /^(?:https?|mailto)$/i;

// Link text with one level of brackets inside, then a destination with one level of parentheses and an optional title.
const TEXT = String.raw`(?:[^\[\]\n\\]|\\.|\[(?:[^\[\]\n\\]|\\.)*\])*`;
const DEST = String.raw`<[^<>\n]*>|(?:[^()\s\\]|\\.|\([^()\s]*\))*`;
const TITLE = String.raw`(?:\s+"[^"\n]*"|\s+'[^'\n]*'|\s+\([^()\n]*\))?`;
const INLINE_LINK = new RegExp(String.raw`(!?)\[(${TEXT})\]\(\s*(${DEST})${TITLE}\s*\)`, 'g');
const DEFINITION = /^ {0,3}\[(?:[^\[\]\n\\]|\\.)+\]:[ \t]*(<[^<>\n]*>|\S+).*$/gm;
const AUTOLINK = /<([a-z][a-z0-9+.-]{1,31}:[^<>\s]*)>/gi;
const HTML_URL_ATTRIBUTE = /\s(?:href|src|action|formaction|poster|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** True when a link destination is relative or http(s)/mailto, however it is spelled (`JaVa&#83;cript:`, tabs inside). */
export function isSafeLink(destination: string): boolean {
  // Browsers drop white space and controls inside a URL and decode entities in HTML attributes.
  const plain = decodeEntities(destination.replace(/^<|>$/g, '')).replace(/[\s\u0000-\u001f]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(plain)?.[1];
  return scheme === undefined || SAFE_SCHEME.test(scheme);
}

/**
 * Markdown whose links all go to http(s), mailto or a relative address: any
 * other link (`javascript:`, `file:`, `data:`, `vbscript:`) becomes its text,
 * an image with one becomes its description, a definition with one is
 * dropped, and such URLs in raw HTML lose their attribute.
 */
export function safeLinks(markdown: string): string {
  return markdown
    .replace(INLINE_LINK, (whole, _bang: string, text: string, dest: string) => (isSafeLink(dest) ? whole : text))
    .replace(DEFINITION, (whole, dest: string) => (isSafeLink(dest) ? whole : ''))
    .replace(AUTOLINK, (whole, url: string) => (isSafeLink(url) ? whole : url))
    .replace(HTML_URL_ATTRIBUTE, (whole, a?: string, b?: string, c?: string) => (isSafeLink(a ?? b ?? c ?? '') ? whole : ''));
}
