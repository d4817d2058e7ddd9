import chalk from 'chalk';
import type { Article, Section } from '../model.js';
import type { OutputContext } from './context.js';
import { counted, wrap } from './text.js';
import type { ArticleStats } from '../analyze/stats.js';

/**
 * The whole article, or one section of it, as the reader sees it: a header
 * (title, byline, length) over the rendered body, or over plain text when the
 * body could not be rendered.
 */
export function presentArticle(article: Article, stats: ArticleStats, ctx: OutputContext, rendered: string | undefined, section?: Section): string {
  // Web pages name their site `site`; front matter written by hand may say `source`.
  const byline = [article.meta.author, shortDate(article.meta.date), article.meta.site ?? article.meta.source]
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .join(' · ');
  const header = [
    chalk.bold(wrap(article.title, ctx.width)),
    byline ? chalk.dim(wrap(byline, ctx.width)) : '',
    chalk.dim(`${counted(stats.words, 'word')} · ${stats.readingMinutes} min read`),
    chalk.dim('─'.repeat(Math.min(ctx.width, 60))),
  ].filter(Boolean);
  return `${header.join('\n')}\n\n${rendered ?? plainBody(article, ctx, section)}\n`;
}

/** The article as plain wrapped text: for --plain, with no styling at all. */
export function presentPlain(article: Article, ctx: OutputContext, section?: Section): string {
  const body = plainBody(article, ctx, section);
  return section ? `${body}\n` : `${wrap(article.title, ctx.width)}\n\n${body}\n`;
}

function plainBody(article: Article, ctx: OutputContext, section?: Section): string {
  const parts: string[] = [];
  for (const s of section ? [section] : article.sections) {
    if (s.title) parts.push(wrap(s.title.toUpperCase(), ctx.width));
    for (const p of s.paragraphs) parts.push(wrap(p.text, ctx.width));
  }
  return parts.join('\n\n');
}

// A page's `2025-03-14T07:30:00Z` reads as its day; anything else as written.
function shortDate(date: unknown): unknown {
  return typeof date === 'string' ? date.replace(/^(\d{4}-\d{2}-\d{2})T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?$/, '$1') : date;
}
