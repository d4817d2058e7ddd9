/**
 * The article model every analyzer and presenter works on:
 * Article → sections → paragraphs → sentences, each with offsets into `Article.text`.
 */
import type { BoilerplateRole } from './boilerplate.js';
import { isSpace } from './chars.js';
import { splitSentences } from './sentences.js';

export interface Meta {
  title?: string;
  author?: string;
  date?: string;
  source?: string;
  url?: string;
  [key: string]: unknown;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

export interface Paragraph {
  /** Position of the paragraph in the whole article, from 0. */
  index: number;
  text: string;
  start: number;
  end: number;
  sentences: Sentence[];
}

export interface Section {
  /** 0 is the lead (the paragraphs before the first heading, title null). */
  index: number;
  title: string | null;
  slug: string;
  level: number;
  paragraphs: Paragraph[];
}

export interface Article {
  /** Where it came from: a path, `-` for standard input, or a bundled slug. */
  source: string;
  meta: Meta;
  title: string;
  sections: Section[];
  /** The plain text: title, headings and paragraphs, separated by blank lines. */
  text: string;
  /** The body as Markdown, for rendering. */
  markdown: string;
}

/**
 * What a loader hands over: the document's blocks in reading order. A
 * `boilerplate` block (a credit, a byline, a "READ MORE:" line) is shown by
 * `read` but is not article text: no section, sentence or offset counts it.
 */
export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'boilerplate'; role: BoilerplateRole; text: string };

export interface Document {
  source: string;
  meta: Meta;
  title: string;
  blocks: Block[];
  markdown: string;
}

/** Build the article model from a loaded document, computing every offset. */
export function buildArticle(doc: Document): Article {
  const parts: string[] = [doc.title];
  let offset = doc.title.length;
  const lead: Section = { index: 0, title: null, slug: 'lead', level: 0, paragraphs: [] };
  const sections: Section[] = [lead];
  let paragraphIndex = 0;
  for (const block of doc.blocks) {
    const text = block.text;
    if (!text || block.kind === 'boilerplate') continue;
    offset += 2;
    const start = offset;
    parts.push(text);
    offset += text.length;
    if (block.kind === 'heading') {
      sections.push({
        index: sections.length,
        title: text,
        slug: slugify(text),
        level: block.level,
        paragraphs: [],
      });
      continue;
    }
    const sentences = splitSentences(text).map((s) => ({
      text: text.slice(s.start, s.end),
      start: start + s.start,
      end: start + s.end,
    }));
    sections[sections.length - 1]!.paragraphs.push({
      index: paragraphIndex++,
      text,
      start,
      end: offset,
      sentences,
    });
  }
  // An article that opens with a heading has no lead; keep section numbers from 1 then.
  if (lead.paragraphs.length === 0 && sections.length > 1) sections.shift();
  return {
    source: doc.source,
    meta: doc.meta,
    title: doc.title,
    sections,
    text: parts.join('\n\n'),
    markdown: doc.markdown,
  };
}

/** `Historical Context of Korean Defections` → `historical-context-of-korean-defections`. */
export function slugify(text: string): string {
  // Most titles are ASCII: spare them the Unicode classes, whose first use costs a millisecond.
  const slug = /^[\x20-\x7e’]*$/.test(text)
    ? text.toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-')
    : text
        .normalize('NFKD')
        .toLowerCase()
        .replace(/\p{M}/gu, '')
        .replace(/['’]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, '-');
  return slug.replace(/^-|-$/g, '') || 'section';
}

/**
 * Words as a reader counts them: white-space separated tokens with a letter or
 * digit in them, and each Chinese or Japanese character one word (those scripts
 * put no spaces between words; word processors count them so too, and a
 * character is about what a reader of them reads in the time of a word).
 * One pass over the char codes, no regex: it runs on every command, on
 * articles up to the size limit.
 */
export function countWords(text: string): number {
  let words = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      counted = false;
    } else if (c >= 0x3040 && isHanOrKana(c)) {
      words++;
      counted = false;
      // A supplementary ideograph's low surrogate is the same character.
      if (c >= 0xd800) i++;
    } else if (!counted && isWordChar(c)) {
      words++;
      counted = true;
    }
  }
  return words;
}

// Kana, CJK ideographs (with extension A and the compatibility block), half-width
// katakana, and the high surrogates of the supplementary ideographs (one per character).
function isHanOrKana(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff66 && c <= 0xff9f) || (c >= 0xd840 && c <= 0xd87f)
  );
}

// Letters and digits in any script: ASCII alphanumerics and everything from Latin-1
// letters up, less the general punctuation block (dashes, quotes, bullets).
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x1fff) || c >= 0x2070;
}

export function sectionWords(section: Section): number {
  let words = section.title ? countWords(section.title) : 0;
  for (const p of section.paragraphs) words += countWords(p.text);
  return words;
}

export function allParagraphs(article: Article): Paragraph[] {
  return article.sections.flatMap((s) => s.paragraphs);
}
