import chalk from 'chalk';
import type { AcrossExpert, Counted, EntityCounts } from '../batch/across.js';
import type { OutputContext } from './context.js';
import { counted, fit, formatNumber, padEndVisible } from './text.js';

/** The people quoted across many articles: one row each, quotes and articles counted, the role after. */
export function presentExpertsAcross(experts: AcrossExpert[], articles: number, ctx: OutputContext): string {
  const lines = [chalk.bold(`People quoted across ${counted(articles, 'article')}`), ''];
  if (experts.length === 0) return [...lines, chalk.dim('Nobody named is quoted in these articles.')].join('\n');
  const quotesWidth = Math.max(6, ...experts.map((e) => String(e.quotes).length));
  const articlesWidth = Math.max(8, ...experts.map((e) => String(e.articles).length));
  const nameWidth = Math.min(30, Math.max(4, ...experts.map((e) => e.name.length)));
  const fixed = quotesWidth + articlesWidth + nameWidth + 8;
  lines.push(chalk.dim(`  ${'quotes'.padStart(quotesWidth)}  ${'articles'.padStart(articlesWidth)}  ${'name'.padEnd(nameWidth)}  role`));
  for (const e of experts) {
    const role = [e.description, e.organization && !e.description?.includes(e.organization) ? e.organization : null].filter(Boolean).join(' · ');
    const outlets = e.outlets.length ? `(${e.outlets.join(', ')})` : '';
    const rest = ctx.width - fixed;
    lines.push(
      `  ${chalk.cyan(String(e.quotes).padStart(quotesWidth))}  ${String(e.articles).padStart(articlesWidth)}  ${padEndVisible(chalk.bold(fit(e.name, nameWidth)), nameWidth)}  ${rest >= 10 ? chalk.dim(fit([role, outlets].filter(Boolean).join(' '), rest)) : ''}`.trimEnd(),
    );
  }
  const quotes = experts.reduce((n, e) => n + e.quotes, 0);
  lines.push('', chalk.dim(`${formatNumber(experts.length)} ${experts.length === 1 ? 'person' : 'people'} · ${counted(quotes, 'quote')}`));
  return lines.join('\n');
}

const ENTITY_HEADINGS: Record<keyof EntityCounts, string> = { people: 'People', organizations: 'Organisations', places: 'Places' };

/** People, organisations and places across many articles, each with the number of articles naming it. */
export function presentEntitiesAcross(entities: EntityCounts, articles: number, ctx: OutputContext): string {
  const lines = [chalk.bold(`Named across ${counted(articles, 'article')}`)];
  for (const kind of Object.keys(ENTITY_HEADINGS) as Array<keyof EntityCounts>) {
    const list: Counted[] = entities[kind];
    if (list.length === 0) continue;
    lines.push('', chalk.bold.underline(ENTITY_HEADINGS[kind]));
    const width = String(list[0]!.articles).length;
    for (const e of list) lines.push(`  ${chalk.cyan(String(e.articles).padStart(width))}  ${fit(e.name, ctx.width - width - 4)}`);
  }
  if (lines.length === 1) lines.push('', chalk.dim('No people, organisations or places found.'));
  return lines.join('\n');
}
