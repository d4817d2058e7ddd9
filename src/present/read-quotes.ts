import chalk, { type ChalkInstance } from 'chalk';
import type { Quote, Speaker } from '../analyze/quotes/index.js';
import type { Article, Section } from '../model.js';
import type { OutputContext } from './context.js';
import { UNCERTAIN } from './quotes.js';
import { wrap } from './text.js';

// One colour per speaker, in the order they are first quoted; more speakers than colours reuse them.
const PALETTE: ChalkInstance[] = [chalk.cyan, chalk.magenta, chalk.yellow, chalk.green, chalk.blue, chalk.red, chalk.cyanBright, chalk.magentaBright, chalk.yellowBright, chalk.greenBright];
const OPENING_MARKS = new Set([...'"“‘\'„«']);
const CLOSING_MARKS = new Set([...'"”’\'»']);

/**
 * The article as wrapped text with every quote highlighted in its speaker's colour and the
 * speaker named after it (`[Trump]`, `[Trump?]` when uncertain), under a key of the speakers.
 * Without colour the marks and names alone show who said what.
 */
export function presentQuotedArticle(article: Article, quotes: Quote[], ctx: OutputContext, section?: Section): string {
  const colours = new Map<string, ChalkInstance>();
  for (const q of quotes) {
    const key = speakerKey(q.speaker);
    if (key && !colours.has(key)) colours.set(key, PALETTE[colours.size % PALETTE.length]!);
  }
  const colourOf = (speaker: Speaker | null) => colours.get(speakerKey(speaker) ?? '') ?? chalk.dim;
  const parts = [chalk.bold(wrap(article.title, ctx.width))];
  if (colours.size) parts.push(wrap([...colours].map(([name, colour]) => colour(`■ ${name}`)).join('  '), ctx.width));
  else parts.push(chalk.dim('No direct quotes in this article.'));
  const byParagraph = new Map<number, Quote[]>();
  for (const q of quotes) if (q.paragraph !== null) byParagraph.set(q.paragraph, [...(byParagraph.get(q.paragraph) ?? []), q]);
  for (const s of section ? [section] : article.sections) {
    if (s.title) parts.push(chalk.bold(wrap(s.title, ctx.width)));
    for (const p of s.paragraphs) parts.push(wrap(highlighted(p.text, p.start, byParagraph.get(p.index) ?? [], colourOf), ctx.width));
  }
  return `${parts.join('\n\n')}\n`;
}

// The paragraph's words with each quote's words (its marks included) in its speaker's colour,
// each word styled alone so that a wrapped or paged line never carries a colour over.
function highlighted(text: string, offset: number, quotes: Quote[], colourOf: (speaker: Speaker | null) => ChalkInstance): string {
  let out = '';
  let at = 0;
  for (const q of quotes) {
    let start = q.start - offset;
    let end = q.end - offset;
    if (start < at || end > text.length) continue;
    while (start > at && OPENING_MARKS.has(text[start - 1]!)) start--;
    while (end < text.length && CLOSING_MARKS.has(text[end]!)) end++;
    const colour = colourOf(q.speaker);
    // The speaker goes after the words that close the quote's clause (`,"` or `."`), not inside them.
    out += text.slice(at, start) + styleWords(text.slice(start, end), colour) + ' ' + colour.dim(`[${label(q.speaker)}]`);
    at = end;
  }
  return out + text.slice(at);
}

function styleWords(text: string, style: ChalkInstance): string {
  return text.split(/(\s+)/).map((w) => (/\S/.test(w) ? style(w) : w)).join('');
}

function speakerKey(speaker: Speaker | null): string | null {
  return speaker?.name ?? speaker?.description ?? null;
}

function label(speaker: Speaker | null): string {
  const key = speakerKey(speaker);
  if (!speaker || !key) return 'unattributed';
  return speaker.confidence < UNCERTAIN ? `${key}?` : key;
}
