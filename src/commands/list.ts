import { articleWords } from '../analyze/stats.js';
import { bundledSlugs } from '../load/bundled.js';
import { loadArticle } from '../load/index.js';
import { outputContext } from '../present/context.js';
import { emit, emitJson } from '../present/output.js';
import { presentList } from '../present/tables.js';
import type { CommonOptions } from './options.js';

export async function list(options: CommonOptions): Promise<void> {
  const entries = [];
  for (const slug of bundledSlugs()) {
    const article = await loadArticle(slug);
    entries.push({ slug, title: article.title, words: articleWords(article) });
  }
  if (options.json) return emitJson({ articles: entries });
  const ctx = outputContext(options);
  await emit(presentList(entries, ctx), ctx);
}
