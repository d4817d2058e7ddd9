/**
 * The words of a stretch of text as the attribution rules read them: each as written and as a
 * bare lower-case key, and the word lists they test those keys against.
 */
import { bareKey } from './letters.js';

export interface Word {
  text: string;
  /** Lower case without surrounding punctuation. */
  key: string;
}

/** A word list as a Set: a lookup is cheaper than a regex alternation, to run and to compile. */
export function words(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

export function wordsOf(text: string): Word[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => ({ text: w, key: bareKey(w) }));
}

export function joinWords(words: Word[]): string {
  return words.map((w) => w.text).join(' ');
}
