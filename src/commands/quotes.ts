import { extractQuotes, type Quote } from '../analyze/quotes/index.js';
import { presentQuotes } from '../present/quotes.js';
import type { CommonOptions } from './options.js';
import { runReport, type Report } from './report.js';

export interface QuotesOptions extends CommonOptions {
  speaker?: string;
}

export const quotesReport: Report<Quote[], QuotesOptions> = {
  analyse: (article, options) => bySpeaker(extractQuotes(article), options.speaker),
  json: (quotes) => ({ quotes }),
  text: (quotes, article, ctx, options) => presentQuotes(article, quotes, ctx, options.speaker),
};

export function quotes(source: string | undefined, options: QuotesOptions): Promise<void> {
  return runReport(quotesReport, source, options);
}

// `--speaker park`: any part of the name, case-insensitive; an unnamed source by its
// description (`--speaker spokesperson`).
function bySpeaker(quotes: Quote[], filter: string | undefined): Quote[] {
  const wanted = filter?.trim().toLowerCase();
  if (!wanted) return quotes;
  return quotes.filter((q) => (q.speaker?.name ?? q.speaker?.description)?.toLowerCase().includes(wanted));
}
