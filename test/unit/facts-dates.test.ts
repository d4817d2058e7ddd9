import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/analyze/facts/dates.js';
import { findDurations } from '../../src/analyze/facts/durations.js';

describe('findDates', () => {
  it.each([
    ['The incident occurred on October 19, 2025, when he crossed.', 'October 19, 2025', '2025-10-19', 'day'],
    ['It was signed on 4 July 1776 in Philadelphia.', '4 July 1776', '1776-07-04', 'day'],
    ['The first crossing since August 2024 was reported.', 'August 2024', '2024-08', 'month'],
    ['The Korean War ended in 1953.', '1953', '1953', 'year'],
    ['Arrivals rose in the first quarter of 2025 alone.', 'the first quarter of 2025', '2025-Q1', 'quarter'],
    ['Sales fell in Q3 2024.', 'Q3 2024', '2024-Q3', 'quarter'],
    ['Prices rose in the second half of 2023.', 'the second half of 2023', '2023-H2', 'half-year'],
    ['Music from the 1960s is back.', 'the 1960s', '1960s', 'decade'],
    ['The deal closes on Sept. 30.', 'Sept. 30', 'XXXX-09-30', 'day'],
    ['Talks resume in August.', 'August', 'XXXX-08', 'month'],
    ['Officials met on Tuesday.', 'Tuesday', null, 'weekday'],
    ['The plan was announced last week.', 'last week', null, 'relative'],
  ])('%s → %s', (sentence, text, value, unit) => {
    expect(findDates(sentence)).toEqual([expect.objectContaining({ kind: 'date', text, value, unit })]);
  });

  it.each([
    ['Approximately 34,352 people have defected.'],
    ['Young adults in their 20s and 30s.'],
    ['He scored 2019 points over his career.'],
    ['You may go now.'],
    ['Mondays are a big night for drinking.'],
    ['It costs $2,024 a month.'],
  ])('finds no date in %s', (sentence) => {
    expect(findDates(sentence)).toEqual([]);
  });
});

describe('findDurations', () => {
  it.each([
    ['It comes just four months after President Lee took office.', 'four months', 4, 'month', 'after', 'President Lee took office'],
    ['He left two years ago, friends said.', 'two years', 2, 'year', 'ago', undefined],
    ['The 18-month investigation ended.', '18-month', 18, 'month', undefined, undefined],
    ['It lasted a decade.', 'a decade', 1, 'decade', undefined, undefined],
  ])('%s → %s', (sentence, text, value, unit, relation, anchor) => {
    const [found] = findDurations(sentence);
    expect(found).toMatchObject({ kind: 'duration', text, value, unit });
    expect(found?.relation).toBe(relation);
    expect(found?.anchor).toBe(anchor);
  });

  it.each([
    ['The 30-year-old was arrested.'],
    ['Take it twice a day.'],
    ['Someone just a year older is respected.'],
  ])('finds no duration in %s', (sentence) => {
    expect(findDurations(sentence)).toEqual([]);
  });
});
