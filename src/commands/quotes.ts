import { extractQuotes, type Quote } from '../analyze/quotes/index.js';
import type { Article, Section } from '../model.js';
import type { OutputContext } from '../present/context.js';
import { loadArticle } from '../load/index.js';
import { outputContext } from '../present/context.js';
import { articleRef } from '../present/json.js';
import { emit, emitJson } from '../present/output.js';
import { presentQuotes } from '../present/quotes.js';
import { presentQuotedArticle } from '../present/read-quotes.js';
import type { CommonOptions } from './options.js';

export async function quotes(source: string | undefined, options: CommonOptions & { speaker?: string; minConfidence?: number }): Promise<void> {
  const article = await loadArticle(source, options);
  const found = byConfidence(bySpeaker(extractQuotes(article), options.speaker), options.minConfidence);
  if (options.json) return emitJson({ article: articleRef(article), quotes: found });
  const ctx = outputContext(options);
  await emit(presentQuotes(article, found, ctx, { speaker: options.speaker, minConfidence: options.minConfidence }), ctx);
}

// `--min-confidence 0.8`: only quotes whose speaker is at least that likely right (a quote with no speaker has none).
function byConfidence(quotes: Quote[], least: number | undefined): Quote[] {
  return least === undefined ? quotes : quotes.filter((q) => (q.speaker?.confidence ?? 0) >= least);
}

// `--speaker park`: any part of the name, case-insensitive; an unnamed source by its
// description (`--speaker spokesperson`).
function bySpeaker(quotes: Quote[], filter: string | undefined): Quote[] {
  const wanted = filter?.trim().toLowerCase();
  if (!wanted) return quotes;
  return quotes.filter((q) => (q.speaker?.name ?? q.speaker?.description)?.toLowerCase().includes(wanted));
}

/** `read --quotes`: the article with its quotes highlighted (here, so that plain `read` never loads the quote engine). */
export async function readWithQuotes(article: Article, ctx: OutputContext, section?: Section): Promise<void> {
  await emit(presentQuotedArticle(article, extractQuotes(article), ctx, section), ctx);
}
