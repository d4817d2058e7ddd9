/**
 * One article of a batch, start to finish: load, analyse, and turn the answer
 * into the text it will be printed as. Runs in a worker thread (or inline for
 * a handful of sources); what it hands back is plain strings and small data.
 */
import chalk from 'chalk';
import type { Entities } from '../analyze/facts/index.js';
import type { Expert } from '../analyze/quotes/index.js';
import { expertsReport } from '../commands/experts.js';
import { factsReport } from '../commands/facts.js';
import { infoReport } from '../commands/info.js';
import type { CommonOptions } from '../commands/options.js';
import { quotesReport } from '../commands/quotes.js';
import { loadForReport, reportJson, type Report } from '../commands/report.js';
import { sectionsReport } from '../commands/sections.js';
import { summaryReport } from '../commands/summary.js';
import { isArticleError } from '../errors.js';
import { isUrlSource } from '../load/defaults.js';
import type { Article } from '../model.js';
import type { OutputContext } from '../present/context.js';
import { csvRows } from '../present/csv.js';
import { jsonText } from '../present/output.js';
import { terminalSafe } from '../present/terminal-safe.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const REPORTS: Record<string, Report<any, any>> = {
  sections: sectionsReport,
  info: infoReport,
  quotes: quotesReport,
  experts: expertsReport,
  facts: factsReport,
  summary: summaryReport,
};

export type Format = 'text' | 'json' | 'jsonl' | 'csv';

export interface Job {
  command: string;
  source: string;
  /** The command's options, without functions (they cross to a worker). */
  options: CommonOptions;
  format: Format;
  ctx: OutputContext;
  /** chalk's colour level in the main thread: a worker cannot see the terminal. */
  colorLevel: number;
}

/** What a batch keeps of one article for answers across all of them. */
export interface ArticleSummary {
  title: string;
  source: string;
  /** The outlet: the site's name, else the host it came from; null for a local file that does not say. */
  site: string | null;
  experts?: Expert[];
  entities?: Entities;
}

export type JobResult = { ok: true; out: string; article: ArticleSummary } | { ok: false; error: string };

/** Refuse bad option values before any source is read. */
export function checkOptions(command: string, options: CommonOptions): void {
  REPORTS[command]!.check?.(options);
}

/** Run one job; every failure becomes the one line it is reported as. */
export async function runJob(job: Job): Promise<JobResult> {
  try {
    chalk.level = job.colorLevel as typeof chalk.level;
    const report = REPORTS[job.command]!;
    const article = await loadForReport(job.source, job.options);
    const result = report.analyse(article, job.options);
    const doc = reportJson(report, result, article, job.options);
    return { ok: true, out: output(job, report, result, article, doc), article: summaryOf(job.command, article, doc) };
  } catch (err) {
    return { ok: false, error: failureLine(err, job.source) };
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function output(job: Job, report: Report<any, any>, result: unknown, article: Article, doc: Record<string, unknown>): string {
  switch (job.format) {
    case 'jsonl':
      return `${jsonText(doc, true)}\n`;
    case 'json':
      return jsonText(doc).replace(/^/gm, '    ');
    case 'csv':
      return job.command === 'experts' ? '' : csvRows(job.command, doc);
    case 'text':
      // Experts over many articles answer once, across all of them; a speaker filter skips
      // the articles where that speaker says nothing.
      if (job.command === 'experts') return '';
      if (job.command === 'quotes' && (job.options as { speaker?: string }).speaker && (result as unknown[]).length === 0) return '';
      return terminalSafe(report.text(result, article, job.ctx, job.options));
  }
}

function summaryOf(command: string, article: Article, doc: Record<string, unknown>): ArticleSummary {
  const summary: ArticleSummary = { title: article.title, source: article.source, site: siteOf(article) };
  if (command === 'experts') summary.experts = doc.experts as Expert[];
  if (command === 'facts') summary.entities = doc.entities as Entities;
  return summary;
}

function siteOf(article: Article): string | null {
  const site = article.meta.site;
  if (typeof site === 'string' && site.trim()) return site.trim();
  for (const address of [article.meta.url, article.source]) {
    if (typeof address === 'string' && isUrlSource(address)) {
      try {
        return new URL(address).host.replace(/^www\./, '');
      } catch {
        // not a URL after all: try the next
      }
    }
  }
  return null;
}

// As the command line words it for one source; an unexpected failure names its source.
function failureLine(err: unknown, source: string): string {
  if (isArticleError(err)) return `article: ${err.message}${err.hint ? ` (${err.hint})` : ''}`;
  const message = err instanceof Error ? err.message : String(err);
  return `article: unexpected error reading ${source}: ${message.split('\n')[0]}`;
}
