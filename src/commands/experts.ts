import { collectExperts, extractQuotes } from '../analyze/quotes/index.js';
import { loadArticle } from '../load/index.js';
import { outputContext } from '../present/context.js';
import { articleRef } from '../present/json.js';
import { emit, emitJson } from '../present/output.js';
import { presentExperts } from '../present/quotes.js';
import type { CommonOptions } from './options.js';

export async function experts(source: string | undefined, options: CommonOptions): Promise<void> {
  const article = await loadArticle(source, options);
  const people = collectExperts(extractQuotes(article));
  if (options.json) return emitJson({ article: articleRef(article), experts: people });
  const ctx = outputContext(options);
  await emit(presentExperts(article, people, ctx), ctx);
}
