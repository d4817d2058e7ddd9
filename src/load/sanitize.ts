/**
 * Characters that could drive the terminal: C0 controls but tab and newline,
 * DEL, C1 controls (0x80-0x9F as code points, 0x9B is a one-byte CSI), and the
 * Unicode bidi overrides and isolates that reorder what a reader sees.
 */
const UNSAFE_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Drop every character that could start a control sequence or reorder text, and
 * soft hyphens: an invisible hint to break there, which left in splits a word for
 * every analyzer (`Vladi\u00ADmir`) and which a terminal may show or not.
 */
export function stripUnsafe(text: string): string {
  return text.replace(UNSAFE_CHARS, '').replaceAll('\u00AD', '');
}

/** True when a numeric character reference (`&#27;`, `&#x9b;`) would decode to an unsafe character. */
function isUnsafeCodePoint(code: number): boolean {
  UNSAFE_CHARS.lastIndex = 0;
  return code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || UNSAFE_CHARS.test(String.fromCodePoint(code));
}

/** Decode the HTML entities news Markdown carries, keeping unsafe numeric references out. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return isUnsafeCodePoint(code) ? '' : String.fromCodePoint(code);
    }
    return NAMED.get(body.toLowerCase()) ?? whole;
  });
}

// A Map, not an object: `&constructor;` must not find Object.prototype.constructor.
const NAMED = new Map<string, string>([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00a0'],
  ['mdash', '—'], ['ndash', '–'], ['hellip', '…'], ['lsquo', '‘'], ['rsquo', '’'], ['ldquo', '“'],
  ['rdquo', '”'], ['copy', '©'], ['reg', '®'], ['trade', '™'], ['deg', '°'], ['euro', '€'],
  ['pound', '£'], ['yen', '¥'], ['cent', '¢'], ['times', '×'], ['middot', '·'], ['bull', '•'],
]);

/** Safe text on one line: unsafe characters dropped, runs of white space made one space; undefined when empty. */
export function oneLine(text: string | null | undefined): string | undefined {
  return (text && stripUnsafe(text).replace(/\s+/g, ' ').trim()) || undefined;
}
