import { describe, expect, it } from 'vitest';
import { quotedPeople } from '../../src/analyze/quoted-people.js';
import { collectExperts, extractQuotes } from '../../src/analyze/quotes/index.js';
import { buildArticle } from '../../src/model.js';

const paragraphs = [
  '"We will rebuild the harbour by spring," said Maria Lopez, the mayor.',
  'Ships waited offshore for three days while the storm passed over the coast.',
  '"Nobody expected the sea wall to fail," said Tom Reyes, an engineer at the port.',
  '"The insurers will pay," Lopez said.',
  '"Forty ships were delayed," said a spokesman for the shipping line.',
];
const article = buildArticle({
  source: 'x',
  meta: {},
  title: 'Harbour reopens after storm',
  blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
  markdown: '',
});
const startOf = (n: number) => article.sections[0]!.paragraphs[n]!.start;
const everyone = collectExperts(extractQuotes(article)).length;

describe('quotedPeople', () => {
  it('counts what the quote engine finds when the whole text is within reach', () => {
    expect(everyone).toBe(3);
    expect(quotedPeople(article)).toEqual({ count: everyone, atLeast: false });
    expect(quotedPeople(article, startOf(4) + 1)).toEqual({ count: everyone, atLeast: false });
  });

  it.each([
    // reach ends before paragraph n starts → people quoted in paragraphs 0..n-1
    [1, 1],
    [3, 2],
    [4, 2],
  ])('counts a lower bound from the paragraphs that start within reach (first %i)', (n, count) => {
    expect(quotedPeople(article, startOf(n))).toEqual({ count, atLeast: true });
  });

  it('never counts more than the whole text has', () => {
    for (let reach = 0; reach <= article.text.length; reach += 7) expect(quotedPeople(article, reach).count).toBeLessThanOrEqual(everyone);
  });
});
