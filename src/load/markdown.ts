import type { Document } from '../model.js';
import { splitFrontMatter } from './front-matter.js';
import { scanMarkdown } from '../markdown-blocks.js';
import { capNesting } from './markdown-guard.js';

/** Markdown with optional YAML front matter; headings become sections. */
export function parseMarkdown(text: string, source: string, fallbackTitle: string): Document {
  const { meta, body: written } = splitFrontMatter(text, source);
  const body = capNesting(written);
  const { blocks, headings, firstBlock } = scanMarkdown(body);
  let markdown = body;
  let title = typeof meta.title === 'string' ? meta.title.trim() : '';
  // Without a title in the front matter, a leading level-1 heading is the title.
  const lead = headings[0];
  // With one, a leading heading that repeats it is not shown twice.
  if (lead?.level === 1 && lead.start === firstBlock && (!title || sameText(title, lead.text))) {
    title ||= lead.text;
    blocks.shift();
    markdown = body.slice(lead.end);
  }
  return { source, meta, title: title || fallbackTitle, blocks, markdown: trimBlankLines(markdown) };
}

// Only whole blank lines go from the start: the first line's indentation can make it code,
// and `read --section` scans this text again and must find the same headings.
function trimBlankLines(markdown: string): string {
  return markdown.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}
