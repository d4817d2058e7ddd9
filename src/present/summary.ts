import chalk from 'chalk';
import type { ArticleStats } from '../analyze/stats.js';
import type { SummarySentence } from '../analyze/summary.js';
import type { Article } from '../model.js';
import type { OutputContext } from './context.js';
import { counted, wrap } from './text.js';

/** The counts shown under the headline; `quotedPeople` is left out when unknown. */
export interface SummaryMeta {
  stats: ArticleStats;
  quotedPeople?: number;
  /** `quotedPeople` counts only the first part of a very long text. */
  quotedPeopleAtLeast?: boolean;
}

/** Headline, one line of meta, then the gist sentences as wrapped bullets. */
export function presentSummary(article: Article, meta: SummaryMeta, sentences: SummarySentence[], ctx: OutputContext): string {
  const lines = [chalk.bold(wrap(article.title, ctx.width)), chalk.dim(wrap(metaLine(meta), ctx.width)), ''];
  if (sentences.length === 0) lines.push(chalk.dim('(no sentences to summarise)'));
  // The bullet takes two columns, so the text wraps two columns narrower and hangs under itself.
  for (const s of sentences) lines.push(`${chalk.cyan('•')} ${wrap(s.text, ctx.width - 2).replaceAll('\n', '\n  ')}`);
  return lines.join('\n');
}

/** `1,234 words · 5 min read · 4 sections · 3 people quoted` (`at least 3 people quoted` past the count's reach) */
export function metaLine({ stats, quotedPeople, quotedPeopleAtLeast }: SummaryMeta): string {
  const parts = [
    counted(stats.words, 'word'),
    `${stats.readingMinutes} min read`,
    counted(stats.sections, 'section'),
  ];
  if (quotedPeople !== undefined) {
    parts.push(`${quotedPeopleAtLeast ? 'at least ' : ''}${quotedPeople} ${quotedPeople === 1 ? 'person' : 'people'} quoted`);
  }
  return parts.join(' · ');
}

