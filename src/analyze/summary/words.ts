/**
 * Content words for comparing sentences: lower case, function words dropped,
 * a light suffix strip so "charged" and "charges" count as one word.
 */
import { charWidth, isLetterAt, isLetterOrDigitAt } from '../../chars.js';

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having
  he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
  nor not now of off on once only or other our ours ourselves out over own same she should so some such than
  that the their theirs them themselves then there these they this those through to too under until up very
  was we were what when where which while who whom why will with would you your yours yourself yourselves
  said says say told according mr mrs ms dr s t can't don't won't it's he's she's they're we're i'm year
  years one two new like last first get got would could may might must shall us yet per cent`
    .split(/\s+/)
    .filter(Boolean),
);

/** The content words of `text`, stemmed, in order (repeats kept). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of words(text.toLowerCase())) {
    // A possessive `'s` is not part of the word.
    const word = raw.endsWith('s') && isApostrophe(raw.charCodeAt(raw.length - 2)) ? raw.slice(0, -2) : raw;
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/**
 * What /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu matches, by character code: this runs
 * over every sentence of the article, and the Unicode classes are needed only
 * for characters past ASCII.
 */
function words(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetterOrDigitAt(text, i)) {
      i += charWidth(text, i);
      continue;
    }
    const start = i;
    while (i < n && isLetterOrDigitAt(text, i)) i += charWidth(text, i);
    if (i < n && isApostrophe(text.charCodeAt(i))) {
      let k = i + 1;
      while (k < n && isLetterAt(text, k)) k += charWidth(text, k);
      if (k > i + 1) i = k;
    }
    out.push(text.slice(start, i));
  }
  return out;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

// Enough stemming to join inflections of one word; not a linguistic stemmer. String tests, not
// patterns: this runs for every word of the article.
function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  let w = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word;
  if (w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.endsWith('ed') || w.endsWith('es')) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  // A doubled last letter counts once ("stopp" → "stop").
  return w.charCodeAt(w.length - 1) === w.charCodeAt(w.length - 2) ? w.slice(0, -1) : w;
}
