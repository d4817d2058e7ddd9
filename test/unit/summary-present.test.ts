import { stripVTControlCharacters } from 'node:util';
import chalk from 'chalk';
import { afterEach, describe, expect, it } from 'vitest';
import type { SummarySentence } from '../../src/analyze/summary.js';
import { buildArticle } from '../../src/model.js';
import type { OutputContext } from '../../src/present/context.js';
import { metaLine, presentSummary } from '../../src/present/summary.js';

const stats = (words: number, sections: number) => ({ words, readingMinutes: Math.max(1, Math.round(words / 230)), sections, paragraphs: 1, sentences: 1 });
const ctx = (width: number): OutputContext => ({ width, color: false, tty: false, rows: 0, pager: false });
const article = buildArticle({ source: 'x', meta: {}, title: 'Harbour reopens after storm', blocks: [], markdown: '' });
const sentence = (text: string): SummarySentence => ({ text, section: null, paragraph: 0, start: 0, end: text.length });

describe('metaLine', () => {
  it.each([
    [{ stats: stats(1234, 4), quotedPeople: 3 }, '1,234 words · 5 min read · 4 sections · 3 people quoted'],
    [{ stats: stats(1, 1), quotedPeople: 1 }, '1 word · 1 min read · 1 section · 1 person quoted'],
    [{ stats: stats(500, 2), quotedPeople: 0 }, '500 words · 2 min read · 2 sections · 0 people quoted'],
    [{ stats: stats(500, 2) }, '500 words · 2 min read · 2 sections'],
    [{ stats: stats(900000, 1), quotedPeople: 57, quotedPeopleAtLeast: true }, '900,000 words · 3913 min read · 1 section · at least 57 people quoted'],
  ])('%j', (meta, expected) => {
    expect(metaLine(meta)).toBe(expected);
  });
});

describe('presentSummary', () => {
  const level = chalk.level;
  afterEach(() => {
    chalk.level = level;
  });
  const long = 'The city harbour reopened on Monday after a storm closed it for three days and forty ships waited offshore.';

  it.each([30, 50, 80])('wraps bullets to %i columns with a hanging indent', (width) => {
    chalk.level = 0;
    const out = presentSummary(article, { stats: stats(300, 1) }, [sentence(long), sentence('Repairs will take six weeks.')], ctx(width));
    const [head, gist] = out.split('\n\n');
    expect(head!.replace(/\s+/g, ' ')).toBe('Harbour reopens after storm 300 words · 1 min read · 1 section');
    expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(width);
    const body = gist!.split('\n');
    expect(body.filter((l) => l.startsWith('• '))).toHaveLength(2);
    expect(body.every((l) => l.startsWith('• ') || l.startsWith('  '))).toBe(true);
    expect(body.join(' ').replace(/\s+/g, ' ')).toContain(long);
  });

  it('colours the headline, meta and bullets when colour is on', () => {
    chalk.level = 1;
    const out = presentSummary(article, { stats: stats(300, 1) }, [sentence(long)], { ...ctx(80), color: true });
    expect(out).toContain(chalk.bold('Harbour reopens after storm'));
    expect(out).toContain(chalk.cyan('•'));
    expect(stripVTControlCharacters(out)).not.toBe(out);
  });

  it('says so when there is nothing to summarise', () => {
    chalk.level = 0;
    expect(presentSummary(article, { stats: stats(0, 1) }, [], ctx(80))).toContain('(no sentences to summarise)');
  });
});
