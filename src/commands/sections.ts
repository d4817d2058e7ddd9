import { tableOfContents } from '../analyze/stats.js';
import { loadArticle } from '../load/index.js';
import { outputContext } from '../present/context.js';
import { articleRef } from '../present/json.js';
import { emit, emitJson } from '../present/output.js';
import { presentSections } from '../present/tables.js';
import type { CommonOptions } from './options.js';

export async function sections(source: string | undefined, options: CommonOptions): Promise<void> {
  const article = await loadArticle(source, options);
  const toc = tableOfContents(article);
  if (options.json) return emitJson({ article: articleRef(article), sections: toc });
  const ctx = outputContext(options);
  await emit(presentSections(article, toc, ctx), ctx);
}
