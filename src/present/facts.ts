import chalk from 'chalk';
import { byKind, type Fact, type FactKind } from '../analyze/facts/index.js';
import type { Article } from '../model.js';
import type { OutputContext } from './context.js';
import { fit, formatCompact, formatNumber, padEndVisible, visibleWidth, wrap } from './text.js';

const HEADINGS: Record<FactKind, string> = {
  date: 'Dates',
  duration: 'Durations and relative times',
  quantity: 'Quantities',
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
};

const LABEL_MAX = 26;

/**
 * Rows a kind shows in the box: more than any article needs, few enough that a text made of
 * numbers (`5% 5% 5% ...`) cannot bury the terminal; --json still gives every fact.
 */
export const ROWS_PER_KIND = 500;

/** The fact box: facts grouped by kind, each value highlighted inside the shortest clause that explains it. */
export function presentFacts(article: Article, date: string | null, facts: Fact[], ctx: OutputContext): string {
  let lines = header(article, date, ctx);
  if (facts.length === 0) return [...lines, '', chalk.dim('No facts found.')].join('\n');
  for (const group of byKind(facts)) {
    if (group.length === 0) continue;
    const kind = group[0]!.kind;
    // concat, not push(...): a group can hold more facts than a call takes arguments
    lines = lines.concat('', chalk.bold.underline(HEADINGS[kind]), cappedRows(group, ctx));
  }
  return lines.join('\n');
}

/** The timeline: dated facts in time order (as `timeline` gives them), each with what happened then. */
export function presentTimeline(article: Article, date: string | null, dated: Fact[], ctx: OutputContext): string {
  const lines = header(article, date, ctx);
  if (dated.length === 0) return [...lines, '', chalk.dim('No dated events found.')].join('\n');
  return lines.concat('', chalk.bold.underline('Timeline'), cappedRows(dated, ctx)).join('\n');
}

function header(article: Article, date: string | null, ctx: OutputContext): string[] {
  const lines = [chalk.bold(fit(article.title, ctx.width))];
  // The date relative ones were counted from ("yesterday", "last week"), so the reader can check them.
  if (date) lines.push(chalk.dim(`dated ${date}`));
  return lines;
}

// The rows of the first ROWS_PER_KIND facts, then how many more --json gives.
function cappedRows(facts: Fact[], ctx: OutputContext): string[] {
  const shown = rows(facts.slice(0, ROWS_PER_KIND), ctx);
  if (facts.length > ROWS_PER_KIND) shown.push(chalk.dim(`  … and ${formatNumber(facts.length - ROWS_PER_KIND)} more (all of them with --json)`));
  return shown;
}

// One row a fact: its label, then its clause with the fact's words highlighted.
function rows(group: Fact[], ctx: OutputContext): string[] {
  // An over-long label (a long name) takes its own line rather than widening the whole column.
  const labelWidth = group.reduce((w, f) => Math.max(w, Math.min(LABEL_MAX, visibleWidth(label(f)))), 0);
  const indent = ' '.repeat(labelWidth + 4);
  const room = Math.max(20, ctx.width - labelWidth - 4);
  return group.map((fact) => {
    const text = label(fact);
    const head = visibleWidth(text) > labelWidth ? `  ${chalk.cyan(text)}\n${indent}` : `  ${padEndVisible(chalk.cyan(text), labelWidth)}  `;
    // Names are explained by what follows them ("Park Ji-young, a security analyst"); values by what precedes.
    const { before, match, after } = clauseAround(fact.sentence, fact.at, fact.text.length, fact.kind === 'person' ? 'right' : 'left');
    // Wrap the plain clause, then colour the fact's words, so colour codes never count as width.
    const wrapped = wrap(`${before}\u0000${match}\u0001${after}`, room).split('\n').join(`\n${indent}`);
    return head + wrapped.replace(/\u0000([\s\S]*)\u0001/, (_, m: string) => chalk.yellow.bold(m));
  });
}

const SHORT_UNITS: Record<string, string> = {
  kilometer: 'km', mile: 'mi', meter: 'm', percent: '%', USD: '$', GBP: '£', EUR: '€', share: '',
};
const QUALIFIER_MARK: Record<string, string> = {
  about: '~', approximately: '~', around: '~', roughly: '~', some: '~', 'an estimated': '~', nearly: '<~', almost: '<~',
  'more than': '>', over: '>', 'at least': '≥', 'less than': '<', 'fewer than': '<', under: '<', 'up to': '≤', 'at most': '≤',
};

