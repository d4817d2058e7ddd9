/**
 * CSV for spreadsheets (RFC 4180): a header of stable column names, one row per
 * quote, fact or person, fields quoted when they hold a comma, a quote mark or
 * a line break, lines ending CRLF. The columns are documented in the README.
 */
import type { Fact } from '../analyze/facts/index.js';
import type { Quote } from '../analyze/quotes/index.js';
import type { AcrossExpert } from '../batch/across.js';
import { terminalSafe } from './terminal-safe.js';

export const CSV_COLUMNS = {
  quotes: ['source', 'title', 'section', 'paragraph', 'speaker', 'honorific', 'description', 'organization', 'verb', 'continues', 'text'],
  facts: ['source', 'title', 'kind', 'text', 'value', 'unit', 'qualifier', 'section', 'sentence'],
  experts: ['name', 'description', 'organization', 'articles', 'quotes', 'outlets', 'first_quote', 'first_source'],
} as const;

export type CsvCommand = keyof typeof CSV_COLUMNS;

export function csvHeader(command: CsvCommand): string {
  return csvLine(CSV_COLUMNS[command]);
}

/** The rows of one article's JSON answer (quotes or facts). */
export function csvRows(command: string, doc: Record<string, unknown>): string {
  const { title, source } = doc.article as { title: string; source: string };
  if (command === 'quotes') {
    return (doc.quotes as Quote[])
      .map((q) => {
        const s = q.speaker;
        return csvLine([source, title, q.section, q.paragraph, s?.name, s?.honorific, s?.description, s?.organization, q.verb, q.continues, q.text]);
      })
      .join('');
  }
  return (doc.facts as Fact[])
    .map((f) => csvLine([source, title, f.kind, f.text, f.value, f.unit, f.qualifier, f.section, f.sentence]))
    .join('');
}

/** One row per person quoted across the articles. */
export function expertRows(experts: AcrossExpert[]): string {
  return experts
    .map((e) => csvLine([e.name, e.description, e.organization, e.articles, e.quotes, e.outlets.join('; '), e.firstQuote, e.firstSource]))
    .join('');
}

function csvLine(values: readonly unknown[]): string {
  return `${values.map(field).join(',')}\r\n`;
}

// A spreadsheet runs a cell that starts with = + - @ as a formula; an article's words must
// stay words, so such a cell starts with an apostrophe (numbers stay numbers).
const FORMULA = /^[=+@\t]|^-(?![\d.]|$)/;

function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = terminalSafe(String(value), false);
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
