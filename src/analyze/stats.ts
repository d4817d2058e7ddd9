import { allParagraphs, sectionWords, type Article } from '../model.js';

/** Reading speed for the reading-time estimate, in words a minute. */
const WORDS_PER_MINUTE = 230;

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export interface ArticleStats {
  words: number;
  readingMinutes: number;
  sections: number;
  paragraphs: number;
  sentences: number;
}

/** Counts a reader asks for first: how long is it, how is it built. */
export function articleStats(article: Article): ArticleStats {
  const paragraphs = allParagraphs(article);
  const words = articleWords(article);
  return {
    words,
    readingMinutes: readingMinutes(words),
    sections: article.sections.length,
    paragraphs: paragraphs.length,
    sentences: paragraphs.reduce((n, p) => n + p.sentences.length, 0),
  };
}

/** The article's length in words: headings and paragraphs, not the title (as `sections` adds it up). */
export function articleWords(article: Article): number {
  return article.sections.reduce((n, s) => n + sectionWords(s), 0);
}

export interface SectionSummary {
  index: number;
  title: string | null;
  slug: string;
  words: number;
  paragraphs: number;
}

/** The table of contents: every section with its size. */
export function tableOfContents(article: Article): SectionSummary[] {
  return article.sections.map((s) => ({
    index: s.index,
    title: s.title,
    slug: s.slug,
    words: sectionWords(s),
    paragraphs: s.paragraphs.length,
  }));
}
