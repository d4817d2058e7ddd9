import chalk from 'chalk';
import type { ArticleStats, SectionSummary } from '../analyze/stats.js';
import type { Article } from '../model.js';
import type { OutputContext } from './context.js';
import { counted, fit, formatNumber, padEndVisible, visibleWidth, wrap } from './text.js';

/** The table of contents: number, title, words. */
export function presentSections(article: Article, sections: SectionSummary[], ctx: OutputContext): string {
  const numWidth = String(sections[sections.length - 1]?.index ?? 0).length;
  const wordsWidth = Math.max(5, ...sections.map((s) => String(s.words).length));
  // As wide as the longest title needs, no wider than the screen allows.
  const longest = Math.max(6, ...sections.map((s) => visibleWidth(s.title ?? '')));
  const titleWidth = Math.max(10, Math.min(longest, ctx.width - numWidth - wordsWidth - 6));
  const lines = [chalk.bold(wrap(article.title, ctx.width)), ''];
  for (const s of sections) {
    const title = s.title === null ? chalk.dim('(lead)') : fit(s.title, titleWidth);
    lines.push(
      `  ${chalk.cyan(String(s.index).padStart(numWidth))}  ${padEndVisible(title, titleWidth)}  ${chalk.dim(String(s.words).padStart(wordsWidth))}`,
    );
  }
  const total = sections.reduce((n, s) => n + s.words, 0);
  lines.push('', chalk.dim(`${counted(sections.length, 'section')} · ${counted(total, 'word')}`));
  return lines.join('\n');
}

/** Title, meta and counts, as a small aligned card. */
export function presentInfo(article: Article, stats: ArticleStats, ctx: OutputContext): string {
  const rows: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(article.meta)) {
    if (key !== 'title' && typeof value === 'string') rows.push([key, value]);
  }
  rows.push(
    ['source', article.source],
    ['words', formatNumber(stats.words)],
    ['reading time', `${stats.readingMinutes} min`],
    ['sections', String(stats.sections)],
    ['paragraphs', String(stats.paragraphs)],
    ['sentences', String(stats.sentences)],
  );
  const keyWidth = Math.max(...rows.map(([k]) => k.length));
  // Values wrap under themselves rather than being cut: a path or URL must stay whole to be copied.
  const indent = ' '.repeat(keyWidth + 4);
  return [
    chalk.bold(wrap(article.title, ctx.width)),
    '',
    ...rows.map(([k, v]) => `  ${chalk.dim(k.padEnd(keyWidth))}  ${wrap(v, Math.max(10, ctx.width - indent.length)).replaceAll('\n', `\n${indent}`)}`),
  ].join('\n');
}

export interface ListEntry {
  slug: string;
  title: string;
  site: string | null;
  date: string | null;
  words: number;
  /** In the reading list, not bundled. */
  saved: boolean;
}

/**
 * The bundled articles, then the saved ones: the slug (what to type), and under
 * it the title, site, date and size. Slugs are long, so each gets its own line.
 */
export function presentList(entries: ListEntry[], libraryDir: string, ctx: OutputContext): string {
  const row = (e: ListEntry) => {
    const about = [e.site, e.date, `${formatNumber(e.words)} words`].filter(Boolean).join(' · ');
    return `${chalk.cyan(e.slug)}\n  ${wrap(`${e.title} ${chalk.dim(`· ${about}`)}`, ctx.width - 2).replaceAll('\n', '\n  ')}`;
  };
  const lines = entries.filter((e) => !e.saved).map(row);
  const saved = entries.filter((e) => e.saved);
  if (saved.length) lines.push('', chalk.bold(`Saved in ${libraryDir}`), ...saved.map(row));
  return lines.join('\n');
}
