import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_CUES, Cue, cuesOf } from '../../src/analyze/facts/cues.js';
import { findDates } from '../../src/analyze/facts/dates.js';
import { findDurations } from '../../src/analyze/facts/durations.js';
import { findQuantities } from '../../src/analyze/facts/quantities.js';

describe('cuesOf', () => {
  it.each([
    ['a digit', 'It rose 5 points.', Cue.digit],
    ['a currency sign', 'It cost £ and € alike.', Cue.currency],
    ['a month, capitalised', 'It happened in Sept. or in March.', Cue.month | Cue.dayOrMonthName],
    ['a weekday, capitalised', 'See you on Monday.', Cue.weekday | Cue.dayOrMonthName],
    ['quarter, which is also a share', 'The Quarter ended.', Cue.quarter | Cue.share],
    ['a share word in any case', 'HALF of them left.', Cue.share],
    ['a near day', 'Yesterday it rained.', Cue.nearDay],
    ['a deictic word and a period', 'this weekend', Cue.deictic | Cue.period],
    ['a time unit that is also a period', 'a year', Cue.period | Cue.timeUnit],
    ['a plural time unit', 'for centuries', Cue.timeUnit],
    ['a number word in any case', 'Twenty-Five people', Cue.numberWord],
    ['nothing', 'The sky over the city was grey.', 0],
    ['words inside longer words', 'Mayors marched on Mondays; tension; weekly halftime; dayjob', 0],
    ['lower-case month names, as names in any case only', 'You may march.', Cue.dayOrMonthName],
    ['a cue word glued to a digit or underscore', 'week2 _day', Cue.digit],
    ['a weekday or month name in any case', 'last friday, next MAY', Cue.deictic | Cue.dayOrMonthName],
    ['a season in any case, which is also a period', 'in the FALL', Cue.season | Cue.period],
    ['ago or earlier, in any case', 'Ago, EARLIER', Cue.ago],
  ])('finds %s', (_why, sentence, cues) => {
    expect(cuesOf(sentence)).toBe(cues);
  });

  // The cues only decide which patterns are tried: with every cue given, every pattern runs.
  const piece = fc.constantFrom(
    ' ', ' ', ' ', '-', ',', '.', '(', ')', '/', '%', '$', '£', '_', 'ñ', 'é', '\u00a0',
    'January', 'Sept', 'Sept.', 'May', 'may', 'MAY', 'Monday', 'Mondays', 'monday',
    '2024', '19', '1990s', '3.5', '12', '1,200', 'one', 'Ten', 'TEN', 'tens', 'twenty-five', 'dozen', 'million',
    'months', 'Month', 'year', 'years', 'Years', 'centuries', 'centurys', 'day', 'days', 'weekend', 'week', 'summer',
    'quarter', 'Quarters', 'half', 'a third', 'two-thirds', 'yesterday', 'Tonight', 'last', 'this', 'next', 'earlier',
    'the', 'of', 'a', 'an', 'in', 'since', 'about', 'more than', 'ago', 'after', 'km', 'miles', 'people', 'troops',
    'FRIDAY', 'friday', 'JUNE', 'june', 'Spring', 'fall', 'Earlier', 'Q3', 'q2', '19th', 'first', 'half of', 'coming',
  );
  const sentence = fc.array(piece, { minLength: 1, maxLength: 12 }).map((p) => p.join(''));
  const options = { seed: 20261126, numRuns: 3000 };

  it('leave the dates found unchanged', () => {
    fc.assert(fc.property(sentence, (s) => {
      expect(findDates(s)).toEqual(findDates(s, ALL_CUES));
    }), options);
  });

  it('leave the durations found unchanged', () => {
    fc.assert(fc.property(sentence, (s) => {
      expect(findDurations(s)).toEqual(findDurations(s, ALL_CUES));
    }), options);
  });

  it('leave the quantities found unchanged', () => {
    fc.assert(fc.property(sentence, (s) => {
      expect(findQuantities(s)).toEqual(findQuantities(s, [], ALL_CUES));
    }), options);
  });
});
