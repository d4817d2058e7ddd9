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
});
