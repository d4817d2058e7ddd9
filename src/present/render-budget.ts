import chalk from 'chalk';
import { createRequire } from 'node:module';
import type * as WorkerThreads from 'node:worker_threads';
import { nowMs, renderMarkdown, RenderTimeout, type RenderContext } from './markdown.js';

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
export async function renderWithin(markdown: string, ctx: RenderContext, budgetMs = renderBudgetMs(markdown.length)): Promise<Rendering> {
  if (markdown.length <= INLINE_LIMIT) {
    try {
      return { text: renderMarkdown(markdown, ctx, nowMs() + budgetMs) };
    } catch (err) {
      return { failed: err instanceof RenderTimeout ? 'too slow' : 'broken' };
    }
  }
  return startRenderer(ctx).render(markdown, budgetMs);
}

/** A worker that renders the Markdown it is given, once; `cancel` ends it unused. */
export interface Renderer {
  render(markdown: string, budgetMs?: number): Promise<Rendering>;
  cancel(): void;
}

/**
 * A renderer for a body of this many bytes whose Markdown is not known yet, or
 * undefined when it is small enough to render inline. Its worker boots (Node,
 * then marked) while the caller reads and models the article.
 */
export function rendererFor(bytes: number, ctx: RenderContext): Renderer | undefined {
  return bytes > INLINE_LIMIT ? startRenderer(ctx) : undefined;
}

function startRenderer(ctx: RenderContext): Renderer {
  // worker_threads loads only for a body this big, and at once: the worker must boot while the caller works.
  // The build puts render-worker.js beside every command's file in dist/.
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof WorkerThreads;
  const worker = new Worker(new URL('./render-worker.js', import.meta.url), {
    workerData: { ctx, level: chalk.level },
    stdout: false,
    stderr: true,
  });
  return {
    render: (markdown, budgetMs = renderBudgetMs(markdown.length)) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => finish({ failed: 'too slow' }), budgetMs);
        function finish(result: Rendering) {
          clearTimeout(timer);
          void worker.terminate();
          resolve(result);
        }
        worker.once('message', (text: string) => finish({ text }));
        worker.once('error', () => finish({ failed: 'broken' }));
        worker.once('exit', () => finish({ failed: 'broken' }));
        worker.postMessage(markdown);
      }),
    cancel: () => void worker.terminate(),
  };
}
