/**
 * The word tokenizer of the entity rules: each word of a sentence with the
 * punctuation glued to either side of it. It runs over every sentence of the
 * article, so it reads characters by code through a table (ASCII needs no
 * Unicode tables) and keeps only offsets: a word's text is cut out of the
 * sentence when a rule asks for it, which most lower-case words never are.
 */
import { charWidth, isSpace } from '../../chars.js';
import { HONORIFICS } from './names.js';

// Sticky, so a test reads the character at lastIndex without slicing it out.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const INSIDE_WORD = /[\p{L}\p{M}\p{N}]/uy;
const LETTER = /\p{L}/uy;
const UPPER = /\p{Lu}/uy;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_END = /\.\p{L}$/u;

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const PERIOD = 0x2e;
const LOWER_S = 0x73;

// What a character can be: the first character of a word, a character inside one, an opening quote or bracket.
const FIRST = 1;
const INSIDE = 2;
const OPENING = 4;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII_CLASS[c] = FIRST | INSIDE;
  else if (c === APOSTROPHE) ASCII_CLASS[c] = INSIDE | OPENING;
  else if (c === 0x26 || c === 0x2d) ASCII_CLASS[c] = INSIDE; // & -
  else if (c === 0x22 || c === 0x28 || c === 0x5b) ASCII_CLASS[c] = OPENING; // " ( [
}

/**
 * The words of one sentence. A word starts with a letter or digit and runs on through letters, marks,
 * digits, apostrophes, `&` and `-`; a period stays with honorifics, initials and dotted acronyms
 * (`Dr.`, `U.S.`), and a possessive `'s` goes to the punctuation after a capitalised word.
 */
export class Words {
  /** How many words. */
  readonly length: number;
  // Two offsets a word, its start and end: the punctuation around it is found from them when asked for.
  private readonly bounds: number[];
  private readonly cut: Array<string | undefined>;

  constructor(private readonly sentence: string) {
    this.bounds = scan(sentence);
    this.length = this.bounds.length >> 1;
    this.cut = new Array(this.length);
  }

  /** The word itself (`Park`, `Dr.`, `U.S.`). */
  text(k: number): string {
    return (this.cut[k] ??= this.sentence.slice(this.bounds[2 * k]!, this.bounds[2 * k + 1]!));
  }

  /** The words from `from` up to (not including) `to`. */
  texts(from: number, to: number): string[] {
    const out: string[] = [];
    for (let k = from; k < to; k++) out.push(this.text(k));
    return out;
  }

  start(k: number): number {
    return this.bounds[2 * k]!;
  }

  end(k: number): number {
    return this.bounds[2 * k + 1]!;
  }

  /** Punctuation right after the word (`,`, `.`, `'s`, `)`...), up to the next space; it ends a name. */
  after(k: number): string {
    const end = this.end(k);
    let stop = end;
    while (stop < this.sentence.length && !isSpace(this.sentence.charCodeAt(stop))) stop++;
    return this.sentence.slice(end, stop);
  }

  hasAfter(k: number): boolean {
    const end = this.end(k);
    return end < this.sentence.length && !isSpace(this.sentence.charCodeAt(end));
  }

  /** Punctuation right before it: the opening quotes and brackets it follows. */
  before(k: number): string {
    const start = this.start(k);
    let open = start;
    while (open > 0 && classAt(this.sentence, open - 1) & OPENING) open--;
    return this.sentence.slice(open, start);
  }

  hasBefore(k: number): boolean {
    const start = this.start(k);
    return start > 0 && (classAt(this.sentence, start - 1) & OPENING) !== 0;
  }

  /** True when the word starts with a capital letter. */
  capitalised(k: number): boolean {
    return isUpperAt(this.sentence, this.start(k));
  }
}

