import { articleStats } from '../analyze/stats.js';
import { summarize } from '../analyze/summary.js';
import { loadArticle } from '../load/index.js';
import { outputContext } from '../present/context.js';
import { articleRef } from '../present/json.js';
import { emit, emitJson } from '../present/output.js';
import { presentSummary } from '../present/summary.js';
import type { CommonOptions } from './options.js';

export interface SummaryOptions extends CommonOptions {
  /** How many sentences the gist has (-n). */
  sentences?: number;
}

export async function summary(source: string | undefined, options: SummaryOptions): Promise<void> {
  const article = await loadArticle(source, options);
  const sentences = summarize(article, options.sentences ?? 3);
  if (options.json) return emitJson({ article: articleRef(article), sentences });
  const ctx = outputContext(options);
  await emit(presentSummary(article, { stats: articleStats(article) }, sentences, ctx), ctx);
}
