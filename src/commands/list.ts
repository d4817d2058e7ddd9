import { articleWords } from '../analyze/stats.js';
import { bundledSlugs } from '../load/bundled.js';
import { loadArticle, type LoadOptions } from '../load/index.js';
import { outputContext } from '../present/context.js';
import { emit, emitJson } from '../present/output.js';
import { presentList } from '../present/tables.js';
import type { CommonOptions } from './options.js';

export interface ListOptions extends CommonOptions, LoadOptions {
  /** At most this many of a feed's items. */
  limit?: number;
}

/** `article list`: the bundled articles; `article list <feed>`: a feed's items. */
export async function list(feed: string | undefined, options: ListOptions): Promise<void> {
  if (feed !== undefined) return listFeed(feed, options);
  const entries = [];
  for (const slug of bundledSlugs()) {
    const article = await loadArticle(slug);
    entries.push({ slug, title: article.title, words: articleWords(article) });
  }
  if (options.json) return emitJson({ articles: entries });
  const ctx = outputContext(options);
  await emit(presentList(entries, ctx), ctx);
}

async function listFeed(source: string, options: ListOptions): Promise<void> {
  const [{ readFeed }, { presentFeedItems }] = await Promise.all([import('../load/feed.js'), import('../present/feed.js')]);
  const feed = await readFeed(source, options);
  const items = feed.items.slice(0, options.limit ?? Infinity);
  if (options.json) return emitJson({ feed: { title: feed.title, source }, items });
  const ctx = outputContext(options);
  await emit(presentFeedItems(items, ctx), ctx);
}
