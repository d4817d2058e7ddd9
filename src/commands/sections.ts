import { tableOfContents, type SectionSummary } from '../analyze/stats.js';
import { presentSections } from '../present/tables.js';
import type { CommonOptions } from './options.js';
import { runReport, type Report } from './report.js';

export const sectionsReport: Report<SectionSummary[]> = {
  analyse: (article) => tableOfContents(article),
  json: (toc) => ({ sections: toc }),
  text: (toc, article, ctx) => presentSections(article, toc, ctx),
};

export function sections(source: string | undefined, options: CommonOptions): Promise<void> {
  return runReport(sectionsReport, source, options);
}
