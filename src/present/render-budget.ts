import chalk from 'chalk';
import { Worker } from 'node:worker_threads';
import { renderMarkdown, type RenderContext } from './markdown.js';

/** Markdown this small renders in the main thread: no input that size is slow, and a worker costs start-up. */
const INLINE_LIMIT = 32 * 1024;

/** Time allowed for rendering: enough for a real 10 MB article, not for a pathological one. */
function renderBudgetMs(bytes: number): number {
  return 1500 + Math.ceil(bytes / (1024 * 1024)) * 300;
}

/** Rendered Markdown, or why there is none: too slow for its budget, or the renderer failed. */
export type Rendering = { text: string } | { failed: 'too slow' | 'broken' };

/**
 * Render Markdown within a time budget. On failure the caller falls back to
 * plain text; the reason lets it say which happened.
 */
export async function renderWithin(markdown: string, ctx: RenderContext, budgetMs = renderBudgetMs(markdown.length)): Promise<Rendering> {
  if (markdown.length <= INLINE_LIMIT) {
    try {
      return { text: renderMarkdown(markdown, ctx) };
    } catch {
      return { failed: 'broken' };
    }
  }
  // The build puts render-worker.js beside every command's file in dist/.
  const worker = new Worker(new URL('./render-worker.js', import.meta.url), {
    workerData: { markdown, ctx, level: chalk.level },
    stdout: false,
    stderr: true,
  });
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish({ failed: 'too slow' }), budgetMs);
    function finish(result: Rendering) {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    }
    worker.once('message', (text: string) => finish({ text }));
    worker.once('error', () => finish({ failed: 'broken' }));
    worker.once('exit', () => finish({ failed: 'broken' }));
  });
}
