import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/analyze/facts/quantities.js';

describe('findQuantities', () => {
  it.each([
    ['The DMZ spans 250 kilometers (160 miles) east to west.', '250 kilometers (160 miles)', 250, 'kilometer', undefined, { value: 160, unit: 'mile' }],
    ['Barriers totaling about 6 miles were built.', 'about 6 miles', 6, 'mile', 'about', undefined],
    ['Approximately 34,352 North Koreans have defected.', 'Approximately 34,352 North Koreans', 34352, 'North Koreans', 'approximately', undefined],
    ['They built four concrete anti-tank barriers totaling a mile.', 'four concrete anti-tank barriers', 4, 'concrete anti-tank barriers', undefined, undefined],
    ['Then 38 North Korean defectors entered the South.', '38 North Korean defectors', 38, 'North Korean defectors', undefined, undefined],
    ['Some arrived, with more than half being young adults.', 'more than half', 0.5, 'share', 'more than', undefined],
    ['Revenue reached $3.36bn last year.', '$3.36bn', 3360000000, 'USD', undefined, undefined],
    ['The economy grew 6.4% in a year.', '6.4%', 6.4, 'percent', undefined, undefined],
    ['Turnout was 52 per cent overall.', '52 per cent', 52, 'percent', undefined, undefined],
    ['It sold for £1.2 million at auction.', '£1.2 million', 1200000, 'GBP', undefined, undefined],
    ['Nearly 2,000 people attended.', 'Nearly 2,000 people', 2000, 'people', 'nearly', undefined],
    ['A headline: They Walked NINETY Miles.', 'NINETY Miles', 90, 'mile', undefined, undefined],
  ])('%s → %s', (sentence, text, value, unit, qualifier, conversion) => {
    const [found] = findQuantities(sentence);
    expect(found).toMatchObject({ kind: 'quantity', text, value, unit });
    expect(found?.qualifier).toBe(qualifier);
    expect(found?.conversion).toEqual(conversion);
  });

  it.each([
    ['He is one of the most famous men alive.'],
    ['Young adults in their 20s and 30s were among them.'],
    ['Four were arrested.'],
    ['He finished second in the race.'],
    ['They surfed at Ninety Mile Beach all day.'],
  ])('finds no quantity in %s', (sentence) => {
    expect(findQuantities(sentence)).toEqual([]);
  });

  it('skips numbers that dates and durations already took', () => {
    const sentence = 'The war ended in 1953.';
    expect(findQuantities(sentence, [{ start: 17, end: 21 }])).toEqual([]);
  });
});
