import { quotedPeople } from '../analyze/quoted-people.js';
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
  const people = quotedPeople(article);
  const meta = { stats: articleStats(article), quotedPeople: people.count, quotedPeopleAtLeast: people.atLeast };
  if (options.json) {
    const { words, readingMinutes, sections } = meta.stats;
    return emitJson({
      article: articleRef(article),
      // The lower bound says so only when it is one (a text far longer than an article).
      meta: { words, readingMinutes, sections, quotedPeople: people.count, ...(people.atLeast && { quotedPeopleAtLeast: true }) },
      sentences,
    });
  }
  const ctx = outputContext(options);
  await emit(presentSummary(article, meta, sentences, ctx), ctx);
}
