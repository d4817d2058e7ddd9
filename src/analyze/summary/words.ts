/**
 * Content words for comparing sentences: lower case, function words dropped,
 * a light suffix strip so "charged" and "charges" count as one word.
 */

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
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []) {
    const word = raw.replace(/['’]s$/, '');
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

// Enough stemming to join inflections of one word; not a linguistic stemmer.
function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  return word
    .replace(/(?:ies)$/, 'y')
    .replace(/(?:ing|ed|es|s)$/, '')
    .replace(/(.)\1$/, '$1');
}
