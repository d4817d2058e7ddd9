import { collectExperts, extractQuotes, type Expert } from '../analyze/quotes/index.js';
import { presentExperts } from '../present/quotes.js';
import type { CommonOptions } from './options.js';
import { runReport, type Report } from './report.js';

export const expertsReport: Report<Expert[]> = {
  analyse: (article) => collectExperts(extractQuotes(article)),
  json: (people) => ({ experts: people }),
  text: (people, article, ctx) => presentExperts(article, people, ctx),
};

export function experts(source: string | undefined, options: CommonOptions): Promise<void> {
  return runReport(expertsReport, source, options);
}
