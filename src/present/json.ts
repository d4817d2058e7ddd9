import type { Article } from '../model.js';

/** The `article` block every JSON answer starts with. */
export function articleRef(article: Article): { title: string; source: string } {
  return { title: article.title, source: article.source };
}
