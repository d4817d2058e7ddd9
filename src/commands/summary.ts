import { collectExperts, extractQuotes } from '../analyze/quotes/index.js';
import { articleStats } from '../analyze/stats.js';
import { summarize, type SummarySentence } from '../analyze/summary.js';
import type { Article } from '../model.js';
import { presentSummary, type SummaryMeta } from '../present/summary.js';
import type { CommonOptions } from './options.js';
import { runReport, type Report } from './report.js';

export interface SummaryOptions extends CommonOptions {
  /** How many sentences the gist has (-n). */
  sentences?: number;
}

export const summaryReport: Report<{ meta: Required<SummaryMeta>; sentences: SummarySentence[] }, SummaryOptions> = {
  analyse: (article, options) => ({
    sentences: summarize(article, options.sentences ?? 3),
    meta: { stats: articleStats(article), quotedPeople: quotedPeople(article) },
  }),
  json: ({ meta, sentences }) => {
    const { words, readingMinutes, sections } = meta.stats;
    return { meta: { words, readingMinutes, sections, quotedPeople: meta.quotedPeople }, sentences };
  },
  text: ({ meta, sentences }, article, ctx) => presentSummary(article, meta, sentences, ctx),
};

export function summary(source: string | undefined, options: SummaryOptions): Promise<void> {
  return runReport(summaryReport, source, options);
}

// Everyone the quote engine finds quoted, unnamed sources included: they are voices in the story too.
function quotedPeople(article: Article): number {
  return collectExperts(extractQuotes(article)).length;
}
