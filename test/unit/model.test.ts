import { describe, expect, it } from 'vitest';
import { buildArticle, countWords, slugify } from '../../src/model.js';
import { parsePlainText } from '../../src/load/plaintext.js';

describe('buildArticle', () => {
  const article = buildArticle(
    parsePlainText('Title Here\nLead one. Lead two.\nA Heading\nBody with Dr. Who inside. Last one.\nSecond Part\nMore text.', 'src'),
  );

  it('puts the lead at 0 and numbers the headed sections from 1', () => {
    expect(article.sections.map((s) => [s.index, s.title])).toEqual([
      [0, null],
      [1, 'A Heading'],
      [2, 'Second Part'],
    ]);
  });

  it('gives offsets into the article text for paragraphs and sentences', () => {
    for (const section of article.sections) {
      for (const p of section.paragraphs) {
        expect(article.text.slice(p.start, p.end)).toBe(p.text);
        for (const s of p.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
      }
    }
    expect(article.sections[1]!.paragraphs[0]!.sentences.map((s) => s.text)).toEqual(['Body with Dr. Who inside.', 'Last one.']);
  });

  it('numbers paragraphs across the whole article', () => {
    expect(article.sections.flatMap((s) => s.paragraphs.map((p) => p.index))).toEqual([0, 1, 2]);
  });

  it('has no lead section when the article opens with a heading', () => {
    const a = buildArticle({ source: 's', meta: {}, title: 'T', markdown: '', blocks: [{ kind: 'heading', level: 2, text: 'H' }, { kind: 'paragraph', text: 'P.' }] });
    expect(a.sections.map((s) => s.index)).toEqual([1]);
  });
});

describe('slugify and countWords', () => {
  it.each([
    ['Historical Context of Korean Defections', 'historical-context-of-korean-defections'],
    ["Dangerous Journey Through World's Most Guarded Border", 'dangerous-journey-through-worlds-most-guarded-border'],
    ['Café — Ünïcode!', 'cafe-unicode'],
    ['???', 'section'],
  ])('slugify(%j)', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it.each([
    ['one two three', 3],
    ["the soldier's well-known $3.36bn deal", 5],
    ['', 0],
    // Chinese and Japanese put no spaces between words: each character counts, Latin runs among them once.
    ['谷歌在2014年收购DeepMind', 8],
    ['トレンドマイクロは3月9日', 13],
    ['𠀀𠀁 and more', 4],
    // Korean spaces its words.
    ['한국어 문장입니다', 2],
  ])('countWords(%j)', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});
