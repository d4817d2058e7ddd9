import { allParagraphs, countWords, sectionWords, type Article } from '../model.js';

/** Reading speed for the reading-time estimate, in words a minute. */
export const WORDS_PER_MINUTE = 230;

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
  const words = countWords(article.text);
  return {
    words,
    readingMinutes: readingMinutes(words),
    sections: article.sections.length,
    paragraphs: paragraphs.length,
    sentences: paragraphs.reduce((n, p) => n + p.sentences.length, 0),
  };
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
