/**
 * Renders Markdown for the terminal in a worker thread, so that the main
 * thread can stop waiting (and end the worker) when marked or a table takes
 * too long. Bundled as its own entry: dist/render-worker.js.
 */
import chalk from 'chalk';
import { parentPort, workerData } from 'node:worker_threads';
import { renderMarkdown, type RenderContext } from './present/markdown.js';

// Started before the article is read (see render-budget.ts): the Markdown comes as the one message.
const { ctx, level } = workerData as { ctx: RenderContext; level: 0 | 1 | 2 | 3 };
chalk.level = level;
parentPort!.once('message', (markdown: string) => parentPort!.postMessage(renderMarkdown(markdown, ctx)));
