import chalk from 'chalk';
import { Worker } from 'node:worker_threads';
import type { OutputContext } from './context.js';
import { renderMarkdown } from './markdown.js';

/** Markdown this small renders in the main thread: no input that size is slow, and a worker costs start-up. */
const INLINE_LIMIT = 32 * 1024;

/** Time allowed for rendering: enough for a real 10 MB article, not for a pathological one. */
export function renderBudgetMs(bytes: number): number {
  return 1500 + Math.ceil(bytes / (1024 * 1024)) * 300;
}

/**
 * Render Markdown within a time budget; resolves undefined when the budget
 * runs out or the renderer fails, so the caller can fall back to plain text.
 */
export async function renderWithin(markdown: string, ctx: OutputContext, budgetMs = renderBudgetMs(markdown.length)): Promise<string | undefined> {
  if (markdown.length <= INLINE_LIMIT) {
    try {
      return renderMarkdown(markdown, ctx);
    } catch {
      return undefined;
    }
  }
  // The build puts render-worker.js beside every command's file in dist/.
  const worker = new Worker(new URL('./render-worker.js', import.meta.url), {
    workerData: { markdown, ctx, level: chalk.level },
    stdout: false,
    stderr: true,
  });
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(undefined), budgetMs);
    function finish(result: string | undefined) {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    }
    worker.once('message', (rendered: string) => finish(rendered));
    worker.once('error', () => finish(undefined));
    worker.once('exit', () => finish(undefined));
  });
}
