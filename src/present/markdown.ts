import chalk from 'chalk';
import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { OutputContext } from './context.js';
import { foldLines } from './text.js';

/** Render Markdown for the terminal with marked-terminal, wrapped to the context's width. */
export function renderMarkdown(markdown: string, ctx: OutputContext): string {
  const marked = new Marked();
  marked.use(
    markedTerminal({
      width: ctx.width,
      reflowText: true,
      showSectionPrefix: false,
      tab: 2,
      emoji: false,
      heading: chalk.bold.cyan,
      firstHeading: chalk.bold.cyan,
      blockquote: chalk.italic.gray,
      strong: chalk.bold,
      em: chalk.italic,
      codespan: chalk.yellow,
      link: chalk.blue,
      href: chalk.blue.underline,
      // cli-table3 colours by its own rules, so tell it plainly when colour is off.
      tableOptions: ctx.color ? {} : { style: { head: [], border: [] } },
    }) as never,
  );
  const out = marked.parse(markdown, { async: false }) as string;
  return foldLines(out.replace(/\n{3,}/g, '\n\n').trimEnd(), ctx.width);
}