/** True when a word starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  return isUpperAt(word, 0);
}

// ASCII answers without the Unicode tables; this runs once or more for every word.
function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  UPPER.lastIndex = i;
  return UPPER.test(text);
}

// The start and end of every word of the sentence being read, reused: each sentence's own list is then
// copied out once at its length, not grown a word at a time.
const scratch: number[] = [];

// The start and end of every word.
function scan(text: string): number[] {
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // The next letter or digit.
    i = skip(text, i, FIRST, 0);
    if (i >= n) break;
    const start = i;
    i = skip(text, i + charWidth(text, i), INSIDE, INSIDE);
    // A dotted acronym (`U.S.`): a period, then letters each followed by a period.
    if (text.charCodeAt(i) === PERIOD && dottedLetterWidth(text, i + 1)) {
      i++;
      for (let w = dottedLetterWidth(text, i); w; w = dottedLetterWidth(text, i)) i += w + 1;
    }
    let end = i;
    // Everything up to the next space is punctuation after the word.
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    // "Dr." and "U.S." keep their period; "Seoul." does not.
    if (i > end && text.charCodeAt(end) === PERIOD && keepsPeriod(text.slice(start, end))) end++;
    // "Pyongyang's", "Reuters'": the possessive is punctuation, not part of the name.
    else if (mayBePossessive(text.charCodeAt(end - 1))) end -= possessiveLength(text, start, end);
    scratch[count++] = start;
    scratch[count++] = end;
  }
  return scratch.slice(0, count);
}

// The first character from `i` whose class has `bit` set (`want` = bit) or clear (`want` = 0), or the end.
function skip(text: string, i: number, bit: number, want: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (((c < 128 ? ASCII_CLASS[c]! : classAt(text, i)) & bit) !== want) return i;
    // A surrogate pair is one character.
    i += c < 0xd800 ? 1 : charWidth(text, i);
  }
  return i;
}

const keepsPeriod = (word: string) => HONORIFICS.has(word) || SINGLE_CAPITAL.test(word) || DOTTED_END.test(word);

// Length of the possessive ending of a capitalised word (`'s`, or `'` after an s), else 0.
function possessiveLength(text: string, start: number, end: number): number {
  const last = text.charCodeAt(end - 1);
  const mark = isApostrophe(last) ? 1 : last === LOWER_S && isApostrophe(text.charCodeAt(end - 2)) ? 2 : 0;
  if (!mark || end - start <= mark || !isUpperAt(text, start)) return 0;
  return mark === 2 || text.charCodeAt(end - 2) === LOWER_S ? mark : 0;
}

const isApostrophe = (c: number) => c === APOSTROPHE || c === RIGHT_QUOTE;
// A possessive ends in an apostrophe or an s: a cheap first test, made for every word.
const mayBePossessive = (c: number) => c === LOWER_S || isApostrophe(c);

// FIRST, INSIDE and OPENING bits of the character at `i`.
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c]!;
  if (c === RIGHT_QUOTE) return INSIDE;
  if (c === 0x2018 || c === 0x201c) return OPENING; // ‘ “
  // General punctuation (quotes, dashes, spaces) holds no letter; it is the commonest text beyond ASCII.
  if (c >= 0x2000 && c <= 0x206f) return 0;
  LETTER_OR_DIGIT.lastIndex = i;
  if (LETTER_OR_DIGIT.test(text)) return FIRST | INSIDE;
  INSIDE_WORD.lastIndex = i;
  return INSIDE_WORD.test(text) ? INSIDE : 0;
}


// Width of a letter at `i` that a period follows; else 0.
function dottedLetterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let width = 0;
  if (c < 128) width = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  else if (i < text.length) {
    LETTER.lastIndex = i;
    width = LETTER.test(text) ? charWidth(text, i) : 0;
  }
  return width && text.charCodeAt(i + width) === PERIOD ? width : 0;
}

// What a character is to the last word before a mention: a letter, a digit (any \p{N}), or `.`, `'`, `’`, `-`.
const ANY_LETTER = 1;
const ANY_NUMBER = 2;
const JOINER = 4;
const NUMBER = /\p{N}/uy;

/**
 * The last word of `text[0, end)` and where it starts: what `/([\p{L}\p{N}][\p{L}\p{N}.'’-]*)\P{L}*$/u`
 * finds there, null where it finds nothing. That pattern retries every start and backtracks at each, so it
 * costs the cube of the stretch; read from the end, the word is the run that holds the last letter
 * (or, with no letter, the first run that starts with a digit).
 */
export function lastWordBefore(text: string, end: number): { word: string; start: number } | null {
  let last = -1;
  for (let i = end; i > 0; ) {
    i -= widthBefore(text, i);
    if (wordClassAt(text, i) & ANY_LETTER) {
      last = i;
      break;
    }
  }
  let start: number;
  if (last === -1) {
    start = 0;
    while (start < end && !(wordClassAt(text, start) & ANY_NUMBER)) start += charWidth(text, start);
    if (start >= end) return null;
  } else {
    // Back to the start of the run, then forward to its first letter or digit.
    start = last;
    while (start > 0 && wordClassAt(text, start - widthBefore(text, start))) start -= widthBefore(text, start);
    while (!(wordClassAt(text, start) & (ANY_LETTER | ANY_NUMBER))) start += charWidth(text, start);
  }
  let stop = start + charWidth(text, start);
  while (stop < end && wordClassAt(text, stop)) stop += charWidth(text, stop);
  return { word: text.slice(start, stop), start };
}

// UTF-16 units of the character that ends at `i`: two for a surrogate pair.
function widthBefore(text: string, i: number): number {
  return i >= 2 && (text.charCodeAt(i - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? 2 : 1;
}

// ANY_LETTER, ANY_NUMBER and JOINER bits of the character at `i`.
function wordClassAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return ANY_LETTER;
    if (c >= 48 && c <= 57) return ANY_NUMBER;
    return c === PERIOD || c === APOSTROPHE || c === 0x2d ? JOINER : 0;
  }
  if (c === RIGHT_QUOTE) return JOINER;
  LETTER.lastIndex = i;
  if (LETTER.test(text)) return ANY_LETTER;
  NUMBER.lastIndex = i;
  return NUMBER.test(text) ? ANY_NUMBER : 0;
}

const LOWER_AT = /\p{Ll}/uy;

/**
 * What `/^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u` captures in the text after a name: the lower-case word after it, or
 * the one after an -ly adverb (`Smith quickly said`); null when no lower-case word follows the space. Read by
 * character code: it is asked of every name, and most are followed by punctuation or another capital.
 */
export function wordAfter(tail: string): string | null {
  const first = lowerWordAfter(tail);
  if (first === null) return null;
  const end = spacesEnd(tail, 0) + first.length;
  if (first.length >= 3 && first.endsWith('ly')) {
    const next = spacesEnd(tail, end);
    const nextEnd = lowerRunEnd(tail, next);
    if (next > end && nextEnd > next) return tail.slice(next, nextEnd);
  }
  return first;
}

/** The run of lower-case letters right after the white space that opens `tail`, or null. */
export function lowerWordAfter(tail: string): string | null {
  const from = spacesEnd(tail, 0);
  const end = lowerRunEnd(tail, from);
  return from === 0 || end === from ? null : tail.slice(from, end);
}

function spacesEnd(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

// The end of the run of lower-case letters from `i`.
function lowerRunEnd(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c < 97 || c > 122) break;
      i++;
      continue;
    }
    LOWER_AT.lastIndex = i;
    if (!LOWER_AT.test(text)) break;
    i += charWidth(text, i);
  }
  return i;
}
