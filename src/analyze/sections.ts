import { ArticleError } from '../errors.js';
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
