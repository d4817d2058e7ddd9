/**
 * Letter tests by character code, ASCII first: the quote engine looks at every
 * character and every word of an article, and most of them are ASCII. The
 * `\p{..}` regexes run only for the other characters, so an ASCII article never
 * pays for compiling them.
 */

import { isAsciiAlnum } from '../../chars.js';

const NOT_LETTER_OR_DIGIT_AT_EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;


/**
 * `word.toLowerCase()`, but a word with no capital and no non-ASCII character is returned
 * as it is: an article's words are slices of a two-byte string, and lower-casing one of
 * those costs several times what the test for a capital does.
 */
export function lower(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase();
  }
  return word;
}

const CAPITAL_OR_WIDE = /[A-Z\u0080-\uffff]/g;

/**
 * Where the next ASCII capital or non-ASCII character is, at or after `from` (`text.length`
 * when there is none): where a search for capitalised words must look next. The regex
 * engine skips the lower-case stretches between them several times faster than a loop over
 * character codes.
 */
export function nextCapitalOrWide(text: string, from: number): number {
  CAPITAL_OR_WIDE.lastIndex = from;
  return CAPITAL_OR_WIDE.test(text) ? CAPITAL_OR_WIDE.lastIndex - 1 : text.length;
}

/** `word` lower-cased without the non-letters, non-digits at its ends: `"Trump,"` → `trump`. */
export function bareKey(word: string): string {
  return bare(lower(word));
}

/** `word` without the non-letters, non-digits at its ends: `“Face` → `Face`. */
export function bare(word: string): string {
  let start = 0;
  let end = word.length;
  // ASCII edges are trimmed here; a non-ASCII character at an edge goes to the regex.
  while (start < end) {
    const c = word.charCodeAt(start);
    if (c >= 128) return word.replace(NOT_LETTER_OR_DIGIT_AT_EDGES, '');
    if (isAsciiAlnum(c)) break;
    start++;
  }
  while (end > start) {
    const c = word.charCodeAt(end - 1);
    if (c >= 128) return word.replace(NOT_LETTER_OR_DIGIT_AT_EDGES, '');
    if (isAsciiAlnum(c)) break;
    end--;
  }
  return start === 0 && end === word.length ? word : word.slice(start, end);
}

/** Does `text` begin with an upper-case letter (`/^\p{Lu}/u`)? */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : STARTS_UPPER.test(text);
}

/** Does `text` begin with a lower-case letter (`/^\p{Ll}/u`)? */
export function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : STARTS_LOWER.test(text);
}

const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const NOT_LETTER = /[^\p{L}]/gu;

/** `word` with everything but its letters taken out. */
export function lettersOf(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return word.replace(NOT_LETTER, '');
  }
  return word;
}

/**
 * Is `word` one of `words` (lower-case ASCII), whatever its ASCII case? What a regex
 * `/^(?:a|b)$/i` says: without the `u` flag no other character folds to an ASCII letter.
 */
export function isAnyCase(words: ReadonlySet<string>, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return false;
  return words.has(lower(word));
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/** Does `text` have a letter anywhere (`/\p{L}/u`)? */
export function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
    if (c >= 128) return LETTER.test(text);
  }
  return false;
}

/** Does `text` have a lower-case letter anywhere (`/\p{Ll}/u`)? */
export function hasLower(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return LOWER.test(text);
  }
  return false;
}
