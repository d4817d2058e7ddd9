/**
 * Sentence splitting for news prose: a period ends a sentence unless the word
 * before it is an abbreviation, an initial or part of a number, and a closing
 * quote mark after the stop belongs to the sentence it closes.
 */

import { isLetterOrDigitUnit, isSpace } from './chars.js';

/** Words after which a period never ends a sentence (titles, months, "No. 10"). */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col',
  'sgt', 'capt', 'cmdr', 'adm', 'maj', 'cpl', 'pvt', 'st', 'rev', 'hon', 'fr', 'supt', 'insp',
  'pres', 'messrs', 'mmes', 'atty', 'sec', 'amb', 'gens', 'del', 'assemb',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'pp', 'fig', 'vs', 'v', 'approx', 'est', 'ft', 'mt', 'ave', 'blvd',
]);

/**
 * Words after which a period ends a sentence only when the next word is a
 * typical sentence opener: "Apple Inc. said" goes on, "... in the U.S. The" stops.
 */
const MAYBE_FINAL = new Set(['inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'etc', 'llc', 'plc', 'bros', 'al']);

const OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our',
  'this', 'that', 'these', 'those', 'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'as',
  'if', 'when', 'while', 'after', 'before', 'since', 'for', 'however', 'meanwhile', 'still', 'now',
  'then', 'according', 'some', 'many', 'most', 'one', 'two', 'what', 'why', 'how', 'who', 'where',
  'mr', 'mrs', 'ms', 'dr', 'to', 'by', 'with', 'from', 'last', 'earlier', 'later', 'officials',
]);

export interface Span {
  start: number;
  end: number;
}

// A stop, any closing quotes or brackets, then white space. A match starts only
// where a run of stops starts: retried inside a long run, it would be quadratic.
const BOUNDARY = /(?<![.!?…])[.!?…]+['"’”)\]]*(?=\s)/g;

/** Split `text` into sentence spans (offsets into `text`, trimmed of white space). */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    const next = skipSpace(text, end);
    if (next >= text.length) break;
    if (!endsSentence(text, m.index, m[0], next)) continue;
    spans.push({ start, end });
    start = next;
  }
  const last = trimEnd(text, text.length);
  if (last > start) spans.push({ start, end: last });
  return spans;
}

function endsSentence(text: string, stopAt: number, stop: string, next: number): boolean {
  if (!startsLikeSentence(text, next)) return false;
  // "!", "?", an ellipsis, or a period inside a closing mark ("...in place.'") always ends it.
  if (stop[0] !== '.' || stop.length > 1) return true;
  const word = wordBefore(text, stopAt);
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  // A single initial ("J. K. Rowling") or a dotted acronym ("U.S.", "a.m.").
  if ((word.length === 1 && LETTER.test(word)) || (word.includes('.') && ACRONYM.test(word))) {
    return word.length > 1 && OPENERS.has(nextWord(text, next));
  }
  if (MAYBE_FINAL.has(lower)) return OPENERS.has(nextWord(text, next));
  return true;
}

// The hot loops below test characters by code, ASCII first: a \p{..} regex per
// character is slow, and compiling one costs every start-up a millisecond or more.
const ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const LETTER = /^\p{L}$/u;
const NON_ASCII_CAPITAL_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const OPENING = new Set(["'", '"', '‘', '“', '(', '[']);

// The next sentence starts with a capital, a digit, or an opening quote or bracket before one.
function startsLikeSentence(text: string, at: number): boolean {
  let i = at;
  while (i < at + 7 && OPENING.has(text[i]!)) i++;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return NON_ASCII_CAPITAL_OR_DIGIT.test(text[i]!);
}

// The first word of the next sentence, lower-cased, past any opening quote or bracket.
function nextWord(text: string, at: number): string {
  let i = at;
  while (i < text.length && OPENING.has(text[i]!)) i++;
  const start = i;
  while (i < text.length && isLetterOrDigitUnit(text.charCodeAt(i))) i++;
  return text.slice(start, i).toLowerCase();
}

// The word the period is attached to, dots inside it kept ("U.S", "Sept").
function wordBefore(text: string, stopAt: number): string {
  let i = stopAt;
  while (i > 0 && (text.charCodeAt(i - 1) === 46 || isLetterOrDigitUnit(text.charCodeAt(i - 1)))) i--;
  while (i < stopAt && text.charCodeAt(i) === 46) i++;
  return text.slice(i, stopAt);
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

function trimEnd(text: string, at: number): number {
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}
