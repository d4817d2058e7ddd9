import chalk from 'chalk';
import type { Article, Section } from '../model.js';
import { countWords } from '../model.js';
import type { OutputContext } from './context.js';
import { splitSections } from './markdown.js';
import { renderWithin } from './render-budget.js';
import { formatNumber, wrap } from './text.js';
import { readingMinutes } from '../analyze/stats.js';

/**
 * The whole article, or one section of it, as the reader sees it. When the
 * Markdown cannot be rendered within its time budget the body is plain text,
 * and `rendered` is false.
 */
export async function presentArticle(article: Article, ctx: OutputContext, section?: Section): Promise<{ text: string; rendered: boolean }> {
  let body = article.markdown;
  // Section numbers count the lead as 0 even when it is empty, as the chunks do.
  if (section) body = splitSections(article.markdown)[section.index] ?? '';
  // Start rendering first: a big body renders in a worker while this thread builds the header.
  const rendering = renderWithin(body, ctx);
  const words = countWords(article.text);
  const byline = [article.meta.author, article.meta.date, article.meta.source]
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .join(' · ');
  const header = [
    chalk.bold(wrap(article.title, ctx.width)),
    byline ? chalk.dim(byline) : '',
    chalk.dim(`${formatNumber(words)} word${words === 1 ? '' : 's'} · ${readingMinutes(words)} min read`),
    chalk.dim('─'.repeat(Math.min(ctx.width, 60))),
  ].filter(Boolean);
  const rendered = await rendering;
  const text = rendered ?? plainBody(article, ctx, section);
  return { text: `${header.join('\n')}\n\n${text}\n`, rendered: rendered !== undefined };
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
