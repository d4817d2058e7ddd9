import chalk from 'chalk';
import type { Article, Section } from '../model.js';
import { countWords } from '../model.js';
import type { OutputContext } from './context.js';
import { renderMarkdown, splitSections } from './markdown.js';
import { wrap } from './text.js';
import { readingMinutes } from '../analyze/stats.js';

/** The whole article, or one section of it, as the reader sees it. */
export function presentArticle(article: Article, ctx: OutputContext, section?: Section): string {
  let body = article.markdown;
  // Section numbers count the lead as 0 even when it is empty, as the chunks do.
  if (section) body = splitSections(article.markdown)[section.index] ?? '';
  const words = countWords(article.text);
  const byline = [article.meta.author, article.meta.date, article.meta.source]
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .join(' · ');
  const header = [
    chalk.bold(wrap(article.title, ctx.width)),
    byline ? chalk.dim(byline) : '',
    chalk.dim(`${words.toLocaleString('en-US')} word${words === 1 ? '' : 's'} · ${readingMinutes(words)} min read`),
    chalk.dim('─'.repeat(Math.min(ctx.width, 60))),
  ].filter(Boolean);
  return `${header.join('\n')}\n\n${renderMarkdown(body, ctx)}\n`;
}

/** The article as plain wrapped text: for --plain, with no styling at all. */
export function presentPlain(article: Article, ctx: OutputContext, section?: Section): string {
  const parts = section ? [] : [wrap(article.title, ctx.width)];
  for (const s of section ? [section] : article.sections) {
    if (s.title) parts.push(wrap(s.title.toUpperCase(), ctx.width));
    for (const p of s.paragraphs) parts.push(wrap(p.text, ctx.width));
  }
  return `${parts.join('\n\n')}\n`;
}
