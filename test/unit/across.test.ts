import { describe, expect, it } from 'vitest';
import { EntitiesAcross, ExpertsAcross } from '../../src/batch/across.js';
import type { ArticleSummary } from '../../src/batch/job.js';

const expert = (name: string | null, quotes = 1, description: string | null = null) => ({
  name,
  description: name ? description : description ?? 'a spokesperson',
  organization: null,
  quotes,
  firstQuote: `words of ${name ?? 'nobody'}`,
});

function article(i: number, site: string | null, experts: ReturnType<typeof expert>[]): ArticleSummary {
  return { title: `Article ${i}`, source: `a${i}.md`, site, experts };
}

function across(articles: ArticleSummary[]) {
  const merged = new ExpertsAcross();
  for (const a of articles) merged.add(a);
  return merged.result();
}

describe('experts across articles', () => {
  it.each([
    ['surname only in one article', [['Maria Okafor'], ['Okafor'], ['Maria Okafor']], 'Maria Okafor', 3],
    ['a rare long form joins the person rather than naming them', [['Donald Trump'], ['Donald Trump'], ['Black Lawmakers Rip Donald Trump'], ['Trump']], 'Donald Trump', 4],
    ['case does not matter', [['ann lee'], ['Ann Lee']], 'Ann Lee', 2],
  ])('%s', (_name, forms, name, articles) => {
    const result = across(forms.map((names, i) => article(i, null, names.map((n) => expert(n)))));
    expect(result.map((e) => [e.name, e.articles])).toEqual([[name, articles]]);
  });

  it('counts quotes and articles, lists outlets once each in order, keeps the first quote and its article', () => {
    const result = across([
      article(0, 'The Daily River', [expert('Maria Okafor', 2, 'a hydrologist'), expert('Tom Reyes', 1)]),
      article(1, 'Harbour Times', [expert('Okafor', 1)]),
      article(2, 'The Daily River', [expert('Okafor', 3, 'a hydrologist'), expert(null, 5)]),
    ]);
    expect(result[0]).toEqual({
      name: 'Maria Okafor',
      description: 'a hydrologist',
      organization: null,
      articles: 3,
      quotes: 6,
      outlets: ['The Daily River', 'Harbour Times'],
      firstQuote: 'words of Maria Okafor',
      firstSource: 'a0.md',
    });
    // Sorted by quotes; an unnamed source is no one person across articles.
    expect(result.map((e) => e.name)).toEqual(['Maria Okafor', 'Tom Reyes']);
  });
});

describe('entities across articles', () => {
  it('counts the articles naming each entity, once an article, case aside, most named first', () => {
    const merged = new EntitiesAcross();
    const entities = (people: string[], places: string[] = []) => ({ people, organizations: [], places });
    merged.add({ title: 'a', source: 'a', site: null, entities: entities(['Ann Lee', 'Bo Park'], ['Lagos']) });
    merged.add({ title: 'b', source: 'b', site: null, entities: entities(['Bo Park', 'bo park']) });
    merged.add({ title: 'c', source: 'c', site: null, entities: entities(['Bo Park'], ['Lagos']) });
    expect(merged.result()).toEqual({
      people: [{ name: 'Bo Park', articles: 3 }, { name: 'Ann Lee', articles: 1 }],
      organizations: [],
      places: [{ name: 'Lagos', articles: 2 }],
    });
  });
});
