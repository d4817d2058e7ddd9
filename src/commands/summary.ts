import { collectExperts, extractQuotes } from '../analyze/quotes/index.js';
import { articleStats } from '../analyze/stats.js';
import { summarize } from '../analyze/summary.js';
import { loadArticle } from '../load/index.js';
import type { Article } from '../model.js';
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
  const meta = { stats: articleStats(article), quotedPeople: quotedPeople(article) };
  if (options.json) {
    const { words, readingMinutes, sections } = meta.stats;
    return emitJson({
      article: articleRef(article),
      meta: { words, readingMinutes, sections, quotedPeople: meta.quotedPeople },
      sentences,
    });
  }
  const ctx = outputContext(options);
  await emit(presentSummary(article, meta, sentences, ctx), ctx);
}

// Everyone the quote engine finds quoted, unnamed sources included: they are voices in the story too.
function quotedPeople(article: Article): number {
  return collectExperts(extractQuotes(article)).length;
}
