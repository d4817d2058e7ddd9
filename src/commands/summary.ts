import { quotedPeople } from '../analyze/quoted-people.js';
import { articleStats } from '../analyze/stats.js';
import { summarize, type SummarySentence } from '../analyze/summary.js';
import { presentSummary, type SummaryMeta } from '../present/summary.js';
import type { CommonOptions } from './options.js';
import { runReport, type Report } from './report.js';

export interface SummaryOptions extends CommonOptions {
  /** How many sentences the gist has (-n). */
  sentences?: number;
}

export const summaryReport: Report<{ meta: Required<SummaryMeta>; sentences: SummarySentence[] }, SummaryOptions> = {
  analyse: (article, options) => {
    const people = quotedPeople(article);
    return {
      sentences: summarize(article, options.sentences ?? 3),
      meta: { stats: articleStats(article), quotedPeople: people.count, quotedPeopleAtLeast: people.atLeast },
    };
  },
  json: ({ meta, sentences }) => {
    const { words, readingMinutes, sections } = meta.stats;
    // The lower bound says so only when it is one (a text far longer than an article).
    return { meta: { words, readingMinutes, sections, quotedPeople: meta.quotedPeople, ...(meta.quotedPeopleAtLeast && { quotedPeopleAtLeast: true }) }, sentences };
  },
  text: ({ meta, sentences }, article, ctx) => presentSummary(article, meta, sentences, ctx),
};

export function summary(source: string | undefined, options: SummaryOptions): Promise<void> {
  return runReport(summaryReport, source, options);
}
