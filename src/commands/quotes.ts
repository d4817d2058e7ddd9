import { extractQuotes } from '../analyze/quotes/index.js';
import { loadArticle } from '../load/index.js';
import { articleRef } from '../present/json.js';
import { emitJson } from '../present/output.js';
import type { CommonOptions } from './options.js';

export async function quotes(source: string | undefined, options: CommonOptions & { speaker?: string }): Promise<void> {
  const article = await loadArticle(source, options);
  const found = extractQuotes(article);
  return emitJson({ article: articleRef(article), quotes: found });
}
