import { ArticleError } from '../errors.js';
import { scanMarkdown } from '../markdown-blocks.js';
import { slugify, type Article, type Section } from '../model.js';

/**
 * The section a reader means: its number (0 is the lead), or words of its
 * title (`historical`, `korean defections`), matched on the slug.
 */
export function findSection(article: Article, query: string): Section {
  const trimmed = query.trim();
  if (/^\d+$/.test(trimmed)) {
    const n = Number(trimmed);
    const found = article.sections.find((s) => s.index === n);
    if (found) return found;
    const first = article.sections[0]?.index ?? 0;
    const last = article.sections[article.sections.length - 1]?.index ?? 0;
    throw new ArticleError(`no section ${n}: this article has sections ${first} to ${last}`, 1, "see 'article sections'");
  }
  const words = slugify(trimmed).split('-').filter(Boolean);
  const matches = article.sections.filter((s) => {
    const slug = `-${s.slug}-`;
    return words.length > 0 && words.every((w) => slug.includes(`-${w}`));
  });
  if (matches.length === 0) {
    throw new ArticleError(`no section matches '${query}'`, 1, "see 'article sections' for the titles");
  }
  return matches[0]!;
}

/**
 * The Markdown of one section, its heading included. The cuts are the heading
 * offsets the model's own scanner reports, so section numbers always agree;
 * the lead is chunk 0 even when it is empty.
 */
export function sectionMarkdown(article: Article, section: Section): string {
  const cuts = scanMarkdown(article.markdown).headings.filter((h) => h.text).map((h) => h.start);
  const from = section.index === 0 ? 0 : cuts[section.index - 1];
  if (from === undefined) return '';
  return article.markdown.slice(from, cuts[section.index] ?? article.markdown.length);
}
