import { articleStats, type ArticleStats } from '../analyze/stats.js';
import { presentInfo } from '../present/tables.js';
import type { CommonOptions } from './options.js';
import { runReport, type Report } from './report.js';

export const infoReport: Report<ArticleStats> = {
  analyse: (article) => articleStats(article),
  json: (stats, article) => ({ meta: article.meta, ...stats }),
  text: (stats, article, ctx) => presentInfo(article, stats, ctx),
};

export function info(source: string | undefined, options: CommonOptions): Promise<void> {
  return runReport(infoReport, source, options);
}
