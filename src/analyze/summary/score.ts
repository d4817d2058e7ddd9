/**
 * How much a sentence deserves a place in the gist, before redundancy is
 * considered. News puts its point first, so position is the base score; the
 * other signals only reorder sentences near the top. Every weight was chosen
 * on the CNN/DailyMail dev set by checking that it helps on both halves of it.
 */
import type { Candidate } from './candidates.js';

/** Score lost per sentence of distance from the top. */
const POSITION_STEP = 0.2;
/** Weight of the sentence's similarity to the whole article (its centrality). */
const CENTRALITY = 0.6;
/** Weight of the share of the headline's words a sentence repeats. */
const HEADLINE = 0.15;
/** Sentences longer than this many words pay for each extra word... */
const LONG_WORDS = 25;
/** ...at this weight per LONG_WORDS extra words: summaries are read, and long lines are often glued captions. */
const LENGTH = 0.6;
/** Penalty for a sentence that looks like a photo caption. */
const CAPTION = 0.4;
/** Penalty scaled by the share of the sentence inside quote marks: the gist is reported, not quoted. */
const QUOTED = 0.3;
/** Penalty for opening on a pronoun, whose referent the summary may have dropped. */
const PRONOUN_START = 0.1;

const PRONOUN = /^['"‘“]?(?:he|she|it|they|this|that|these|those|his|her|their)\b/i;

/** What the scorer knows about the article as a whole. */
export interface ArticleProfile {
  /** In how many sentences each content word occurs. */
  frequency: Map<string, number>;
  /** Euclidean length of the frequency vector. */
  norm: number;
  headline: Set<string>;
}

/** Word frequencies over every sentence (one count per sentence), and the headline's words. */
export function profile(sentenceWords: Iterable<string[]>, headline: string[]): ArticleProfile {
  const frequency = new Map<string, number>();
  for (const words of sentenceWords) for (const w of new Set(words)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  let squares = 0;
  for (const n of frequency.values()) squares += n * n;
  return { frequency, norm: Math.sqrt(squares) || 1, headline: new Set(headline) };
}

/** The sentence's score: higher is better; `rank` is its place among the candidates. */
export function scoreSentence(candidate: Candidate, words: string[], rank: number, article: ArticleProfile): number {
  const unique = new Set(words);
  return (
    1 -
    POSITION_STEP * rank +
    CENTRALITY * centrality(unique, article) +
    HEADLINE * headlineShare(unique, article.headline) -
    LENGTH * (Math.max(0, candidate.words - LONG_WORDS) / LONG_WORDS) -
    (candidate.caption ? CAPTION : 0) -
    QUOTED * quotedShare(candidate.text) -
    (PRONOUN.test(candidate.text) ? PRONOUN_START : 0)
  );
}

// Cosine between the sentence's words and the rest of the article's word counts.
function centrality(words: Set<string>, article: ArticleProfile): number {
  if (words.size === 0) return 0;
  let dot = 0;
  for (const w of words) dot += (article.frequency.get(w) ?? 1) - 1;
  return dot / (Math.sqrt(words.size) * article.norm);
}

function headlineShare(words: Set<string>, headline: Set<string>): number {
  if (headline.size === 0) return 0;
  let hits = 0;
  for (const w of headline) if (words.has(w)) hits++;
  return hits / headline.size;
}

const LETTER = /\p{L}/u;
// The character at `i` is a letter; `i` may be the low half of a surrogate pair (the letter before a mark).
function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const low = text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff && i > 0;
  return LETTER.test(String.fromCodePoint(text.codePointAt(low ? i - 1 : i)!));
}

/**
 * Share of the sentence's characters that sit inside quote marks: the spans of
 * `/["“][^"”]*["”]|(?<!\p{L})['‘][^'’]*['’](?!\p{L})/gu`, found in one pass (that regex
 * rescans to the end from every opening mark that never closes: quadratic on a storm of marks).
 */
export function quotedShare(text: string): number {
  let inside = 0;
  // The next closing mark of each kind at or after a position, searched forward only once.
  let double = -1;
  let single = -1;
  const next = (from: number, at: number, marks: string) => {
    if (at >= from) return at;
    for (let j = from; j < text.length; j++) if (marks.includes(text[j]!)) return j;
    return text.length;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === '“') {
      double = next(i + 1, double, '"”');
      if (double < text.length) {
        inside += double - i + 1;
        i = double;
      }
    } else if ((c === "'" || c === '‘') && !isLetterAt(text, i - 1)) {
      single = next(i + 1, single, "'’");
      if (single < text.length && !isLetterAt(text, single + 1)) {
        inside += single - i + 1;
        i = single;
      }
    }
  }
  return text.length ? Math.min(1, inside / text.length) : 0;
}
