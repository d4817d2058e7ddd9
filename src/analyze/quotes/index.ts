/**
 * The quote engine: every direct quote in an article with its speaker, and
 * the people quoted, one entry per person.
 */
import type { Article } from '../../model.js';
import type { Expert, Quote } from './types.js';

export type { Expert, Quote, Speaker } from './types.js';

/** Every direct quote in the article, in reading order, with its speaker. */
export function extractQuotes(_article: Article): Quote[] {
  return [];
}

/** The people quoted, one entry per person however named; named people first. */
export function collectExperts(_quotes: Quote[]): Expert[] {
  return [];
}
