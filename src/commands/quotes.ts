import { extractQuotes, type Quote } from '../analyze/quotes/index.js';
import { loadArticle } from '../load/index.js';
import { outputContext } from '../present/context.js';
import { articleRef } from '../present/json.js';
import { emit, emitJson } from '../present/output.js';
import { presentQuotes } from '../present/quotes.js';
import type { CommonOptions } from './options.js';

export async function quotes(source: string | undefined, options: CommonOptions & { speaker?: string }): Promise<void> {
  const article = await loadArticle(source, options);
  const found = bySpeaker(extractQuotes(article), options.speaker);
  if (options.json) return emitJson({ article: articleRef(article), quotes: found });
  const ctx = outputContext(options);
  await emit(presentQuotes(article, found, ctx, options.speaker), ctx);
}

// `--speaker park`: any part of the name, case-insensitive; an unnamed source by its
// description (`--speaker spokesperson`).
function bySpeaker(quotes: Quote[], filter: string | undefined): Quote[] {
  const wanted = filter?.trim().toLowerCase();
  if (!wanted) return quotes;
  return quotes.filter((q) => (q.speaker?.name ?? q.speaker?.description)?.toLowerCase().includes(wanted));
}
