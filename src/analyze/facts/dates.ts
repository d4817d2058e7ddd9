/**
 * Dates in news prose, normalised TimeML-style: `October 19, 2025` → 2025-10-19,
 * `August 2024` → 2024-08, `the first quarter of 2025` → 2025-Q1, and relative
 * dates (`Friday`, `last week`, `a year ago`, `now`) resolved against the
 * article's date (resolve.ts). Without one a missing year stays XXXX, never
 * guessed from today's date.
 */
import { Claims } from './claims.js';
import { compiled } from './compiled.js';
import { Cue, cuesOf } from './cues.js';
import { NUMBER, parseNumber } from './numbers.js';
import { formatDay, pad } from './calendar.js';
import { type Clock, type Relative, resolve, speaksOfFuture } from './resolve.js';
import type { Found } from './types.js';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Capitalised month names and their abbreviations (`Sept.`), the month number for each. */
const MONTH_NUMBER = new Map<string, number>();
MONTH_NAMES.forEach((name, i) => {
  MONTH_NUMBER.set(name, i + 1);
  MONTH_NUMBER.set(name.slice(0, 3), i + 1);
});
MONTH_NUMBER.set('Sept', 9);

// MONTH, DAY, YEAR and the other lists of words below open with a lookahead for their first character. It
// changes no match, but V8 compiles the rules that hold them two to three times faster with it (start-up time).
const MONTH = `(?=[A-Z])(?:${MONTH_NAMES.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '(?=\\d)(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?=\\d)(?:1[0-9]|20)\\d\\d';
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 };
const SEASON: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

// Where a word starts, inside a lookbehind: the same as `\\b` before a word's first letter, but V8 compiles a
// lookbehind that holds a list of words about twice as fast with it (start-up time).
const WORD_START = '(?<!\\w)';
/** Words before a bare year or month that show it is one ("in 1953", "since August"). */
const DATE_CUE = '(?:in|since|of|from|until|till|by|before|after|during|between|and|to|through|early|late|mid-|last|next|this|around|circa)';
/** Words before a modern year used as an adjective ("a 2010 raid", "its 1989 results"). */
const DETERMINER = "(?:a|an|the|its|his|her|their|our|this|that|fiscal|calendar)";

interface Reading {
  value: string | null;
  unit: string;
  /** How to value it against the article's date, when the words alone do not say. */
  relative?: Relative;
}

interface Rule {
  /** The rule's pattern, compiled when first needed. */
  pattern: () => RegExp;
  /** A cheap test that every match passes: a sentence that fails it is not searched with the (costlier) pattern. */
  needs?: (sentence: string, has: Cues) => boolean;
  /** Normalised value and precision from the match; null rejects the match. */
  read(m: RegExpExecArray): Reading | null;
}

// Any case: the last/next rules match month names case-insensitively (`last MAY`).
const month = (name: string) => {
  const bare = name.replace('.', '');
  return MONTH_NUMBER.get(bare) ?? MONTH_NUMBER.get(bare.charAt(0).toUpperCase() + bare.slice(1).toLowerCase())!;
};
const day = (text: string) => Number.parseInt(text, 10);
const WEEKDAY_NUMBER: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
const DEIXIS: Record<string, -1 | 0 | 1> = { last: -1, previous: -1, past: -1, this: 0, next: 1, coming: 1, following: 1 };
const deixis = (word: string) => DEIXIS[word.toLowerCase().replace(/\s.*$/, '')]!;
const relative = (relative: Relative, unit: string): Reading => ({ value: null, unit, relative });

// What the rules need (most sentences have none of it): the sentence's cues (cues.ts), and whether it
// holds a year's digits, looked for once per sentence.
const YEAR_DIGITS = compiled(/(?:1\d|20)\d\d/);
interface Cues {
  cues: number;
  year: boolean;
}
const has = (cue: number) => (_: string, h: Cues) => (h.cues & cue) !== 0;
const hasMonth = has(Cue.month);
const hasYear = (_: string, h: Cues) => h.year;
const hasMonthAndYear = (_: string, h: Cues) => h.year && (h.cues & Cue.month) !== 0;
const hasMonthAndDigit = (_: string, h: Cues) => (h.cues & Cue.month) !== 0 && (h.cues & Cue.digit) !== 0;
const hasYearAnd = (cue: number) => (_: string, h: Cues) => h.year && (h.cues & cue) !== 0;
// A day before its month (`19 October`): a digit, maybe an ordinal's ending, a space and a capital.
const DAY_BEFORE_MONTH = compiled(/\d(?:st|nd|rd|th)?\s[A-Z]/);
// `Q3 2024` (any case).
const Q_NUMBER = compiled(/\bq[1-4]\s/i);

const SEASONS = 'spring|summer|autumn|fall|winter';
const QUARTER_ORDINAL = '(?=[a-z])(first|second|third|fourth|final|last)';

// Most specific first: a later rule never claims words an earlier one took.
const RULES: Rule[] = [
  { // 2025-10-19
    pattern: compiled(/\b(\d{4})-(0[1-9]|1[0-2])-([0-2]\d|3[01])\b/g),
    needs: (s, h) => h.year && s.includes('-'),
    read: (m) => ({ value: `${m[1]}-${m[2]}-${m[3]}`, unit: 'day' }),
  },
  { // October 19, 2025 · Sunday, Oct. 19, 2025
    pattern: compiled(new RegExp(`\\b(?:${WEEKDAY},?\\s)?(${MONTH})\\s(${DAY}),?\\s(${YEAR})\\b`, 'g')),
    needs: hasMonthAndYear,
    read: (m) => ({ value: `${m[3]}-${pad(month(m[1]!))}-${pad(day(m[2]!))}`, unit: 'day' }),
  },
  { // 19 October 2025 · 22 Dec, 2016
    pattern: compiled(new RegExp(`\\b(?:${WEEKDAY},?\\s)?(${DAY})\\s(${MONTH}),?\\s(${YEAR})\\b`, 'g')),
    needs: (s, h) => hasMonthAndYear(s, h) && DAY_BEFORE_MONTH().test(s),
    read: (m) => ({ value: `${m[3]}-${pad(month(m[2]!))}-${pad(day(m[1]!))}`, unit: 'day' }),
  },
  { // last Friday · this coming Sunday · next May · last fall
    pattern: compiled(new RegExp(`\\b(last|this(?:\\scoming)?|next|the\\s(?:previous|following|coming))\\s(?=[a-z])(?:(${WEEKDAY})|(${MONTH_NAMES.join('|')})|(${SEASONS}))\\b(?!\\s\\d)`, 'gi')),
    needs: (_, { cues }) => (cues & Cue.deictic) !== 0 && (cues & (Cue.dayOrMonthName | Cue.season)) !== 0,
    read: (m) => {
      const word = m[1]!.replace(/^the\s/i, '');
      const d = deixis(word.startsWith('this') && /coming/i.test(word) ? 'coming' : word);
      if (m[2]) return relative({ weekday: WEEKDAY_NUMBER[m[2].toLowerCase()]!, deixis: d }, 'day');
      if (m[3]) return /^[A-Z]/.test(m[3]) ? relative({ month: month(m[3]), deixis: d }, 'month') : null;
      const season = SEASON[m[4]!.toLowerCase()] as 'SP' | 'SU' | 'FA' | 'WI';
      return relative({ season, deixis: d }, 'season');
    },
  },
  { // October 19 · 19 October (the year is not in the phrase)
    pattern: compiled(new RegExp(`\\b(?:${WEEKDAY},?\\s)?(?:(${MONTH})\\s(${DAY})|(${DAY})\\s(${MONTH}))(?![\\d,]*\\d)\\b`, 'g')),
    needs: hasMonthAndDigit,
    read: (m) => relative({ month: month(m[1] ?? m[4]!), day: day(m[2] ?? m[3]!) }, 'day'),
  },
  { // June last year · January this year
    pattern: compiled(new RegExp(`\\b(${MONTH})\\s(last|this|next)\\syear\\b`, 'g')),
    needs: (_, { cues }) => (cues & Cue.month) !== 0 && (cues & Cue.deictic) !== 0 && (cues & Cue.period) !== 0,
    read: (m) => relative({ month: month(m[1]!), year: deixis(m[2]!) }, 'month'),
  },
  { // August 2024 · August of 2024
    pattern: compiled(new RegExp(`\\b(${MONTH})\\s(?:of\\s)?(${YEAR})\\b`, 'g')),
    needs: hasMonthAndYear,
    read: (m) => ({ value: `${m[2]}-${pad(month(m[1]!))}`, unit: 'month' }),
  },
  { // the first quarter of 2025 · Q1 2025 · the 1988 second quarter
    pattern: compiled(new RegExp(`\\b(?:(?:the\\s)?(?:fiscal\\s)?${QUARTER_ORDINAL}[\\s-]quarter\\s(?:of\\s)?(?:fiscal\\s)?(${YEAR})|Q([1-4])\\s(${YEAR})|(?:the\\s)?(${YEAR})\\s(?:fiscal\\s)?${QUARTER_ORDINAL}\\squarter)\\b`, 'gi')),
    needs: (s, h) => h.year && ((h.cues & Cue.quarter) !== 0 || Q_NUMBER().test(s)),
    read: (m) => ({ value: `${m[2] ?? m[4] ?? m[5]}-Q${m[3] ?? ORDINAL[(m[1] ?? m[6])!.toLowerCase()]}`, unit: 'quarter' }),
  },
  { // the second half of 2024
    pattern: compiled(new RegExp(`\\b(?:the\\s)?(first|second)\\shalf\\sof\\s(${YEAR})\\b`, 'gi')),
    needs: hasYearAnd(Cue.share),
    read: (m) => ({ value: `${m[2]}-H${ORDINAL[m[1]!.toLowerCase()]}`, unit: 'half-year' }),
  },
  { // summer 2024 · the winter of 1950
    pattern: compiled(new RegExp(`\\b(?:the\\s)?(${SEASONS})\\s(?:of\\s)?(${YEAR})\\b`, 'gi')),
    needs: hasYearAnd(Cue.season),
    read: (m) => ({ value: `${m[2]}-${SEASON[m[1]!.toLowerCase()]}`, unit: 'season' }),
  },
  { // the first quarter (of this year) · third-quarter (profit) · the fiscal second quarter
    // (An adjective, `third-quarter profit`, does not take the article: `the` belongs to the noun.)
    pattern: compiled(new RegExp(`\\b(?:(?:the\\s(?:fiscal\\s)?)?${QUARTER_ORDINAL}\\squarter|(?:fiscal\\s)?${QUARTER_ORDINAL}-quarter)\\b(?!\\sof\\s(?:a|an|the|his|her|its|their)\\b)`, 'gi')),
    needs: has(Cue.quarter),
    read: (m) => {
      const ordinal = (m[1] ?? m[2]!).toLowerCase();
      return /^(?:final|last)$/.test(ordinal) && !/^the\s/i.test(m[0]) ? null : relative({ quarter: ORDINAL[ordinal]! }, 'quarter');
    },
  },
  { // the year-ago quarter · the year-earlier period · year-ago (results)
    pattern: compiled(/\b(?:the\s)?year-(?:ago|earlier)\s(?:quarter|period)\b|\byear-(?:ago|earlier)\b/gi),
    needs: has(Cue.period),
    read: () => relative({ yearBack: true }, 'quarter'),
  },
  { // the quarter · the latest quarter · the latest period (the one the story is about)
    pattern: compiled(/\bthe\s(?:(?:latest|current|most\srecent|recent|same|just-ended)\s(?:quarter|period)|quarter)\b/gi),
    needs: has(Cue.quarter),
    read: () => relative({ thisQuarter: true }, 'quarter'),
  },
  { // fiscal 1989 · fiscal year 2024
    pattern: compiled(new RegExp(`\\bfiscal\\s(?:year\\s)?(${YEAR})\\b`, 'gi')),
    needs: hasYear,
    read: (m) => ({ value: m[1]!, unit: 'year' }),
  },
  { // the 1990s · the late 1980s
    pattern: compiled(/\b(?:the\s)?(?:(?:early|mid|late)[\s-])?((?:1[5-9]|20)\d0)s\b/gi),
    needs: (s) => s.includes('0s'),
    read: (m) => ({ value: `${m[1]}s`, unit: 'decade' }),
  },
  { // 10/19/2025 (US order, as US news writes it)
    pattern: compiled(new RegExp(`\\b(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/(${YEAR})\\b`, 'g')),
    needs: (s) => s.includes('/'),
    read: (m) => ({ value: `${m[3]}-${pad(Number(m[1]))}-${pad(Number(m[2]))}`, unit: 'day' }),
  },
  { // in 1953 · since 2019 · 2024 (a modern year standing alone, not counting something, not a size: 1800 x 1920) · a 2010 raid
    pattern: compiled(new RegExp(`(?<![\\d,.$£€¥#-])(?:(?<=${WORD_START}${DATE_CUE}\\s)(${YEAR})|(?<=${WORD_START}${DETERMINER}\\s|['’]s\\s)((?:19|20)\\d\\d)(?=\\s\\p{Ll})|((?:19|20)\\d\\d)(?!\\s+(?!and\\b|to\\b|when\\b|as\\b|after\\b|before\\b|until\\b|in\\b|at\\b|on\\b)[a-z]))(?![\\d%]|[.,]\\d|-\\d|\\s?[x×]\\s?\\d)(?<!\\d\\s?[x×]\\s?\\d{4})`, 'gu')),
    needs: hasYear,
    read: (m) => ({ value: m[1] ?? m[2] ?? m[3]!, unit: 'year' }),
  },
  { // in August · since May (a month standing alone needs a cue: "may" is also a verb)
    pattern: compiled(new RegExp(`(?<=${WORD_START}${DATE_CUE}\\s(?:the\\s(?:end|start|beginning|middle)\\sof\\s)?)(${MONTH_NAMES.join('|')})\\b(?!\\s+\\p{Lu})`, 'gu')),
    needs: hasMonth,
    read: (m) => relative({ month: month(m[1]!) }, 'month'),
  },
  { // on Monday: the nearest Monday, before the article's date or (in the future tense) after it
    pattern: compiled(new RegExp(`\\b${WEEKDAY}\\b(?!s)`, 'g')),
    needs: has(Cue.weekday),
    read: (m) => relative({ weekday: WEEKDAY_NUMBER[m[0].toLowerCase()]! }, 'day'),
  },
  { // yesterday · today · tonight
    pattern: compiled(/\b(?=[a-z])(yesterday|today|tomorrow|tonight)\b/gi),
    needs: has(Cue.nearDay),
    read: (m) => {
      const word = m[1]!.toLowerCase();
      return relative({ shift: word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0, by: 'day', night: word === 'tonight' }, 'day');
    },
  },
  { // last week · earlier this year · the next quarter · this weekend
    // (the lookaheads change no match; they make the pattern faster to compile)
    pattern: compiled(/\b(?=[a-z])(?:(?:earlier|later)\s)?(?:the\s)?(last|next|this|past|coming|previous|following)\s(?=[a-z])(week|weekend|month|year|quarter)\b(?!\sor\b|-)/gi),
    needs: (_, { cues }) => (cues & Cue.deictic) !== 0 && (cues & (Cue.period | Cue.quarter)) !== 0,
    read: (m) => {
      const by = m[2]!.toLowerCase();
      const d = deixis(m[1]!);
      // "the past year" is a span of time (a duration), "the coming week" one ahead.
      if (/^the\s/i.test(m[0].replace(/^(?:earlier|later)\s/i, '')) && d !== 1 && m[1]!.toLowerCase() !== 'previous') return null;
      if (by === 'weekend') return relative({ weekend: true, deixis: d }, 'weekend');
      return relative({ shift: d, by: by as 'week' | 'month' | 'year' | 'quarter' }, by);
    },
  },
  { // the weekend
    pattern: compiled(/\bthe\sweekend\b/gi),
    needs: has(Cue.period),
    read: () => relative({ weekend: true }, 'weekend'),
  },
  { // a year ago · two weeks earlier · several years ago
    pattern: compiled(new RegExp(`\\b(${NUMBER}|a|an|several|a\\sfew)[\\s-](?=[a-z])(day|week|month|quarter|year)s?\\s(ago|earlier)\\b(?!\\sthan\\b)`, 'gi')),
    // `quarters` is a share word, not a time unit, to the cue scanner: `two quarters ago` needs it too.
    needs: (_, { cues }) => (cues & (Cue.timeUnit | Cue.share)) !== 0 && (cues & Cue.ago) !== 0,
    read: (m) => {
      const amount = m[1]!.toLowerCase();
      if (/^(?:several|a\sfew)$/.test(amount)) return { value: 'PAST_REF', unit: 'reference' };
      const n = /^an?$/.test(amount) ? 1 : parseNumber(amount);
      if (n === null) return null;
      const by = m[2]!.toLowerCase() as 'day' | 'week' | 'month' | 'quarter' | 'year';
      return relative(n === 1 && by === 'year' ? { yearBack: true } : { shift: -n, by }, by);
    },
  },
  { // now · currently · recently · the past · soon · the future
    // (Only the words that nearly always point at a time: `recent`, `soon` or `previously` mostly do not.)
    pattern: compiled(/\b(?=[a-z])(?:now|nowadays|currently|recently|the\sfuture)\b(?!-)/gi),
    needs: has(Cue.reference),
    read: (m) => {
      const word = m[0].toLowerCase();
      return { value: word === 'recently' ? 'PAST_REF' : word === 'the future' ? 'FUTURE_REF' : 'PRESENT_REF', unit: 'reference' };
    },
  },
];

// Words before a date that belong to it (TimeML spans take them in): "early next year", "the end of 1989".
const MODIFIER = compiled(/(?:\b(?:the\s)?(?:end|beginning|start|middle|close)\sof\s|\b(?:early|late|mid|earlier|later)[\s-])$/i);

/**
 * Every date in a sentence, longest readings first, none overlapping (`cues`: the sentence's, if
 * known); relative dates valued against `clock` (the article's date), in reading order.
 */
export function findDates(sentence: string, cues = cuesOf(sentence), clock: Clock = { anchor: null, lastQuarter: null }): Found[] {
  const found: Array<Found & { relative?: Relative }> = [];
  const claims = new Claims(sentence.length);
  const h: Cues = { cues, year: (cues & Cue.digit) !== 0 && YEAR_DIGITS().test(sentence) };
  for (const rule of RULES) {
    if (rule.needs && !rule.needs(sentence, h)) continue;
    const pattern = rule.pattern();
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      let start = m.index;
      const end = start + m[0].length;
      if (!claims.free(start, end)) continue;
      const read = rule.read(m);
      if (!read) continue;
      const modifier = MODIFIER().exec(sentence.slice(Math.max(0, start - 20), start));
      if (modifier && claims.free(start - modifier[0].length, start)) start -= modifier[0].length;
      claims.claim(start, end);
      const date: Found & { relative?: Relative } = { kind: 'date', text: sentence.slice(start, end), value: read.value, unit: read.unit, start, end };
      if (read.relative) date.relative = read.relative;
      found.push(date);
    }
  }
  if (found.length > 1) found.sort((a, b) => a.start - b.start);
  let future: boolean | undefined;
  for (const date of found) {
    if (date.value !== null && date.unit === 'quarter') clock.lastQuarter = quarterOfValue(String(date.value));
    if (!date.relative) continue;
    future ??= speaksOfFuture(sentence);
    date.value = resolve(date.relative, clock, future);
    if (clock.anchor && date.value !== null) date.anchor = formatDay(clock.anchor);
    delete date.relative;
  }
  return found;
}

const quarterOfValue = (value: string) => {
  const m = /^(\d{4})-Q([1-4])$/.exec(value);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : null;
};
