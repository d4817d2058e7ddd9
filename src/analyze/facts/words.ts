/**
 * The word tokenizer of the entity rules: each word of a sentence with the
 * punctuation glued to either side of it. It runs over every sentence of the
 * article, so it reads characters by code (ASCII needs no Unicode tables)
 * instead of matching a `\p{..}` pattern and testing each word again.
 */
import { isSpace } from '../../chars.js';
import { HONORIFICS } from './names.js';

/** One word of a sentence, with offsets into it. */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** Punctuation right after the word (`,`, `.`, `'s`, `)`...), which ends a name. */
  after: string;
  /** Punctuation right before it (an opening quote or bracket). */
  before: string;
}

// Sticky, so a test reads the character at lastIndex without slicing it out. Built once: the bundle
// turns a `\p{..}` literal into `new RegExp(...)`, which would otherwise be rebuilt at each call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const INSIDE_WORD = /[\p{L}\p{M}\p{N}]/uy;
const LETTER = /\p{L}/uy;
const UPPER_START = /^\p{Lu}/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_END = /\.\p{L}$/u;

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const PERIOD = 0x2e;

/** True when a word starts with a capital letter (ASCII answers without the Unicode tables). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(word);
}

/**
 * The words of a sentence. A word starts with a letter or digit and runs on through letters, marks,
 * digits, apostrophes, `&` and `-`; a period stays with honorifics, initials and dotted acronyms
 * (`Dr.`, `U.S.`), and a possessive `'s` moves to the punctuation after a capitalised word.
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // The next letter or digit, and the opening quotes and brackets right before it.
    let open = -1;
    let width = 0;
    for (; i < n; i += charWidth(text, i)) {
      const c = text.charCodeAt(i);
      if (isOpening(c)) {
        if (open < 0) open = i;
      } else if ((width = firstCharWidth(text, i, c))) break;
      else open = -1;
    }
    if (i >= n) break;
    const start = i;
    i += width;
    for (let w = insideCharWidth(text, i); w; w = insideCharWidth(text, i)) i += w;
    // A dotted acronym (`U.S.`): a period, then letters each followed by a period.
    if (text.charCodeAt(i) === PERIOD && dottedLetterWidth(text, i + 1)) {
      i++;
      for (let w = dottedLetterWidth(text, i); w; w = dottedLetterWidth(text, i)) i += w + 1;
    }
    const end = i;
    // Everything up to the next space is punctuation after the word.
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    out.push(word(text, open < 0 ? start : open, start, end, i));
  }
  return out;
}

function word(text: string, open: number, start: number, end: number, stop: number): Word {
  let word = text.slice(start, end);
  let after = text.slice(end, stop);
  // "Dr." and "U.S." keep their period; "Seoul." does not.
  if (after.charCodeAt(0) === PERIOD && (HONORIFICS.has(word) || SINGLE_CAPITAL.test(word) || DOTTED_END.test(word))) {
    word += '.';
    after = after.slice(1);
  }
  // "Pyongyang's", "Reuters'": the possessive is punctuation, not part of the name.
  const last = word.length - 1;
  const mark = isApostrophe(word.charCodeAt(last)) ? 1 : word.charCodeAt(last) === 0x73 && isApostrophe(word.charCodeAt(last - 1)) ? 2 : 0;
  if (mark && word.length > mark && isCapitalised(word) && (mark === 2 || word.charCodeAt(last - 1) === 0x73)) {
    after = word.slice(-mark) + after;
    word = word.slice(0, -mark);
  }
  return { text: word, start, end: start + word.length, after, before: text.slice(open, start) };
}

const isApostrophe = (c: number) => c === APOSTROPHE || c === RIGHT_QUOTE;

// ( " ' ‘ “ [
const isOpening = (c: number) => c === 0x28 || c === 0x22 || c === APOSTROPHE || c === 0x2018 || c === 0x201c || c === 0x5b;

const isAsciiLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

// UTF-16 units of the character at `i`: two for a surrogate pair.
function charWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

// Width of the character at `i` when `pattern` (sticky) matches it there; else 0.
function widthIf(pattern: RegExp, text: string, i: number): number {
  pattern.lastIndex = i;
  return pattern.test(text) ? charWidth(text, i) : 0;
}

function firstCharWidth(text: string, i: number, c: number): number {
  if (c < 128) return isAsciiLetterOrDigit(c) ? 1 : 0;
  return widthIf(LETTER_OR_DIGIT, text, i);
}

function insideCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetterOrDigit(c) || c === APOSTROPHE || c === 0x26 || c === 0x2d ? 1 : 0;
  if (c === RIGHT_QUOTE) return 1;
  return i < text.length ? widthIf(INSIDE_WORD, text, i) : 0;
}

// Width of a letter at `i` that a period follows; else 0.
function dottedLetterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const width = c < 128 ? ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0) : i < text.length ? widthIf(LETTER, text, i) : 0;
  return width && text.charCodeAt(i + width) === PERIOD ? width : 0;
}
