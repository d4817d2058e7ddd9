/**
 * Cues: the cheap evidence that a sentence may hold a date, a duration or a
 * quantity. Every fact pattern needs some word or character (a month's name, a
 * time unit, a digit, a currency sign); three quick searches of the sentence say
 * which are there, and a pattern whose cue is missing is not run. Most sentences
 * hold no fact, so these replace a dozen pattern searches per sentence.
 *
 * A cue word is matched between word boundaries (`\b`: ASCII letters, digits and
 * `_` on one side only), which is how every pattern that needs it writes it.
 */

/** The cues, one bit each. */
export const Cue = {
  /** An ASCII digit. */
  digit: 1 << 0,
  /** A currency sign: `$ £ € ¥ ₩`. */
  currency: 1 << 1,
  /** A month's name or abbreviation, capitalised (`August`, `Sept`). */
  month: 1 << 2,
  /** A weekday's name, capitalised. */
  weekday: 1 << 3,
  /** `quarter` or `period`, in any case. */
  quarter: 1 << 4,
  /** A word for a share (`half`, `thirds`), in any case. */
  share: 1 << 5,
  /** `yesterday`, `today`, `tomorrow`, `tonight`. */
  nearDay: 1 << 6,
  /** `last`, `next`, `this`, `past`, `coming`, `previous`, `following`. */
  deictic: 1 << 7,
  /** A period a relative date counts in (`week`, `summer`). */
  period: 1 << 8,
  /** A time unit, singular or plural (`months`, `centuries`). */
  timeUnit: 1 << 9,
  /** A number word (`four`, `twenty`, `dozen`), in any case. */
  numberWord: 1 << 10,
  /** A word for the present, past or future (`now`, `recently`, `future`). */
  reference: 1 << 11,
  /** A weekday's or a month's full name, in any case (`last friday`, `next MAY`). */
  dayOrMonthName: 1 << 12,
  /** A season, in any case. */
  season: 1 << 13,
  /** `ago` or `earlier`, in any case. */
  ago: 1 << 14,
} as const;

/** Every cue: given these, every pattern runs (what tests check the cues against). */
export const ALL_CUES = (1 << 15) - 1;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century', 'centuries'];
const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'dozen',
];

interface CueWord {
  word: string;
  cue: number;
  /** Months and weekdays count only capitalised, as the date patterns write them. */
  exact: boolean;
}

// Cue words by their lower-case form (a list: `May` the month and `may` are one form).
const CUE_WORDS = new Map<string, CueWord[]>();
function cueWord(word: string, cue: number, exact = false): void {
  const list = CUE_WORDS.get(word.toLowerCase()) ?? [];
  const known = list.find((w) => w.word === word && w.exact === exact);
  if (known) known.cue |= cue;
  else list.push({ word, cue, exact });
  CUE_WORDS.set(word.toLowerCase(), list);
}
for (const w of MONTHS) cueWord(w, Cue.month, true);
for (const w of WEEKDAYS) cueWord(w, Cue.weekday, true);
cueWord('quarter', Cue.quarter);
cueWord('period', Cue.quarter);
for (const w of ['half', 'third', 'quarter', 'fifth', 'tenth', 'thirds', 'quarters']) cueWord(w, Cue.share);
for (const w of ['yesterday', 'today', 'tomorrow', 'tonight']) cueWord(w, Cue.nearDay);
for (const w of ['last', 'next', 'this', 'past', 'coming', 'previous', 'following']) cueWord(w, Cue.deictic);
for (const w of ['now', 'nowadays', 'currently', 'recently', 'future']) cueWord(w, Cue.reference);
for (const w of ['week', 'weekend', 'month', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter']) cueWord(w, Cue.period);
for (const w of [...WEEKDAYS, ...MONTHS.slice(0, 12)]) cueWord(w, Cue.dayOrMonthName);
for (const w of ['spring', 'summer', 'autumn', 'fall', 'winter']) cueWord(w, Cue.season);
for (const w of ['ago', 'earlier']) cueWord(w, Cue.ago);
// A time unit may take an `s` (`(?:century|centuries)s?` reads `centurys` too).
for (const w of UNITS) for (const form of [w, `${w}s`]) cueWord(form, Cue.timeUnit);
for (const w of NUMBER_WORDS) cueWord(w, Cue.numberWord);

// One search for all cue words (longest first, so `weekend` is not cut to `week`), in any case; a match is then
// looked up, and months and weekdays checked for their capital. One pattern is much faster than a hand-written
// loop over the characters, and than one pattern per kind of cue.
const CUE_WORD = new RegExp(`\\b(?:${[...CUE_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
const CURRENCY = /[$£€¥₩]/;

/** The cues a sentence holds, as a bit set. */
export function cuesOf(sentence: string): number {
  let cues = 0;
  if (/\d/.test(sentence)) cues |= Cue.digit;
  if (CURRENCY.test(sentence)) cues |= Cue.currency;
  CUE_WORD.lastIndex = 0;
  for (let m = CUE_WORD.exec(sentence); m; m = CUE_WORD.exec(sentence)) {
    for (const w of CUE_WORDS.get(m[0].toLowerCase())!) if (!w.exact || w.word === m[0]) cues |= w.cue;
  }
  return cues;
}
