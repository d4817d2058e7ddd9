import type { LoadOptions } from '../load/index.js';
import type { Article } from '../model.js';
import type { OutputFlags } from '../present/context.js';

/** Options every command that reads an article accepts. */
export interface CommonOptions extends OutputFlags, LoadOptions, DateOption {
  json?: boolean;
  /** One compact JSON line per article. */
  jsonl?: boolean;
  /** Rows for a spreadsheet (quotes, experts, facts). */
  csv?: boolean;
}

/** `--date`: the article's date as the reader gives it, over the one the article states. */
export interface DateOption {
  date?: string;
}

/** The article with `--date`, if given, as its date. */
export function withDate(article: Article, options: DateOption): Article {
  return options.date ? { ...article, meta: { ...article.meta, date: options.date } } : article;
}
