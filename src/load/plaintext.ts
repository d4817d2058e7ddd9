import type { Block, Document } from '../model.js';
import { splitSentences } from '../sentences.js';
import { escapeMarkdown } from './markdown-escape.js';

/**
 * Plain text: the first non-empty line is the title, unless it reads as prose
 * (then `fallbackTitle` is); paragraphs are separated by blank lines, or are
 * single lines where the text is not hard-wrapped; a short line without
 * closing punctuation that introduces a paragraph is a heading.
 */
export function parsePlainText(text: string, source: string, fallbackTitle = 'Untitled'): Document {
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && !lines[first]!.trim()) first++;
  const firstLine = (lines[first] ?? '').trim();
  const titled = !looksLikeProse(firstLine);
  const title = titled ? firstLine : fallbackTitle;
  const paragraphs = paragraphsOf(lines.slice(titled ? first + 1 : first));
  const blocks: Block[] = paragraphs.map((text, i) =>
    isHeading(paragraphs[i - 1], text, paragraphs[i + 1]) ? { kind: 'heading', level: 2, text } : { kind: 'paragraph', text },
  );
  return { source, meta: {}, title, blocks, markdown: toMarkdown(blocks) };
}

// A headline is short, a sentence or two ("Virginian could make history. Again."); a
// long line, or one of several sentences, is the story itself (a one-paragraph file).
function looksLikeProse(line: string): boolean {
  if (line.length > 250) return true;
  const sentences = splitSentences(line).length;
  return sentences >= 3 || (sentences === 2 && line.length > 120);
}

const SPACE_TO_FOLD = /[^\S ]| {2}/;

function paragraphsOf(lines: string[]): string[] {
  const paragraphs: string[] = [];
  let group: string[] = [];
  const flush = () => {
    if (group.length === 0) return;
    if (isHardWrapped(group)) paragraphs.push(group.map((l) => l.trim()).join(' '));
    else for (const line of group) paragraphs.push(line.trim());
    group = [];
  };
  for (const line of lines) {
    // Most lines have single spaces only, and a replace copies the line even when it changes nothing.
    if (line.trim()) group.push(SPACE_TO_FOLD.test(line) ? line.replace(/\s+/g, ' ') : line);
    else flush();
  }
  flush();
  return paragraphs;
}

const CLOSING = /[.!?:;,…"'’”)\]]$/;

// Hard-wrapped prose has lines of a terminal's width that mostly stop mid-sentence;
// a file with a paragraph a line has long lines that end in a full stop.
function isHardWrapped(group: string[]): boolean {
  if (group.length < 2) return false;
  if (group.some((line) => line.length > 100)) return false;
  const inner = group.slice(0, -1);
  const open = inner.filter((line) => !CLOSING.test(line.trim())).length;
  return open * 2 >= inner.length && inner.every((line) => line.trim().length >= 30);
}

// A heading introduces prose: the next paragraph starts a sentence and is not short and bare
// itself. A run of short bare lines is a list, and a bare line before a lower-case one is a
// sentence broken in two.
function isHeading(previous: string | undefined, text: string, next: string | undefined): boolean {
  return (
    looksLikeHeading(text) &&
    next !== undefined &&
    !looksLikeHeading(next) &&
    /^['"‘“(]?[\p{Lu}\p{N}]/u.test(next) &&
    (previous === undefined || !looksLikeHeading(previous))
  );
}

function looksLikeHeading(text: string): boolean {
  return (
    text.length <= 100 &&
    text.split(' ').length <= 14 &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    /\p{L}/u.test(text) &&
    !CLOSING.test(text)
  );
}

function toMarkdown(blocks: Block[]): string {
  return blocks
    .map((b) => (b.kind === 'heading' ? `## ${escapeMarkdown(b.text)}` : escapeMarkdown(b.text)))
    .join('\n\n');
}
