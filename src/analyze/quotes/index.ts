/**
 * The quote engine: every direct quote in an article with its speaker, and
 * the people quoted, one entry per person.
 */
import type { Article } from '../../model.js';
import { findQuoteSpans } from './marks.js';
import type { Expert, Quote } from './types.js';

export type { Expert, Quote, Speaker } from './types.js';

/** Every direct quote in the article, in reading order, with its speaker. */
export function extractQuotes(article: Article): Quote[] {
  const quotes: Quote[] = [];
  // Headlines quote people too (`Obama on Climate Change: The Trends Are 'Terrifying.'`).
  const headline = { index: null, text: article.title, start: 0, section: null };
  const blocks = [headline, ...article.sections.flatMap((s) => s.paragraphs.map((p) => ({ ...p, section: s.title })))];
  for (const p of blocks) {
    for (const s of findQuoteSpans(p.text)) {
      quotes.push({
        text: p.text.slice(s.start, s.end),
        speaker: null,
        verb: null,
        section: p.section,
        paragraph: p.index,
        start: p.start + s.start,
        end: p.start + s.end,
        continues: false,
      });
    }
  }
  return quotes;
}

/** The people quoted, one entry per person however named; named people first. */
export function collectExperts(_quotes: Quote[]): Expert[] {
  return [];
}
