import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import { linearTables } from './tables.js';

// The Joplin fork of the GFM plugin also turns tables without a header row into
// Markdown (the original keeps them as raw HTML, which the analyzers skip).
const turndown = new TurndownService({
  headingStyle: 'atx',
  bulletListMarker: '-',
  codeBlockStyle: 'fenced',
  emDelimiter: '_',
});
turndown.use(gfm);
turndown.use(linearTables);

/** An article's HTML (as Readability leaves it) to Markdown: headings, lists, links, quotes and tables kept. */
export function htmlToMarkdown(html: string): string {
  return turndown.turndown(html).trim();
}
