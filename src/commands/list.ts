import { articleWords } from '../analyze/stats.js';
import { bundledSlugs } from '../load/bundled.js';
import { libraryDir, savedSlugs } from '../load/library.js';
import { loadArticle, type LoadOptions } from '../load/index.js';
import { outputContext } from '../present/context.js';
import { emit, emitJson } from '../present/output.js';
import { presentList, type ListEntry } from '../present/tables.js';
import type { CommonOptions } from './options.js';

export interface ListOptions extends CommonOptions, LoadOptions {
  /** At most this many of a feed's items. */
  limit?: number;
}

/** `article list`: the bundled and saved articles; `article list <feed>`: a feed's items. */
export async function list(feed: string | undefined, options: ListOptions): Promise<void> {
  if (feed !== undefined) return listFeed(feed, options);
  const entries: ListEntry[] = [];
  for (const [slugs, saved] of [[bundledSlugs(), false], [savedSlugs(), true]] as const) {
    for (const slug of slugs) {
      // A saved file that no longer reads is left out of the list, not the reason it fails.
      const article = await loadArticle(slug).catch(() => null);
      if (!article) continue;
      const site = typeof article.meta.site === 'string' ? article.meta.site : null;
      const date = typeof article.meta.date === 'string' ? article.meta.date.slice(0, 10) : null;
      entries.push({ slug, title: article.title, site, date, words: articleWords(article), saved });
    }
  }
  if (options.json) return emitJson({ articles: entries });
  const ctx = outputContext(options);
  await emit(presentList(entries, libraryDir(), ctx), ctx);
}

async function listFeed(source: string, options: ListOptions): Promise<void> {
  const [{ readFeed }, { presentFeedItems }] = await Promise.all([import('../load/feed.js'), import('../present/feed.js')]);
  const feed = await readFeed(source, options);
  const items = feed.items.slice(0, options.limit ?? Infinity);
  if (options.json) return emitJson({ feed: { title: feed.title, source }, items });
  const ctx = outputContext(options);
  await emit(presentFeedItems(items, ctx), ctx);
}
