/**
 * Cues: the cheap evidence that a sentence may hold a date, a duration or a
 * quantity. Every fact pattern needs some word or character (a month's name, a
 * time unit, a digit, a currency sign); one pass over the sentence's characters
 * says which are there, and a pattern whose cue is missing is not run (nor, at
 * start-up, compiled). Most sentences hold no fact, so this replaces a dozen
 * pattern searches per sentence.
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

// The cue words' lower-case forms as a trie over the letters a-z: NEXT[state + letter] is the state after that
// letter (each state a multiple of 26; 0: no cue word goes on so). A hand-written loop over the characters,
// walking the trie, finds the same words as one search for `\b(?:every|cue|word)\b` in any case, and costs no
// pattern to compile at start-up (that search was the facts command's costliest compile, about 1.5 ms).
const LETTERS = 26;
const ROOT = LETTERS;
let states = 2;
for (const form of CUE_WORDS.keys()) states += form.length;
const NEXT = new Int32Array(states * LETTERS);
/** The cue words that end at each state (by state / 26). */
const ENDING: Array<CueWord[] | null> = new Array<CueWord[] | null>(states).fill(null);
let free = 2 * LETTERS;
for (const [form, words] of CUE_WORDS) {
  let state = ROOT;
  for (let i = 0; i < form.length; i++) {
    const at = state + form.charCodeAt(i) - 97;
    if (!NEXT[at]) (NEXT[at] = free), (free += LETTERS);
    state = NEXT[at]!;
  }
  ENDING[state / LETTERS] = words;
}

// ASCII characters by what they are to `\b`: a letter, another word character (a digit, `_`), or neither.
const LETTER = 1;
const DIGIT = 2;
const UNDERSCORE = 3;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const lower = c | 32;
  ASCII[c] = lower >= 97 && lower <= 122 ? LETTER : c >= 48 && c <= 57 ? DIGIT : c === 95 ? UNDERSCORE : 0;
}
// Currency signs past ASCII (`$` is the one in it).
const CURRENCY = new Set([...'£€¥₩'].map((c) => c.charCodeAt(0)));

/** The cues a sentence holds, as a bit set. */
export function cuesOf(sentence: string): number {
  let cues = 0;
  // The trie's state in the current word (0: the word is no cue word), and where the word started.
  let state = ROOT;
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    const kind = c < 128 ? ASCII[c] : 0;
    if (kind === LETTER) {
      if (state) state = NEXT[state + (c | 32) - 97]!;
    } else if (kind) {
      if (kind === DIGIT) cues |= Cue.digit;
      state = 0;
    } else {
      if (state) cues |= cuesOfWord(sentence, start, state);
      if (c === 36 || (c > 127 && CURRENCY.has(c))) cues |= Cue.currency;
      state = ROOT;
      start = i + 1;
    }
  }
  return state ? cues | cuesOfWord(sentence, start, state) : cues;
}

// The cues of the word at `start` that took the trie to `state`: months and weekdays count only capitalised.
function cuesOfWord(sentence: string, start: number, state: number): number {
  const words = ENDING[state / LETTERS];
  let cues = 0;
  if (words) for (const w of words) if (!w.exact || sentence.startsWith(w.word, start)) cues |= w.cue;
  return cues;
}
