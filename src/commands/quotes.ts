import { extractQuotes, type Quote } from '../analyze/quotes/index.js';
import type { Article, Section } from '../model.js';
import type { OutputContext } from '../present/context.js';
import { emit } from '../present/output.js';
import { presentQuotes } from '../present/quotes.js';
import { presentQuotedArticle } from '../present/read-quotes.js';
import type { CommonOptions } from './options.js';
import { runReport, type Report } from './report.js';

export interface QuotesOptions extends CommonOptions {
  speaker?: string;
  minConfidence?: number;
}

export const quotesReport: Report<Quote[], QuotesOptions> = {
  analyse: (article, options) => byConfidence(bySpeaker(extractQuotes(article), options.speaker), options.minConfidence),
  json: (quotes) => ({ quotes }),
  text: (quotes, article, ctx, options) => presentQuotes(article, quotes, ctx, { speaker: options.speaker, minConfidence: options.minConfidence }),
};

export function quotes(source: string | undefined, options: QuotesOptions): Promise<void> {
  return runReport(quotesReport, source, options);
}

// `--min-confidence 0.8`: only quotes whose speaker is at least that likely right (a quote with no speaker has none).
function byConfidence(quotes: Quote[], least: number | undefined): Quote[] {
  return least === undefined ? quotes : quotes.filter((q) => (q.speaker?.confidence ?? 0) >= least);
}

// `--speaker park`: any part of the name, case-insensitive; an unnamed source by its
// description (`--speaker spokesperson`).
function bySpeaker(quotes: Quote[], filter: string | undefined): Quote[] {
  const wanted = filter?.trim().toLowerCase();
  if (!wanted) return quotes;
  return quotes.filter((q) => (q.speaker?.name ?? q.speaker?.description)?.toLowerCase().includes(wanted));
}

/** `read --quotes`: the article with its quotes highlighted (here, so that plain `read` never loads the quote engine). */
export async function readWithQuotes(article: Article, ctx: OutputContext, section?: Section): Promise<void> {
  await emit(presentQuotedArticle(article, extractQuotes(article), ctx, section), ctx);
}
