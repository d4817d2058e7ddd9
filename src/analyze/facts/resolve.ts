/**
 * Relative dates resolved TimeML-style against the article's date (its anchor): `Friday` is the
 * nearest Friday in the sentence's tense, `last week` the ISO week before the anchor's, `the third
 * quarter` the latest third quarter (or the coming one, in the future tense), `a year earlier` the
 * period the story last named, a year back. Without an anchor a value keeps what the text says
 * (`XXXX-10`), never a guess from today's date.
 */
import {
  addDays, addMonths, addQuarters, type Day, formatDay, formatMonth, formatWeek, pad, quarterOf, toNumber, weekday,
} from './calendar.js';

/** How a relative date is read; dates.ts gives one to each match it cannot value alone. */
export type Relative =
  /** `yesterday` (-1 day), `next week` (+1 week), `this year`, `two months ago` (-2 months). */
  | { shift: number; by: 'day' | 'week' | 'month' | 'quarter' | 'year'; night?: boolean }
  /** `Friday` (tense), `last Friday` (-1), `next Friday` (+1), `this Friday` (0: on or after). */
  | { weekday: number; deixis?: -1 | 0 | 1 }
  /** `the weekend`, `last weekend`... */
  | { weekend: true; deixis?: -1 | 0 | 1 }
  /** `October`, `Oct. 19` (no year), `last May`, `June last year` (year: -1). */
  | { month: number; day?: number; deixis?: -1 | 0 | 1; year?: -1 | 0 | 1 }
  /** `the third quarter`, `third-quarter`. */
  | { quarter: number }
  /** `the quarter`, `the latest quarter`: the one the story is about, else the last complete one. */
  | { thisQuarter: true }
  /** `a year earlier`, `year-ago`: the period last named, a year back (else the anchor's year, a year back). */
  | { yearBack: true }
  /** `this summer`, `last fall`. */
  | { season: 'SP' | 'SU' | 'FA' | 'WI'; deixis: -1 | 0 | 1 };

/** What resolving needs besides the phrase: the anchor, and the quarter the story last named. */
export interface Clock {
  anchor: Day | null;
  lastQuarter: { year: number; quarter: number } | null;
}

// The future tense, or a plan, near a date: `will meet Friday`, `is expected to report in March`.
const FUTURE = /\b(?:will|won't|shall|'ll|going\sto|(?:is|are|was|were)\s(?:expected|scheduled|due|set|slated|to\sbe)\b|plans?\sto|planned\sfor|upcoming|coming)\b/i;

/** True when the sentence speaks of what is to come. */
export const speaksOfFuture = (sentence: string) => FUTURE.test(sentence);

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The TimeML value of a relative date, or null when it cannot be told. */
export function resolve(rel: Relative, clock: Clock, future: boolean): string | null {
  const d = clock.anchor;
  if ('quarter' in rel) {
    if (!d) return `XXXX-Q${rel.quarter}`;
    const now = quarterOf(d.month);
    const year = future ? (rel.quarter < now ? d.year + 1 : d.year) : rel.quarter > now ? d.year - 1 : d.year;
    clock.lastQuarter = { year, quarter: rel.quarter };
    return `${year}-Q${rel.quarter}`;
  }
  if ('month' in rel) {
    const md = rel.day ? `-${pad(rel.month)}-${pad(rel.day)}` : `-${pad(rel.month)}`;
    if (!d) return `XXXX${md}`;
    return `${monthYear(rel, d, future)}${md}`;
  }
  if ('weekday' in rel) {
    if (!d) return `XXXX-WXX-${rel.weekday}`;
    const gap = rel.weekday - weekday(d);
    const back = (gap <= 0 ? gap : gap - 7) - (rel.deixis === -1 && gap === 0 ? 7 : 0);
    const ahead = (gap >= 0 ? gap : gap + 7) + (rel.deixis === 1 && gap === 0 ? 7 : 0);
    const useFuture = rel.deixis === undefined ? future : rel.deixis >= 0;
    return formatDay(addDays(d, useFuture ? ahead : back));
  }
  if (!d) return null;
  if ('shift' in rel) {
    switch (rel.by) {
      case 'day': return formatDay(addDays(d, rel.shift)) + (rel.night ? 'TNI' : '');
      case 'week': return formatWeek(addDays(d, 7 * rel.shift));
      case 'month': { const m = addMonths(d.year, d.month, rel.shift); return formatMonth(m.year, m.month); }
      case 'quarter': {
        const q = addQuarters(d.year, quarterOf(d.month), rel.shift);
        clock.lastQuarter = q;
        return `${q.year}-Q${q.quarter}`;
      }
      case 'year': return String(d.year + rel.shift);
    }
  }
  if ('weekend' in rel) {
    // The Saturday before (or, looking ahead, after) the anchor.
    const gap = 6 - weekday(d);
    const ahead = rel.deixis === 1 || (rel.deixis !== -1 && future);
    const saturday = addDays(d, ahead ? (gap >= 0 ? gap : gap + 7) + (rel.deixis === 1 ? 7 : 0) : gap <= 0 ? gap : gap - 7);
    return `${formatWeek(saturday)}-WE`;
  }
  if ('thisQuarter' in rel) {
    const q = clock.lastQuarter ?? addQuarters(d.year, quarterOf(d.month), future ? 0 : -1);
    return `${q.year}-Q${q.quarter}`;
  }
  if ('yearBack' in rel) {
    const q = clock.lastQuarter;
    return q ? `${q.year - 1}-Q${q.quarter}` : String(d.year - 1);
  }
  if ('season' in rel) {
    const start = SEASON_START[rel.season]!;
    const year = rel.deixis === 0 ? d.year : rel.deixis < 0 ? (start < d.month - 2 ? d.year : d.year - 1) : start > d.month ? d.year : d.year + 1;
    return `${year}-${rel.season}`;
  }
  return null;
}

// The year of a month named without one: `last May` is the latest May before the anchor, `next May`
// the first after it; a bare `October` or `Dec. 15` the nearest one, which news means far more often
// than the tense says (`said it would close Dec. 15`, `sales in October`), the tense breaking a tie.
function monthYear(rel: { month: number; day?: number; deixis?: -1 | 0 | 1; year?: -1 | 0 | 1 }, d: Day, future: boolean): number {
  if (rel.year !== undefined) return d.year + rel.year;
  if (rel.deixis === 0) return d.year;
  const at = (year: number) => toNumber({ year, month: rel.month, day: rel.day ?? 15 });
  const anchor = toNumber(rel.day ? d : { year: d.year, month: d.month, day: 15 });
  if (rel.deixis === -1) return at(d.year) < anchor ? d.year : d.year - 1;
  if (rel.deixis === 1) return at(d.year) > anchor ? d.year : d.year + 1;
  let best = d.year;
  for (const year of [d.year - 1, d.year + 1]) {
    const gap = Math.abs(at(year) - anchor) - Math.abs(at(best) - anchor);
    if (gap < 0 || (gap === 0 && (year > d.year) === future)) best = year;
  }
  return best;
}