// The short value shown in the left column: a normalised date, `4 months after`, `~6 mi`, a name.
function label(fact: Fact): string {
  if (fact.kind === 'date') return String(fact.value ?? fact.text);
  if (fact.kind === 'duration') {
    const n = typeof fact.value === 'number' ? formatNumber(fact.value, 2) : fact.text;
    return `${n} ${fact.unit}${fact.value === 1 ? '' : 's'}${fact.relation ? ` ${fact.relation}` : ''}`;
  }
  if (fact.kind === 'quantity') {
    const mark = fact.qualifier ? (QUALIFIER_MARK[fact.qualifier] ?? '') : '';
    if (typeof fact.value !== 'number') return fact.text;
    if (fact.unit === 'share') return `${mark}${formatNumber(fact.value * 100, 2)}%`;
    const short = SHORT_UNITS[fact.unit ?? ''];
    if (short && /^[$£€]$/.test(short)) return `${mark}${short}${formatCompact(fact.value)}`;
    if (short !== undefined) return `${mark}${formatNumber(fact.value, 2)}${short === '%' ? '' : ' '}${short}`;
    // A count with what it counts: `4 anti-tank barriers`, not a bare `4`.
    return `${mark}${formatNumber(fact.value, 2)}${fact.unit ? ` ${fact.unit}` : ''}`;
  }
  return String(fact.value);
}

// Where a clause may end: punctuation and the words that open a new clause.
const BOUNDARY = /[,;:]?['’"”]?(?=\s)(?<=[,;:'’"”])|\s['‘"“]|[()—–]|\s-\s|\s(?=(?:when|while|which|who|whereas|where|although|because|but)\s)/g;
const MIN_EXTRA_WORDS = 3;
const MAX_SIDE_WORDS = 15;

/** Where the `n`th word before `at` starts (0 when there are fewer). */
function wordsBefore(text: string, at: number, n: number): number {
  let i = at;
  for (let seen = 0; i > 0; i--) {
    if (/\s/.test(text[i - 1]!) && i < at && !/\s/.test(text[i]!) && ++seen === n) return i;
  }
  return 0;
}

/** Where the `n`th word after `end` ends (the text's length when there are fewer). */
function wordsAfter(text: string, end: number, n: number): number {
  let i = end;
  for (let seen = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!) && i > end && !/\s/.test(text[i - 1]!) && ++seen === n) return i;
  }
  return text.length;
}

/**
 * The shortest clause of `sentence` around the fact at [at, at + length) that still explains it:
 * split at clause boundaries outside the fact, then widen (leftwards first,
 * where subject and verb usually are, unless told otherwise) until a few words besides the fact remain.
 */
export function clauseAround(sentence: string, at: number, length: number, widen: 'left' | 'right' = 'left'): { before: string; match: string; after: string } {
  const end = at + length;
  const text = sentence.slice(at, end);
  const cuts = [0];
  for (const m of sentence.matchAll(BOUNDARY)) {
    const cut = m.index! + m[0].length;
    if (m.index! + m[0].length <= at || m.index! >= end) cuts.push(m.index! < at ? cut : m.index!);
  }
  cuts.push(sentence.length);
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  let left = sorted.filter((c) => c <= at).length - 1;
  let right = sorted.findIndex((c) => c >= end);
  const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const needed = words(text) + MIN_EXTRA_WORDS;
  while (words(sentence.slice(sorted[left]!, sorted[right]!)) < needed && (left > 0 || right < sorted.length - 1)) {
    if (widen === 'left' ? left > 0 : right === sorted.length - 1) left--;
    else right++;
  }
  // A clause without boundaries (a long list of figures) is shown only near the fact.
  const from = Math.max(sorted[left]!, wordsBefore(sentence, at, MAX_SIDE_WORDS));
  const to = Math.min(sorted[right]!, wordsAfter(sentence, end, MAX_SIDE_WORDS));
  const trimmed = (s: string) => s.replace(/^[\s,;:"“”'‘’()—–-]+/, '');
  const before = (from > 0 ? '…' : '') + trimmed(sentence.slice(from, at));
  const tail = sentence.slice(end, to).replace(/[\s,;:"“”'’()—–-]+$/, '');
  const after = tail + (to < sentence.length && !/^[.!?'"’”]*$/.test(sentence.slice(to).trim()) ? '…' : '');
  return { before, match: text, after };
}
