/**
 * Many sources in one call: folders, globs, feeds and lists of files or URLs
 * are expanded in order, analysed in worker threads (inline for a handful),
 * and answered per article in input order, then across all of them where the
 * command has an answer across (experts, facts). A source that fails is one
 * line on stderr, in its place; the others go on.
 */
import chalk from 'chalk';
import { ExpertsAcross, EntitiesAcross } from '../batch/across.js';
import { checkOptions, runJob, type ArticleSummary, type Format, type Job, type JobResult } from '../batch/job.js';
import { inOrder, WorkerPool } from '../batch/pool.js';
import { DEFAULT_SLUG } from '../load/bundled.js';
import { expandSources, type Expanded } from '../load/sources.js';
import { presentEntitiesAcross, presentExpertsAcross } from '../present/across.js';
import { outputContext } from '../present/context.js';
import { csvHeader, expertRows, type CsvCommand } from '../present/csv.js';
import { jsonText, writeError, writeOut } from '../present/output.js';
import { progressBar } from '../present/progress.js';
import { terminalSafe } from '../present/terminal-safe.js';
import type { CommonOptions } from './options.js';

// A worker costs tens of milliseconds to start: this few articles are quicker analysed inline.
const INLINE_MAX = 3;
// Jobs in flight per worker: enough to keep a core busy while a fetch waits, few enough to bound memory.
const PER_WORKER = 3;

/** Analyse every article the sources stand for; resolves to how many sources failed. */
export async function batch(command: string, sources: string[], options: CommonOptions): Promise<number> {
  checkOptions(command, options);
  const format: Format = options.csv ? 'csv' : options.jsonl ? 'jsonl' : options.json ? 'json' : 'text';
  const ctx = { ...outputContext(options), pager: false };
  const plain = Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v !== 'function')) as CommonOptions;

  const items: Expanded[] = [];
  for await (const item of expandSources(sources.length ? sources : [DEFAULT_SLUG], feedItems(options))) items.push(item);
  const articles = items.filter((i) => !('error' in i)).length;

  const pool = articles > INLINE_MAX ? new WorkerPool() : null;
  // Standard input belongs to the main thread.
  const run = (job: Job) => (pool && job.source !== '-' ? pool.run(job) : runJob(job));
  const progress = progressBar(articles, 'articles');
  const sharesTerminal = Boolean(process.stdout.isTTY);
  const sink = new Sink(command, format, ctx.width);
  let failed = 0;
  try {
    await sink.start();
    await inOrder(
      items,
      (item): Promise<JobResult> =>
        'error' in item
          ? Promise.resolve({ ok: false, error: `article: ${item.error}` })
          : run({ command, source: item.source, options: plain, format, ctx, colorLevel: chalk.level }),
      (pool?.size ?? 1) * PER_WORKER,
      async (result) => {
        progress.tick();
        // On a terminal, the bar steps aside while the answer is written above it.
        if (sharesTerminal) progress.hide();
        if (result.ok) await sink.add(result.out, result.article);
        else {
          failed++;
          sink.failed(result.error);
          if (!sharesTerminal) progress.hide();
          writeError(result.error);
          if (!sharesTerminal) progress.show();
        }
        if (sharesTerminal) progress.show();
      },
    );
    progress.end();
    await sink.finish(ctx);
  } finally {
    progress.end();
    await pool?.close();
  }
  return failed;
}

// Feeds are parsed only when a source is one.
function feedItems(options: CommonOptions) {
  return async (source: string) => (await import('../load/feed.js')).feedItemLinks(source, options);
}

/** Where the answers go: per article as they come, in order, then the answer across all. */
class Sink {
  /** Articles read, and answers written so far. */
  private read = 0;
  private written = 0;
  private readonly errors: string[] = [];
  private readonly experts?: ExpertsAcross;
  private readonly entities?: EntitiesAcross;

  constructor(
    private readonly command: string,
    private readonly format: Format,
    private readonly width: number,
  ) {
    if (command === 'experts') this.experts = new ExpertsAcross();
    if (command === 'facts') this.entities = new EntitiesAcross();
  }

  start(): Promise<void> {
    if (this.format === 'json') return writeOut('{\n  "articles": [');
    if (this.format === 'csv') return writeOut(csvHeader(this.command as CsvCommand));
    return Promise.resolve();
  }

  async add(out: string, article: ArticleSummary): Promise<void> {
    this.experts?.add(article);
    this.entities?.add(article);
    this.read++;
    if (!out) return;
    const first = this.written++ === 0;
    if (this.format === 'json') return writeOut(`${first ? '' : ','}\n${out}`);
    if (this.format === 'text') return writeOut(`${first ? '' : `\n${chalk.dim('─'.repeat(this.width))}\n\n`}${out}\n`);
    return writeOut(out);
  }

  failed(error: string): void {
    this.errors.push(error.replace(/^article: /, ''));
  }

  async finish(ctx: ReturnType<typeof outputContext>): Promise<void> {
    const experts = this.experts?.result();
    const entities = this.entities?.result();
    const articles = this.read;
    if (this.format === 'json') {
      const tail: Record<string, unknown> = {};
      if (experts) tail.experts = experts;
      if (entities) tail.entities = entities;
      tail.errors = this.errors;
      const fields = Object.entries(tail).map(([k, v]) => `  ${JSON.stringify(k)}: ${jsonText(v).replace(/\n/g, '\n  ')}`);
      return writeOut(`${this.written ? '\n  ' : ''}],\n${fields.join(',\n')}\n}\n`);
    }
    if (this.format === 'csv' && experts) return writeOut(expertRows(experts));
    if (this.format !== 'text') return;
    if (experts) return writeOut(`${terminalSafe(presentExpertsAcross(experts, articles, ctx))}\n`);
    if (entities && articles > 1) {
      return writeOut(`\n${chalk.dim('═'.repeat(this.width))}\n\n${terminalSafe(presentEntitiesAcross(entities, articles, ctx))}\n`);
    }
  }
}
