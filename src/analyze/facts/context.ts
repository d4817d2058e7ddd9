/**
 * The context a fact is shown with: its sentence, or, when the sentence is long, a window of it
 * around the fact. Bounded so that a sentence packed with facts (`5% 5% 5% …` ten thousand times)
 * costs output in proportion to its length, not to its length times its facts.
 */

/** A sentence up to this long is its own context. */
export const WHOLE_SENTENCE_MAX = 400;
/** Characters of a longer sentence kept on each side of the fact. */
export const WINDOW_SIDE = 80;
/** How far a window's edge may move outwards to land between words. */
const SNAP = 20;

export interface Context {
  /** A verbatim stretch of the sentence holding the fact. */
  text: string;
  /** Where the fact starts inside `text`. */
  at: number;
}

/** The context of the fact at [start, end) of `sentence`. */
export function contextOf(sentence: string, start: number, end: number): Context {
  if (sentence.length <= WHOLE_SENTENCE_MAX) return { text: sentence, at: start };
  let from = Math.max(0, start - WINDOW_SIDE);
  let to = Math.min(sentence.length, end + WINDOW_SIDE);
  // Move each edge to the nearest white space within SNAP, so no word is cut in two.
  for (let i = from, stop = Math.max(0, from - SNAP); i > stop; i--) {
    if (/\s/.test(sentence[i - 1]!)) { from = i; break; }
  }
  for (let i = to, stop = Math.min(sentence.length, to + SNAP); i < stop; i++) {
    if (/\s/.test(sentence[i]!)) { to = i; break; }
  }
  return { text: sentence.slice(from, to), at: start - from };
}
