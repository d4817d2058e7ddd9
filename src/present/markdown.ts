import chalk from 'chalk';
import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { OutputContext } from './context.js';
import { foldLines } from './text.js';

/** Thrown when rendering passes its deadline: the caller shows plain text instead. */
export class RenderTimeout extends Error {}

/**
 * Render Markdown for the terminal with marked-terminal, wrapped to the
 * context's width. Every lexing step, paragraph, list item and run of text
 * checks the clock, so a render past `deadline` (a performance.now() time)
 * stops with RenderTimeout.
 */
export function renderMarkdown(markdown: string, ctx: OutputContext, deadline = Infinity): string {
  const onTime = (text: string): string => {
    if (performance.now() > deadline) throw new RenderTimeout();
    return text;
  };
  const marked = new Marked();
  // marked's lexer is quadratic on some runs (`!` or `*a` repeated): each block and
  // each inline token starts with these two, so the clock is read between steps.
  const stepOnTime = (): false => {
    onTime('');
    return false;
  };
  marked.use({ tokenizer: { space: stepOnTime, escape: stepOnTime } });
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
      // marked-terminal's default chalk.reset around each item and paragraph doubles
      // every reset inside at each level of a nested list: exponential output.
      listitem: onTime,
      paragraph: onTime,
      text: onTime,
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
