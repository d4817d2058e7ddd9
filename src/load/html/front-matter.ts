import { dump } from 'js-yaml';
import type { Meta } from '../../model.js';

/**
 * A Markdown file with YAML front matter: what `article save` writes, and the
 * text the HTML loader parses, so a saved page reads back exactly as it was read.
 */
export function markdownWithFrontMatter(meta: Meta, body: string): string {
  // Lists and maps a hand-written file had (`tags: [a, b]`) are kept, as are numbers and booleans.
  const fields = Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined && value !== null && value !== ''));
  const front = Object.keys(fields).length > 0 ? `---\n${dump(fields, { lineWidth: -1, skipInvalid: true })}---\n\n` : '';
  return `${front}${body.trim()}\n`;
}
