/**
 * Quoted terms that are not speech: titles of shows (`appearing on "Morning
 * Joe"`), nicknames inside a name (`Marcia "Cia" Price`) and names the writer
 * reports (`what they describe as a "Korean Berlin Wall"`).
 */

import { bare, startsUpper } from './letters.js';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'are', 'vs', 'vs.', 'nor', 'but', 'it', 'its']);

/** Is the quoted `text`, between `before` and `after` in its sentence, a term rather than speech? */
export function isQuotedTerm(text: string, before: string, after: string): boolean {
  const words = text.split(/\s+/, 9).filter(Boolean);
  // Only the words right before the quote matter; a bounded tail keeps the patterns cheap.
  before = before.slice(-60);
  if (isNickname(text, before, after)) return true;
  // A letter on its own is a letter discussed (`the short "i" sound`, `an "F" grade`), never words said.
  if (words.length === 1 && /^\p{L}[.,!?]?$/u.test(words[0]!)) return true;
  if (!isTitleCase(words)) return false;
  // Shows and programmes: `on "Face the Nation"`, `on CNN's "State of the Union"`.
  if (/\bon\s+(?:\S+['’]s\s+)?$/i.test(before)) return true;
  // A name the writer attributes loosely: `what they describe as a "Korean Berlin Wall"`.
  return /\b(?:describe[sd]?|dubbed|so-called)\s+(?:as\s+)?(?:a|an|the)?\s*$/i.test(before);
}

/** Is the quoted `text` a nickname between the parts of a name (`Marcia "Cia" Price`)? */
export function isNickname(text: string, before: string, after: string): boolean {
  return !/\s/.test(text.trim()) && /\p{Lu}[\p{L}.]*\s*$/u.test(before.slice(-40)) && /^\s*\p{Lu}/u.test(after);
}

/** Every word capitalised but the small ones, at most eight words: a title or a name. */
export function isTitleCase(words: string[]): boolean {
  if (words.length === 0 || words.length > 8) return false;
  const bared = words.map(bare).filter(Boolean);
  return bared.length > 0 && startsUpper(bared[0]!) && bared.every((w) => startsUpperOrDigit(w) || SMALL_WORDS.has(w));
}

// `/^[\p{Lu}\p{N}]/u`, ASCII first.
function startsUpperOrDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : /^[\p{Lu}\p{N}]/u.test(word);
}
