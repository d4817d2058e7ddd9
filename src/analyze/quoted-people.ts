/**
 * How many people an article quotes, for summary's header. The quote engine
 * costs far more than the summary itself (2.2 of 2.4 s on 10 MB), so it runs
 * on the article's first paragraphs only, up to `reach` characters: every
 * news article fits, and for a longer text the count is a lower bound, which is
 * still true: the engine reads forward only, so the quotes it finds in the
 * first paragraphs are the ones it finds there in the whole text, and each
 * further quote can only add a person.
 */
import type { Article } from '../model.js';
import { collectExperts, extractQuotes } from './quotes/index.js';

/** Characters of plain text (about 40,000 words): far past any news article. */
export const QUOTED_PEOPLE_REACH = 256 * 1024;

export interface QuotedPeople {
  count: number;
  /** True when the text goes past the reach, and more people may be quoted beyond it. */
  atLeast: boolean;
}

/** Everyone the quote engine finds quoted, unnamed sources included: they are voices in the story too. */
export function quotedPeople(article: Article, reach = QUOTED_PEOPLE_REACH): QuotedPeople {
  const atLeast = article.sections.some((s) => s.paragraphs.some((p) => p.start >= reach));
  const within = atLeast
    ? { ...article, sections: article.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.filter((p) => p.start < reach) })) }
    : article;
  return { count: collectExperts(extractQuotes(within)).length, atLeast };
}
