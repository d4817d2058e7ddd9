import { articleStats } from '../analyze/stats.js';
import { loadArticle } from '../load/index.js';
import { outputContext } from '../present/context.js';
import { articleRef } from '../present/json.js';
import { emit, emitJson } from '../present/output.js';
import { presentInfo } from '../present/tables.js';
import { type CommonOptions, type DateOption, withDate } from './options.js';

export async function info(source: string | undefined, options: CommonOptions & DateOption): Promise<void> {
  const article = withDate(await loadArticle(source, options), options);
  const stats = articleStats(article);
  if (options.json) return emitJson({ article: articleRef(article), meta: article.meta, ...stats });
  const ctx = outputContext(options);
  await emit(presentInfo(article, stats, ctx), ctx);
}
