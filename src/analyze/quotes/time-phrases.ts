/**
 * Phrases of time between a subject and its verb of speech (`Paul D. Ryan, ROLE, on Tuesday
 * called`, `The State Department less than two weeks ago said`): when, not who.
 */
import { type Word, words } from './words.js';

// The words of a time just before `end`, 0 when none: a day (`on Tuesday`, `Monday night`,
// `yesterday`), a period (`last week`, `earlier this month`) or a span back (`less than two weeks ago`).
export function timeBefore(words: Word[], end: number): number {
  const last = words[end - 1];
  const key = (j: number) => words[j]?.key ?? '';
  if (!last || last.text.endsWith(',')) return 0;
  if (last.key === 'ago') {
    if (!UNITS.has(key(end - 2)) || (!QUANTITIES.has(key(end - 3)) && !/^\d+$/.test(key(end - 3)))) return 0;
    if (key(end - 4) === 'than' && (key(end - 5) === 'less' || key(end - 5) === 'more')) return 5;
    return APPROXIMATELY.has(key(end - 4)) ? 4 : 3;
  }
  if (PERIODS.has(last.key) && LAST.has(key(end - 2))) return RELATIVE_TIME.has(key(end - 3)) ? 3 : 2;
  const day = DAY_PARTS.has(last.key) && DAYS.has(key(end - 2)) ? 2 : DAYS.has(last.key) ? 1 : 0;
  return day && key(end - day - 1) === 'on' ? day + 1 : day;
}

const DAYS = words('monday tuesday wednesday thursday friday saturday sunday yesterday today');
const DAY_PARTS = words('morning afternoon evening night');
const PERIODS = words('week month year night');
const LAST = words('last this');
const RELATIVE_TIME = words('earlier later');
const UNITS = words('minutes hours days weeks months years decades day week month year decade');
const QUANTITIES = words('a an one two three four five six seven eight nine ten few several many');
const APPROXIMATELY = words('about nearly almost just only some');

/** Is `key` a day's name, or yesterday or today? */
export function isDay(key: string): boolean {
  return DAYS.has(key);
}
