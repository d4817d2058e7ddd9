import chalk from 'chalk';
import type { OutputContext } from './context.js';
import { renderMarkdown, RenderTimeout } from './markdown.js';

/**
 * Markdown this small renders in the main thread, where a worker would cost
 * start-up; it is under the same deadline, checked by the renderer as it goes.
 */
const INLINE_LIMIT = 32 * 1024;

/** Paragraphs past which an article is not rendered at all: a real 10 MB article has about 35,000. */
export const MAX_RENDER_BLOCKS = 100_000;

/** Time allowed for rendering: enough for a real 10 MB article, not for a pathological one. */
function renderBudgetMs(bytes: number): number {
  return 1000 + Math.ceil(bytes / (1024 * 1024)) * 300;
}

/** Rendered Markdown, or why there is none: too slow for its budget, too many blocks to try, or the renderer failed. */
export type Rendering = { text: string } | { failed: 'too slow' | 'too big' | 'broken' };

/**
 * Render Markdown within a time budget. On failure the caller falls back to
 * plain text; the reason lets it say which happened.
 */
export async function renderWithin(markdown: string, ctx: OutputContext, budgetMs = renderBudgetMs(markdown.length)): Promise<Rendering> {
  if (markdown.length <= INLINE_LIMIT) {
    try {
      return { text: renderMarkdown(markdown, ctx, performance.now() + budgetMs) };
    } catch (err) {
      return { failed: err instanceof RenderTimeout ? 'too slow' : 'broken' };
    }
  }
  // worker_threads loads only for a body this big; the build puts render-worker.js beside every command's file in dist/.
  const { Worker } = await import('node:worker_threads');
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
