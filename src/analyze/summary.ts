/**
 * The gist of an article in N sentences, each quoted verbatim and given in
 * article order. Extractive on purpose: a summary that never rewrites cannot
 * change a number or put words in anyone's mouth.
 */
import type { Article } from '../model.js';
import { candidates, type Candidate } from './summary/candidates.js';
import { profile, scoreSentence } from './summary/score.js';
import { contentWords } from './summary/words.js';

export interface SummarySentence {
  text: string;
  /** Title of the section it comes from; null for the lead. */
  section: string | null;
  /** Index of its paragraph in the whole article. */
  paragraph: number;
  start: number;
  end: number;
}

/** How much a sentence's score drops for each share of its words already in the summary. */
const REDUNDANCY = 0.2;
/** Overlap at which a sentence only restates a chosen one (a caption repeating the lead, say). */
const RESTATES = 0.8;
/**
 * Sentences read at most: far more than any news story has (a long one has a
 * few hundred), so what the article is about is measured on all of a real
 * article, while a 10 MB file costs no more than its first part.
 */
const READ_AT_MOST = 5000;

/** Pick `count` sentences that carry the article's point, in the order the article gives them. */
export function summarize(article: Article, count: number): SummarySentence[] {
  const all = candidates(article, READ_AT_MOST);
  const content = all.filter((c) => !c.skip);
  // A text of nothing but fragments still gets a summary: its own sentences.
  const usable = content.length > 0 ? content : all;
  // News front-loads its point, so only the top of the article competes; this also keeps huge inputs linear.
  const pool = usable.slice(0, 2 * count + 2);
  const words = new Map<Candidate, string[]>(usable.map((c) => [c, contentWords(c.text)]));
  const wordSets = pool.map((c) => new Set(words.get(c)));
  const articleProfile = profile(words.values(), contentWords(article.title));
  const base = pool.map((c, rank) => scoreSentence(c, words.get(c)!, rank, articleProfile));

  // Greedy choice with redundancy (MMR); each candidate's overlap with the summary so far is
  // updated after each pick, so a large -n stays linear in the pool per pick.
  const repeat = pool.map(() => 0);
  const taken = pool.map(() => false);
  const chosen: number[] = [];
  while (chosen.length < count) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      if (taken[i] || repeat[i]! >= RESTATES) continue;
      const score = base[i]! - REDUNDANCY * repeat[i]!;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) break;
    taken[best] = true;
    chosen.push(best);
    for (let i = 0; i < pool.length; i++) repeat[i] = Math.max(repeat[i]!, overlap(wordSets[i]!, wordSets[best]!));
  }
  return chosen
    .sort((a, b) => a - b)
    .map((i) => pool[i]!)
    .map(({ text, section, paragraph, start, end }) => ({ text, section, paragraph, start, end }));
}

// Share of the shorter sentence's words that the other one repeats.
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}
