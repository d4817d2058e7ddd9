/** Character classes by code, for the loops that look at every character of an article. */

/** What `\s` matches: ASCII white space, no-break and other Unicode spaces, line separators, BOM. */
export function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;
const LETTER_AT = /\p{L}/uy;

/** Is this ASCII code a letter or a digit? */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Is the one UTF-16 unit `c` a letter or digit (what `/[\p{L}\p{N}]/u` says of it
 * alone)? ASCII by code: the Unicode classes compile only for text that needs them.
 */
export function isLetterOrDigitUnit(c: number): boolean {
  return c < 128 ? isAsciiAlnum(c) : LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/** Is the character (code point) at `i` a letter or digit? */
export function isLetterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c);
  LETTER_OR_DIGIT_AT.lastIndex = i;
  return LETTER_OR_DIGIT_AT.test(text);
}

/** Is the character (code point) at `i` a letter? */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  LETTER_AT.lastIndex = i;
  return LETTER_AT.test(text);
}

/** UTF-16 units of the character at `i`: two for a surrogate pair. */
export function charWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}
