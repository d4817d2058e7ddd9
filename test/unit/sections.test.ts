import { describe, expect, it } from 'vitest';
import { findSection } from '../../src/analyze/sections.js';
import { buildArticle } from '../../src/model.js';
import { parsePlainText } from '../../src/load/plaintext.js';

const article = buildArticle(
  parsePlainText('T\nLead text.\nHistorical Context of Korean Defections\nBody.\nHuman Stories Behind the Statistics\nMore.', 's'),
);

describe('findSection', () => {
  it.each([
    ['0', null],
    ['2', 'Human Stories Behind the Statistics'],
    ['historical', 'Historical Context of Korean Defections'],
    ['Korean Defections', 'Historical Context of Korean Defections'],
    ['hist', 'Historical Context of Korean Defections'],
    ['STATISTICS', 'Human Stories Behind the Statistics'],
  ])('%j', (query, title) => {
    expect(findSection(article, query).title).toBe(title);
  });

  it.each([
    ['7', /no section 7: this article has sections 0 to 2/],
    ['weather', /no section matches 'weather'/],
    ['   ', /no section matches/],
  ])('refuses %j', (query, message) => {
    expect(() => findSection(article, query)).toThrow(message);
  });
});
