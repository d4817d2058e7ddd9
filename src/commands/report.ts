/**
 * What every analysis command is: analyse one article, then answer as JSON or as
 * text. One description per command serves both the single-article path (here)
 * and the many-articles path (src/batch/), so the two can never disagree.
 */
import { loadArticle } from '../load/index.js';
import type { Article } from '../model.js';
import { outputContext, type OutputContext } from '../present/context.js';
import { articleRef } from '../present/json.js';
import { emit, emitJson } from '../present/output.js';
import { type CommonOptions, withDate } from './options.js';

export interface Report<R, O extends CommonOptions = CommonOptions> {
  /** Checks the options before any source is read: a typo should not wait for a slow source. */
  check?(options: O): void;
  analyse(article: Article, options: O): R;
  /** The JSON answer's fields after its `article` block. */
  json(result: R, article: Article, options: O): Record<string, unknown>;
  text(result: R, article: Article, ctx: OutputContext, options: O): string;
}

/** The JSON answer about one article: `article` first, then the report's fields. */
export function reportJson<R, O extends CommonOptions>(report: Report<R, O>, result: R, article: Article, options: O): Record<string, unknown> {
  return { article: articleRef(article), ...report.json(result, article, options) };
}

/** The article a report reads: the source, loaded, with `--date` over its own date when given. */
export async function loadForReport(source: string | undefined, options: CommonOptions): Promise<Article> {
  return withDate(await loadArticle(source, options), options);
}

/** One source: load it, analyse it, answer as text or JSON (--jsonl and --csv go through src/batch/). */
export async function runReport<R, O extends CommonOptions>(report: Report<R, O>, source: string | undefined, options: O): Promise<void> {
  report.check?.(options);
  const article = await loadForReport(source, options);
  const result = report.analyse(article, options);
  if (options.json) return emitJson(reportJson(report, result, article, options));
  const ctx = outputContext(options);
  await emit(report.text(result, article, ctx, options), ctx);
}
