import chalk from 'chalk';
import type { Expert, Quote, Speaker } from '../analyze/quotes/index.js';
import type { Article } from '../model.js';
import type { OutputContext } from './context.js';
import { counted, fit, visibleWidth, wrap } from './text.js';

const INDENT = '  ';

/** Below this confidence a speaker is shown as a guess, marked uncertain. */
export const UNCERTAIN = 0.5;

/** Every quote grouped by section: the words wrapped and italic, the speaker and role beneath. */
export function presentQuotes(article: Article, quotes: Quote[], ctx: OutputContext, filters: { speaker?: string; minConfidence?: number } = {}): string {
  const lines = [chalk.bold(fit(article.title, ctx.width))];
  if (quotes.length === 0) {
    const which = [filters.speaker && `by a speaker matching "${filters.speaker}"`, filters.minConfidence !== undefined && `with a speaker at least ${filters.minConfidence} likely`].filter(Boolean);
    lines.push('', chalk.dim(which.length ? `No quotes ${which.join(' ')}.` : 'No direct quotes in this article.'));
    return lines.join('\n');
  }
  let group: string | undefined;
  for (const quote of quotes) {
    const heading = quote.paragraph === null ? 'Headline' : quote.section ?? 'Lead';
    if (heading !== group) {
      group = heading;
      lines.push('', chalk.bold.underline(fit(heading, ctx.width)));
    }
    lines.push('', ...indented(quoted(quote.text), ctx.width, chalk.italic));
    lines.push(...attributionLines(quote, ctx.width));
  }
  const people = new Set(quotes.map((q) => q.speaker?.name ?? q.speaker?.description).filter(Boolean)).size;
  lines.push('', chalk.dim(`${counted(quotes.length, 'quote')} · ${counted(people, 'speaker')}`));
  return lines.join('\n');
}

/** One block per person quoted: name, role and organisation, how often quoted, the first quote. */
export function presentExperts(article: Article, experts: Expert[], ctx: OutputContext): string {
  const lines = [chalk.bold(fit(article.title, ctx.width))];
  if (experts.length === 0) {
    lines.push('', chalk.dim('Nobody is quoted in this article.'));
    return lines.join('\n');
  }
  for (const expert of experts) {
    const count = chalk.dim(`· ${counted(expert.quotes, 'quote')}`);
    const name = expert.name ? chalk.bold(expert.name) : chalk.bold.dim('(unnamed)');
    lines.push('', `${name} ${count}`);
    const role = [expert.description, orgUnlessMentioned(expert)].filter(Boolean).join(' · ');
    if (role) lines.push(...indented(role, ctx.width, chalk.dim));
    lines.push(...indented(quoted(expert.firstQuote), ctx.width, chalk.italic));
  }
  return lines.join('\n');
}

// `— Dr. Park Ji-young, a security analyst at the Sejong Institute`; a role too long for
// the line goes beneath the name.
function attributionLines(quote: Quote, width: number): string[] {
  const speaker: Speaker | null = quote.speaker;
  if (!speaker || (!speaker.name && !speaker.description)) return [INDENT + chalk.dim('— unattributed')];
  const name = speaker.name ? [speaker.honorific, speaker.name].filter(Boolean).join(' ') : '';
  // A quote that continues the one before needs the name, not the role again.
  const role = quote.continues && name ? '' : speaker.description ?? '';
  const more = chalk.dim([quote.continues && ' (continued)', speaker.confidence < UNCERTAIN && ' (uncertain)'].filter(Boolean).join(''));
  if (!name) return indented(`— ${role}${speaker.confidence < UNCERTAIN ? ' (uncertain)' : ''}`, width, chalk.dim);
  if (!role) return [`${INDENT}— ${chalk.bold(name)}${more}`];
  if (visibleWidth(`${INDENT}— ${name}${more}, ${role}`) <= width) return [`${INDENT}— ${chalk.bold(name)}${more}${chalk.dim(`, ${role}`)}`];
  return [`${INDENT}— ${chalk.bold(name)}${more}`, ...indented(role, width - INDENT.length, chalk.dim).map((l) => INDENT + l)];
}

// Wrapped to the width under a two-space indent, each line styled on its own (pagers cut lines).
function indented(text: string, width: number, style: (s: string) => string): string[] {
  return wrap(text, width - INDENT.length)
    .split('\n')
    .map((line) => INDENT + style(line));
}

function orgUnlessMentioned(expert: Expert): string | null {
  if (!expert.organization) return null;
  return expert.description?.includes(expert.organization) || expert.name === expert.organization ? null : expert.organization;
}


// The quote in double marks; a quote inside it takes single ones, as print does
// (`“…a doctor had typed ‘homicidal ideation.’”`), so marks never double up.
function quoted(text: string): string {
  const inner = text.replace(/“([^”]*)”/g, '‘$1’').replace(/"([^"]*)"/g, '‘$1’').replace(/“/g, '‘').replace(/”/g, '’');
  return `“${inner}”`;
}
