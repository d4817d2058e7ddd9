import chalk from 'chalk';
import { sectionWords, type Article, type Section } from '../model.js';
import type { OutputContext } from './context.js';
import { counted, wrap } from './text.js';
import { readingMinutes, type ArticleStats } from '../analyze/stats.js';

/**
 * The whole article, or one section of it, as the reader sees it: a header
 * (title, byline, length: the section's own when only one is shown) over the
 * rendered body, or over plain text when the body could not be rendered.
 */
export function presentArticle(article: Article, stats: ArticleStats, ctx: OutputContext, rendered: string | undefined, section?: Section): string {
  const header = [
    chalk.bold(wrap(article.title, ctx.width)),
    ...byline(article, ctx).map((line) => chalk.dim(line)),
    chalk.dim(length(stats, section)),
    chalk.dim('─'.repeat(Math.min(ctx.width, 60))),
  ];
  return `${header.join('\n')}\n\n${rendered ?? plainBody(article, ctx, section)}\n`;
}

/** The article as plain text for --plain: every piece of content kept, no styling at all. */
export function presentPlain(article: Article, stats: ArticleStats, ctx: OutputContext, rendered: string | undefined, section?: Section): string {
  const header = [wrap(article.title, ctx.width), ...byline(article, ctx), length(stats, section)];
  return `${header.join('\n')}\n\n${rendered ?? plainBody(article, ctx, section)}\n`;
}

// Author, date and site: what the page says about itself, on one wrapped line.
function byline(article: Article, ctx: OutputContext): string[] {
  // Web pages name their site `site`; front matter written by hand may say `source`.
  const text = [article.meta.author, shortDate(article.meta.date), article.meta.site ?? article.meta.source]
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .join(' · ');
  return text ? [wrap(text, ctx.width)] : [];
}

// `1,639 words · 7 min read`; for one section, its own length and where it sits.
function length(stats: ArticleStats, section?: Section): string {
  if (!section) return `${counted(stats.words, 'word')} · ${stats.readingMinutes} min read`;
  const words = sectionWords(section);
  return `section ${section.index} · ${counted(words, 'word')} · ${readingMinutes(words)} min read`;
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
