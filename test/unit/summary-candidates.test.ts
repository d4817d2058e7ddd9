import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNonContent, looksLikeCaption } from '../../src/analyze/summary/candidates.js';
import { quotedShare } from '../../src/analyze/summary/score.js';
import { countWords } from '../../src/model.js';

describe('isNonContent', () => {
  it.each([
    ['Scroll down for video', true],
    ['By Daily Mail Reporter and Jane Smith for MailOnline.', true],
    ['PUBLISHED: 10:12 EST, 3 April 2015 and updated later today.', true],
    ["CNN's Sonya Hamasaki contributed to this report.", true],
    ['So how did this wandering band of evangelists support themselves?', true],
    ['"But will he face death?"', true],
    ['He was 88.', true],
    ['No wonder.', true],
    ['Jurors found Dzhokhar Tsarnaev guilty on Wednesday of all 30 counts.', false],
    ['By the end of the week, 40 ships had docked in the harbour.', false],
  ])('%j → %s', (text, expected) => {
    expect(isNonContent(text, countWords(text))).toBe(expected);
  });
});

describe('looksLikeCaption', () => {
  it.each([
    ['Juan Mata (right) says Manchester United need to look at the next seven games as finals', true],
    ['Abase Hussen, left, took his daughter Amira, right, to a demonstration when she was 13', true],
    ["Fighter ace: Douglas Bader's story is to be told in a Hollywood film", true],
    ['Scroll down for video Lindsey Vonn was back at Augusta on Friday to watch Tiger Woods', true],
    ["He said: 'I will tweet anything to anyone who pays me.'", false],
    ['Mr Hussen told MPs last month that he could think of nothing to explain it.', false],
    ['The map, which was released on Tuesday, shows gains in central Iraq.', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeCaption(text)).toBe(expected);
  });
});

describe('quotedShare', () => {
  it.each([
    ['The harbour reopened on Monday.', 0],
    ['"We are open again," she said.', 0.7],
    ["'It is over.'", 1],
    ["Officials said the city's port was open.", 0],
  ])('%j → about %d', (text, expected) => {
    expect(quotedShare(text)).toBeCloseTo(expected, 1);
  });

  // The one-pass scan finds exactly the spans of the regex it replaces.
  const REGEX = /["“][^"”]*["”]|(?<!\p{L})['‘][^'’]*['’](?!\p{L})/gu;
  const byRegex = (text: string) => {
    let inside = 0;
    for (const m of text.matchAll(REGEX)) inside += m[0].length;
    return text.length ? Math.min(1, inside / text.length) : 0;
  };
  it('agrees with the regex on texts made of marks, letters and spaces', () => {
    const unit = fc.constantFrom('"', '“', '”', "'", '‘', '’', 'a', 'é', ' ', '𝐀', '.');
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }).map((u) => u.join('')), (text) => quotedShare(text) === byRegex(text)), { seed: 20261202, numRuns: 2000 });
  });

  it.each([
    ['opening marks that never close', '“'.repeat(50_000), 0],
    ['four kinds of mark repeated', '"\'“‘'.repeat(50_000), 1],
  ])('a storm of %s is scanned whole: %d', (_, text, expected) => {
    expect(quotedShare(text)).toBeCloseTo(expected, 1);
  });
});
