/**
 * Dates in news prose, normalised where the phrase says enough:
 * `October 19, 2025` → 2025-10-19, `August 2024` → 2024-08, `the first quarter
 * of 2025` → 2025-Q1. A missing year is written XXXX (TIMEX style), never
 * guessed from today's date; weekdays and "last week" are kept as written.
 */
import { Claims } from './claims.js';
import { Cue, cuesOf } from './cues.js';
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

// MONTH and DAY open with a lookahead for their first character. It changes no match, but V8
// compiles the rules that hold them about three times faster with it (start-up time).
const MONTH = `(?=[A-Z])(?:${MONTH_NAMES.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '(?=\\d)(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[0-9]|20)\\d\\d';
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 };
const SEASON: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

/** Words before a bare year or month that show it is one ("in 1953", "since August"). */
const DATE_CUE = '(?:in|since|of|from|until|till|by|before|after|during|between|and|to|through|early|late|mid-|last|next|this|around|circa)';

interface Rule {
  pattern: RegExp;
  /** A cheap test that every match passes: a sentence that fails it is not searched with the (costlier) pattern. */
  needs?: (sentence: string, has: Cues) => boolean;
  /** Normalised value and precision from the match; null rejects the match. */
  read(m: RegExpExecArray): { value: string | null; unit: string } | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const month = (name: string) => MONTH_NUMBER.get(name.replace('.', ''))!;
const day = (text: string) => Number.parseInt(text, 10);

// What the rules need (most sentences have none of it): the sentence's cues (cues.ts), and whether it
// holds a year's digits, looked for once per sentence.
const YEAR_DIGITS = /(?:1\d|20)\d\d/;
interface Cues {
  cues: number;
  year: boolean;
}
const hasMonth = (_: string, has: Cues) => (has.cues & Cue.month) !== 0;
const hasYear = (_: string, has: Cues) => has.year;
const hasMonthAndYear = (_: string, has: Cues) => has.year && (has.cues & Cue.month) !== 0;
const hasMonthAndDigit = (_: string, has: Cues) => (has.cues & Cue.month) !== 0 && (has.cues & Cue.digit) !== 0;

// Most specific first: a later rule never claims words an earlier one took.
const RULES: Rule[] = [
  { // 2025-10-19
    pattern: /\b(\d{4})-(0[1-9]|1[0-2])-([0-2]\d|3[01])\b/g,
    needs: (s, has) => has.year && s.includes('-'),
    read: (m) => ({ value: `${m[1]}-${m[2]}-${m[3]}`, unit: 'day' }),
  },
  { // October 19, 2025 · Sunday, Oct. 19, 2025
    pattern: new RegExp(`\\b(?:${WEEKDAY},?\\s)?(${MONTH})\\s(${DAY}),?\\s(${YEAR})\\b`, 'g'),
    needs: hasMonthAndYear,
    read: (m) => ({ value: `${m[3]}-${pad(month(m[1]!))}-${pad(day(m[2]!))}`, unit: 'day' }),
  },
  { // 19 October 2025
    pattern: new RegExp(`\\b(?:${WEEKDAY},?\\s)?(${DAY})\\s(${MONTH})\\s(${YEAR})\\b`, 'g'),
    needs: hasMonthAndYear,
    read: (m) => ({ value: `${m[3]}-${pad(month(m[2]!))}-${pad(day(m[1]!))}`, unit: 'day' }),
  },
  { // October 19 · 19 October (the year is not in the phrase)
    pattern: new RegExp(`\\b(?:${WEEKDAY},?\\s)?(?:(${MONTH})\\s(${DAY})|(${DAY})\\s(${MONTH}))(?![\\d,]*\\d)\\b`, 'g'),
    needs: hasMonthAndDigit,
    read: (m) => ({ value: `XXXX-${pad(month(m[1] ?? m[4]!))}-${pad(day(m[2] ?? m[3]!))}`, unit: 'day' }),
  },
  { // August 2024 · August of 2024
    pattern: new RegExp(`\\b(${MONTH})\\s(?:of\\s)?(${YEAR})\\b`, 'g'),
    needs: hasMonthAndYear,
    read: (m) => ({ value: `${m[2]}-${pad(month(m[1]!))}`, unit: 'month' }),
  },
  { // the first quarter of 2025 · Q1 2025
    pattern: new RegExp(`\\b(?:(?:the\\s)?(first|second|third|fourth|final|last)\\squarter\\s(?:of\\s)?(${YEAR})|Q([1-4])\\s(${YEAR}))\\b`, 'gi'),
    needs: hasYear,
    read: (m) => ({ value: `${m[2] ?? m[4]}-Q${m[3] ?? ORDINAL[m[1]!.toLowerCase()]}`, unit: 'quarter' }),
  },
  { // the second half of 2024
    pattern: new RegExp(`\\b(?:the\\s)?(first|second)\\shalf\\sof\\s(${YEAR})\\b`, 'gi'),
    needs: hasYear,
    read: (m) => ({ value: `${m[2]}-H${ORDINAL[m[1]!.toLowerCase()]}`, unit: 'half-year' }),
  },
  { // summer 2024 · the winter of 1950
    pattern: new RegExp(`\\b(?:the\\s)?(spring|summer|autumn|fall|winter)\\s(?:of\\s)?(${YEAR})\\b`, 'gi'),
    needs: hasYear,
    read: (m) => ({ value: `${m[2]}-${SEASON[m[1]!.toLowerCase()]}`, unit: 'season' }),
  },
  { // the first quarter (of this year)
    pattern: /\bthe\s(first|second|third|fourth|final|last)\squarter\b(?!\sof\s(?:a|an|the|his|her|its|their)\b)/gi,
    needs: (_, has) => (has.cues & Cue.quarter) !== 0,
    read: (m) => ({ value: `XXXX-Q${ORDINAL[m[1]!.toLowerCase()]}`, unit: 'quarter' }),
  },
  { // the 1990s
    pattern: /\b(?:the\s)?((?:1[5-9]|20)\d0)s\b/g,
    needs: (s) => s.includes('0s'),
    read: (m) => ({ value: `${m[1]}s`, unit: 'decade' }),
  },
  { // 10/19/2025 (US order, as US news writes it)
    pattern: new RegExp(`\\b(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/(${YEAR})\\b`, 'g'),
    needs: (s) => s.includes('/'),
    read: (m) => ({ value: `${m[3]}-${pad(Number(m[1]))}-${pad(Number(m[2]))}`, unit: 'day' }),
  },
  { // in 1953 · since 2019 · 2024 (a modern year standing alone, not counting something)
    pattern: new RegExp(`(?<![\\d,.$£€¥#-])(?:(?<=\\b${DATE_CUE}\\s)(${YEAR})|((?:19|20)\\d\\d)(?!\\s+(?!and\\b|to\\b|when\\b|as\\b|after\\b|before\\b|until\\b|in\\b|at\\b|on\\b)[a-z]))(?![\\d%]|[.,]\\d|-\\d)`, 'g'),
    needs: hasYear,
    read: (m) => ({ value: m[1] ?? m[2]!, unit: 'year' }),
  },
  { // in August · since May (a month standing alone needs a cue: "may" is also a verb)
    pattern: new RegExp(`(?<=\\b${DATE_CUE}\\s(?:the\\s(?:end|start|beginning|middle)\\sof\\s)?)(${MONTH_NAMES.join('|')})\\b(?!\\s+\\p{Lu})`, 'gu'),
    needs: hasMonth,
    read: (m) => ({ value: `XXXX-${pad(month(m[1]!))}`, unit: 'month' }),
  },
  { // on Monday (kept as written: which Monday needs the publication date)
    pattern: new RegExp(`\\b${WEEKDAY}\\b(?!s)`, 'g'),
    needs: (_, has) => (has.cues & Cue.weekday) !== 0,
    read: () => ({ value: null, unit: 'weekday' }),
  },
  { // yesterday · last week · earlier this year
    // (the lookaheads change no match; they make the pattern faster to compile)
    pattern: /\b(?=[a-z])(?:yesterday|tomorrow|tonight|(?:(?:earlier|later)\s)?(?:last|next|this)\s(?=[a-z])(?:week|weekend|month|year|spring|summer|autumn|fall|winter))\b/gi,
    needs: (_, { cues }) => (cues & Cue.nearDay) !== 0 || ((cues & Cue.deictic) !== 0 && (cues & Cue.period) !== 0),
    read: () => ({ value: null, unit: 'relative' }),
  },
];

/** Every date in a sentence, longest readings first, none overlapping (`cues`: the sentence's, if known). */
export function findDates(sentence: string, cues = cuesOf(sentence)): Found[] {
  const found: Found[] = [];
  const claims = new Claims(sentence.length);
  const has: Cues = { cues, year: (cues & Cue.digit) !== 0 && YEAR_DIGITS.test(sentence) };
  for (const rule of RULES) {
    if (rule.needs && !rule.needs(sentence, has)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!claims.free(start, end)) continue;
      const read = rule.read(m);
      if (!read) continue;
      claims.claim(start, end);
      found.push({ kind: 'date', text: m[0], value: read.value, unit: read.unit, start, end });
    }
  }
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}
