/**
 * Calendar arithmetic for resolving relative dates: days as UTC day numbers (never the machine's
 * clock or time zone), ISO weeks, and TimeML spellings (1998-01-08, 1998-W02, 1998-Q1).
 */

export interface Day {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;
/** `7` → `07`: a month, day or week in two digits. */
export const pad = (n: number) => String(n).padStart(2, '0');

/** `1998-01-08`, or a date-time that starts with one, as a day; null for anything else or an impossible day. */
export function parseDay(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(text.trim());
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const back = fromNumber(toNumber(day));
  return back.year === day.year && back.month === day.month && back.day === day.day ? day : null;
}

export const toNumber = (d: Day) => Math.floor(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);

export function fromNumber(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export const addDays = (d: Day, n: number) => fromNumber(toNumber(d) + n);

/** Monday 1 … Sunday 7. */
export const weekday = (d: Day) => ((((toNumber(d) + 3) % 7) + 7) % 7) + 1;

export const formatDay = (d: Day) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
export const formatMonth = (year: number, month: number) => `${year}-${pad(month)}`;

/** The ISO week a day is in: `1998-W02` (the week's year is that of its Thursday). */
export function formatWeek(d: Day): string {
  const thursday = fromNumber(toNumber(d) - weekday(d) + 4);
  const first = toNumber({ year: thursday.year, month: 1, day: 1 });
  return `${thursday.year}-W${pad(Math.floor((toNumber(thursday) - first) / 7) + 1)}`;
}

/** Month `month` of `year` moved by `n` months. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const quarterOf = (month: number) => Math.ceil(month / 3);

/** Quarter `quarter` of `year` moved by `n` quarters. */
export function addQuarters(year: number, quarter: number, n: number): { year: number; quarter: number } {
  const index = year * 4 + (quarter - 1) + n;
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}
