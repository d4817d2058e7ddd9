import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/analyze/facts/calendar.js';
import { findDates } from '../../src/analyze/facts/dates.js';
import { findDurations } from '../../src/analyze/facts/durations.js';

describe('findDates', () => {
  it.each([
    ['The incident occurred on October 19, 2025, when he crossed.', 'October 19, 2025', '2025-10-19', 'day'],
    ['It was signed on 4 July 1776 in Philadelphia.', '4 July 1776', '1776-07-04', 'day'],
    ['Posted on 22 Dec, 2016 by the editor.', '22 Dec, 2016', '2016-12-22', 'day'],
    ['The first crossing since August 2024 was reported.', 'August 2024', '2024-08', 'month'],
    ['The Korean War ended in 1953.', '1953', '1953', 'year'],
    ['Arrivals rose in the first quarter of 2025 alone.', 'the first quarter of 2025', '2025-Q1', 'quarter'],
    ['Sales fell in Q3 2024.', 'Q3 2024', '2024-Q3', 'quarter'],
    ['Sales fell in q3 2024.', 'q3 2024', '2024-Q3', 'quarter'],
    ['Sales fell in the 2024 third quarter.', 'the 2024 third quarter', '2024-Q3', 'quarter'],
    ['It opened in Fall 2024.', 'Fall 2024', '2024-FA', 'season'],
    ['It opened on 3rd March 2024.', '3rd March 2024', '2024-03-03', 'day'],
    ['Prices rose in the second half of 2023.', 'the second half of 2023', '2023-H2', 'half-year'],
    ['Music from the 1960s is back.', 'the 1960s', '1960s', 'decade'],
    ['The deal closes on Sept. 30.', 'Sept. 30', 'XXXX-09-30', 'day'],
    ['Talks resume in August.', 'August', 'XXXX-08', 'month'],
    // Without the article's date, only what the words say: never today's date.
    ['Officials met on Tuesday.', 'Tuesday', 'XXXX-WXX-2', 'day'],
    ['The plan was announced last week.', 'last week', null, 'week'],
  ])('%s → %s', (sentence, text, value, unit) => {
    expect(findDates(sentence)).toEqual([expect.objectContaining({ kind: 'date', text, value, unit })]);
  });

  it.each([
    ['Approximately 34,352 people have defected.'],
    ['Young adults in their 20s and 30s.'],
    ['He scored 2019 points over his career.'],
    ['You may go.'],
    ['Screens of 1800 x 1920 per eye.'],
    ['Mondays are a big night for drinking.'],
    ['It costs $2,024 a month.'],
  ])('finds no date in %s', (sentence) => {
    expect(findDates(sentence)).toEqual([]);
  });
});

// Relative dates resolved against the article's date, as TimeML values them.
describe('findDates with the article dated Thursday 1998-01-08', () => {
  const at = (sentence: string) => findDates(sentence, undefined, { anchor: parseDay('1998-01-08'), lastQuarter: null });
  it.each([
    ['Officials met on Tuesday.', 'Tuesday', '1998-01-06'],
    ['Officials met on Thursday.', 'Thursday', '1998-01-08'],
    ['Officials will meet on Tuesday.', 'Tuesday', '1998-01-13'],
    ['They met last Friday.', 'last Friday', '1998-01-02'],
    ['They met last friday.', 'last friday', '1998-01-02'],
    ['It was cold last FALL.', 'last FALL', '1997-FA'],
    ['The plant closed last MAY.', 'last MAY', '1997-05'],
    ['Profit fell two quarters ago.', 'two quarters ago', '1997-Q3'],
    ['It fell two weeks EARLIER.', 'two weeks EARLIER', '1997-W52'],
    ['Prices fell yesterday.', 'yesterday', '1998-01-07'],
    ['Prices fell today.', 'today', '1998-01-08'],
    ['The vote is tomorrow.', 'tomorrow', '1998-01-09'],
    ['He speaks tonight.', 'tonight', '1998-01-08TNI'],
    ['The plan was announced last week.', 'last week', '1998-W01'],
    ['It rose this month.', 'this month', '1998-01'],
    ['It rose last month.', 'last month', '1997-12'],
    ['It fell last year.', 'last year', '1997'],
    ['It will rise next year.', 'next year', '1999'],
    ['It will rise early next year.', 'early next year', '1999'],
    ['It fell a year ago.', 'a year ago', '1997'],
    ['It fell two months ago.', 'two months ago', '1997-11'],
    ['Stocks are now lower.', 'now', 'PRESENT_REF'],
    ['He recently left.', 'recently', 'PAST_REF'],
    ['Sales rose in October.', 'October', '1997-10'],
    ['The deal closes on Feb. 3.', 'Feb. 3', '1998-02-03'],
    ['They left last May.', 'last May', '1997-05'],
    ['It sold in June last year.', 'June last year', '1997-06'],
    ['Profit rose in the third quarter.', 'the third quarter', '1997-Q3'],
    ['Third-quarter profit rose.', 'Third-quarter', '1997-Q3'],
    ['Profit rose in the quarter.', 'the quarter', '1997-Q4'],
    ['It was warm last summer.', 'last summer', '1997-SU'],
    ['They rested over the weekend.', 'the weekend', '1998-W01-WE'],
    ['Results for fiscal 1997 were weak.', 'fiscal 1997', '1997'],
    ['It fell to the end of 1997.', 'the end of 1997', '1997'],
    ['Music from the late 1960s is back.', 'the late 1960s', '1960s'],
    ['It was a 1996 raid.', '1996', '1996'],
  ])('%s → %s = %s', (sentence, text, value) => {
    expect(at(sentence)).toEqual([expect.objectContaining({ kind: 'date', text, value })]);
  });

  it('values "a year earlier" as the quarter the story last named, a year back', () => {
    const clock = { anchor: parseDay('1989-10-26'), lastQuarter: null };
    findDates('Profit rose in the third quarter.', undefined, clock);
    expect(findDates('It fell a year earlier.', undefined, clock)).toEqual([expect.objectContaining({ value: '1988-Q3' })]);
  });

  it('keeps the anchor it resolved against', () => {
    expect(at('Prices fell yesterday.')[0]).toMatchObject({ anchor: '1998-01-08' });
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
