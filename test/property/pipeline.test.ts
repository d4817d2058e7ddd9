/**
 * Property-based tests: for arbitrary text and arbitrary Markdown-shaped
 * documents, every loader, analyzer and presenter returns or throws our own
 * ArticleError; offsets stay inside the text; findings are substrings of the
 * article; presented output carries no control character from the input.
 * Seeded, so a failure reproduces: FC_SEED and FC_RUNS override the defaults.
 */
import chalk from 'chalk';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/analyze/facts/index.js';
import { collectExperts, extractQuotes } from '../../src/analyze/quotes/index.js';
import { tableOfContents, articleStats } from '../../src/analyze/stats.js';
import { summarize } from '../../src/analyze/summary.js';
import { ArticleError } from '../../src/errors.js';
import { decodeText } from '../../src/load/decode.js';
import { parseMarkdown } from '../../src/load/markdown.js';
import { parsePlainText } from '../../src/load/plaintext.js';
import { buildArticle, type Article } from '../../src/model.js';
import type { OutputContext } from '../../src/present/context.js';
import { presentFacts } from '../../src/present/facts.js';
import { presentExperts, presentQuotes } from '../../src/present/quotes.js';
import { renderMarkdown } from '../../src/present/markdown.js';
import { presentPlain } from '../../src/present/read.js';
import { presentSummary } from '../../src/present/summary.js';
import { presentInfo, presentSections } from '../../src/present/tables.js';
import { terminalSafe } from '../../src/present/terminal-safe.js';

const seed = Number(process.env.FC_SEED ?? 20261126);
const numRuns = Number(process.env.FC_RUNS ?? 3000);
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const ctx: OutputContext = { width: 60, color: false, tty: false, rows: 0, pager: false };

beforeAll(() => {
  fc.configureGlobal({ seed, numRuns });
  chalk.level = 0;
});

// Words that drive the engines: quote marks, speech verbs, names, numbers, dates, abbreviations.
const word = fc.constantFrom(
  'said', 'says', 'told', 'according to', 'he', 'she', 'Dr.', 'Mr.', 'U.S.', 'Park', 'Ji-young', 'Smith', 'Institute',
  'the', 'a', 'of', 'in', 'Seoul', 'North', 'Korea', '1953', 'October', '19,', '2025', '$3.36bn', '6.4%', '250', 'kilometers',
  '(160 miles)', 'about', 'four', 'months', '"', '“', '”', "'", '‘', '’', "soldier's", '—', '-', ',', '.', '?', '!', ':', ';',
  '*', '_', '`', '[', ']', '(', ')', '#', '>', '&#27;', '&amp;', '\u001b[31m', '\u009b', '\u202e', '\t', 'é', '中文', '🙂',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 25 }).map((ws) => ws.join(' '));
const anyText = fc.string({ unit: 'binary', maxLength: 300 });
const prose = fc.oneof(sentence, anyText);
const block = fc.oneof(
  prose,
  prose.map((t) => `## ${t}`),
  prose.map((t) => `> ${t}`),
  fc.array(prose, { maxLength: 4 }).map((items) => items.map((t) => `- ${t}`).join('\n')),
  prose.map((t) => `\`\`\`\n${t}\n\`\`\``),
  fc.tuple(prose, prose).map(([a, b]) => `| ${a} | ${b} |\n|---|---|\n| ${b} | ${a} |`),
  fc.nat({ max: 40 }).map((n) => `${'>'.repeat(n)} ${'- '.repeat(n)}deep`),
);
const markdownDoc = fc
  .tuple(fc.option(prose.map((t) => `---\ntitle: ${JSON.stringify(t)}\n---\n`), { nil: '' }), fc.array(block, { maxLength: 12 }), fc.constantFrom('\n\n', '\n'))
  .map(([front, blocks, sep]) => front + blocks.join(sep));
const textDoc = fc.array(prose, { maxLength: 12 }).map((lines) => lines.join('\n'));

/** The loader as the CLI runs it: bytes decoded, then parsed; undefined when refused with our error. */
function load(input: string, markdown: boolean): Article | undefined {
  try {
    const text = decodeText(Buffer.from(input, 'utf8'), 'input');
    return buildArticle(markdown ? parseMarkdown(text, 'input', 'Untitled') : parsePlainText(text, 'input'));
  } catch (err) {
    expect(err).toBeInstanceOf(ArticleError);
    return undefined;
  }
}

function checkModel(article: Article) {
  expect(article.text).not.toMatch(CONTROL);
  for (const section of article.sections) {
    for (const p of section.paragraphs) {
      expect(article.text.slice(p.start, p.end)).toBe(p.text);
      for (const s of p.sentences) {
        expect(s.start).toBeGreaterThanOrEqual(p.start);
        expect(s.end).toBeLessThanOrEqual(p.end);
        expect(article.text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  }
}

function checkAnalyzersAndPresenters(article: Article) {
  const quotes = extractQuotes(article);
  for (const q of quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(article.text.length);
    expect(article.text.slice(q.start, q.end)).toBe(q.text);
  }
  const experts = collectExperts(quotes);
  const facts = extractFacts(article);
  for (const f of facts.facts) expect(article.text).toContain(f.text);
  const summary = summarize(article, 3);
  for (const s of summary) expect(article.text).toContain(s.text);
  const outputs = [
    presentPlain(article, articleStats(article), ctx, renderMarkdown(article.markdown, { ...ctx, plain: true })),
    presentSections(article, tableOfContents(article), ctx),
    presentInfo(article, articleStats(article), ctx),
    presentQuotes(article, quotes, ctx),
    presentExperts(article, experts, ctx),
    presentFacts(article, facts.date, facts.facts, ctx),
    presentSummary(article, { stats: articleStats(article), quotedPeople: experts.length }, summary, ctx),
  ];
  for (const out of outputs) expect(out).not.toMatch(CONTROL);
}

describe('properties of the whole pipeline', () => {
  it('plain text: loads or refuses cleanly, offsets hold, analyzers and presenters stay clean', () => {
    fc.assert(
      fc.property(fc.oneof(textDoc, anyText), (input) => {
        const article = load(input, false);
        if (!article) return;
        checkModel(article);
        checkAnalyzersAndPresenters(article);
      }),
    );
  });

  it('Markdown: loads or refuses cleanly, offsets hold, analyzers and presenters stay clean', () => {
    fc.assert(
      fc.property(fc.oneof(markdownDoc, anyText), (input) => {
        const article = load(input, true);
        if (!article) return;
        checkModel(article);
        checkAnalyzersAndPresenters(article);
      }),
    );
  });

  it('the terminal gate lets no foreign control through', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(terminalSafe(text).replace(/\u001b\[[0-9;]*m/g, '').replace(/\u001b\]8;;[^\u0007]*\u0007/g, '')).not.toMatch(CONTROL);
        expect(terminalSafe(text, false)).not.toMatch(CONTROL);
      }),
      { numRuns: numRuns * 5 },
    );
  });
});
