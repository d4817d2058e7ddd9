import chalk from 'chalk';
import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { scanMarkdown } from '../load/markdown-blocks.js';
import type { OutputContext } from './context.js';

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
  return out.replace(/\n{3,}/g, '\n\n').trimEnd();
}

/**
 * Split Markdown into the chunks the model calls sections: the lead, then one
 * chunk per top-level heading (with the heading), in order. The cuts are the
 * heading offsets the model's own scanner reports, so the numbers always agree.
 */
export function splitSections(markdown: string): string[] {
  const cuts = scanMarkdown(markdown).headings.filter((h) => h.text).map((h) => h.start);
  return [0, ...cuts].map((from, k) => markdown.slice(from, cuts[k] ?? markdown.length));
}
