/**
 * Resolving `he said` / `she said` to a person: the nearest earlier person the
 * article names, preferring one who is the subject of a sentence and whose
 * gender, as the article gives it (an honorific, Mr. or Ms., on any mention of
 * the surname; a role word such as `spokeswoman`; a common first name), fits the pronoun.
 */
import { PLACES } from '../facts/gazetteer.js';
import { isHonorific, isNameParticle, isNameWord, isOrganizationName, isRoleWord, lastWord, splitHonorific, titleInside, wordKey } from '../names.js';
import { genderOfFirstName } from './first-names.js';
import { nextCapitalOrWide } from './letters.js';
import { isOrganisation, type Person } from './types.js';

/** A person named in the article's own words (outside quotes), at an offset into Article.text. */
export interface Mention {
  at: number;
  name: string;
  honorific: string | null;
  /** Opens its sentence, so likely its subject. */
  subject: boolean;
  /** What its honorific or first name says, found once when the mention is. */
  gender: Gender | null;
}

// Lower-case words that may join the words of a name (`Bill de Blasio`).
const RUN_PARTICLES = new Set(['de', 'van', 'von', 'der', 'bin', 'al', 'da', 'di', 'del', 'la', 'le', 'du']);
const FEMALE = new Set(['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'sister']);
const MALE = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father']);
const UPPER = /\p{Lu}/uy;
const NAME_CHARACTER = /[\p{L}\p{M}'’.\-]/uy;

/**
 * People named in `text` (one paragraph, starting at `offset` in Article.text), skipping the
 * quoted spans: runs of two or more name words, or one after an honorific.
 */
export function mentionsIn(text: string, offset: number, quoted: { start: number; end: number }[], surnames?: Set<string>): Mention[] {
  const mentions: Mention[] = [];
  let q = 0;
  for (const at of nameRuns(text, surnames)) {
    while (q < quoted.length && quoted[q]!.end <= at.start) q++;
    if (q < quoted.length && quoted[q]!.start <= at.start) continue;
    // A possessive ends the name (`Clinton's campaign`); words that name no one fall away at the edges.
    const words = text.slice(at.start, at.end).split(/[ \u00A0]+/);
    const cut = words.findIndex((w) => /['’]s?$/.test(w));
    const run = (cut === -1 ? words : words.slice(0, cut + 1)).map((w) => w.replace(/['’]s?$/, ''));
    let first = 0;
    while (first < run.length && (!isNameWord(run[first]!) || isRoleWord(run[first]!))) first++;
    const leading = first === 0;
    // `South Korean President Yoon Suk Yeol`: the words before a title describe him.
    const title = titleInside(run.slice(first));
    if (title !== -1) {
      first += title;
      while (first < run.length && isRoleWord(run[first]!)) first++;
    }
    if (first < run.length) addMention(text, offset, at.start, run.slice(first), leading, mentions, surnames);
  }
  return mentions;
}

/**
 * Runs of capitalised words, particles allowed between them (`Bill de Blasio`), that could name
 * a person: two words or more, the first not a possessive (one word alone names no one, see
 * addMention). The runs of `\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \u00A0]+(?:PARTICLE[ \u00A0]+)?\p{Lu}[\p{L}\p{M}'’.\-]*)*` (with the u flag),
 * found by character code: most of an article's capitalised words stand alone, and a regex
 * match for each of them cost more than the rest of the search.
 */
function nameRuns(text: string, surnames?: ReadonlySet<string>): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Skip ahead to a capital, or to a non-ASCII character for the full test.
    if ((i = nextCapitalOrWide(text, i)) >= n) break;
    if (!upperAt(text, i)) {
      i += unitsAt(text, i);
      continue;
    }
    const start = i;
    const firstEnd = (i = nameWordEnd(text, i));
    let words = 1;
    let wordStart = start;
    for (;;) {
      if (endsSentence(text, wordStart, i)) break;
      let j = i;
      while (j < n && isGap(text.charCodeAt(j))) j++;
      if (j === i) break;
      if (!upperAt(text, j)) {
        // `de` only when a capitalised word follows it.
        let k = j;
        while (k < n && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) k++;
        if (k === j || k >= n || !isGap(text.charCodeAt(k)) || !RUN_PARTICLES.has(text.slice(j, k))) break;
        while (k < n && isGap(text.charCodeAt(k))) k++;
        if (!upperAt(text, k)) break;
        words++;
        j = k;
      }
      wordStart = j;
      i = nameWordEnd(text, j);
      words++;
    }
    // One word alone is a mention when it is the surname of someone named in full before (`Clinton noted`).
    const surname = words === 1 && surnames !== undefined && surnames.size > 0 && surnames.has(text.slice(start, isPossessive(text, i) ? i - (text.charCodeAt(i - 1) === 115 ? 2 : 1) : i));
    if ((words >= 2 && !isPossessive(text, firstEnd)) || surname) runs.push({ start, end: i });
  }
  return runs;
}

// The word from `start` to `end` ends its sentence: a stop after a word, not after an initial
// (`R.`, `U.S.`) or an honorific (`Gen.`): `in Madrid. Caudevilla, a stocky …` is no name.
function endsSentence(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end - 1) !== 46 /* . */) return false;
  const word = text.slice(start, end - 1);
  return word.length >= 3 && !word.includes('.') && !isHonorific(word);
}

function isGap(c: number): boolean {
  return c === 32 || c === 0xa0;
}

// The UTF-16 units of the character at `i`: 2 for a surrogate pair.
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? (text.codePointAt(i)! > 0xffff ? 2 : 1) : 1;
}

function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  UPPER.lastIndex = i;
  return UPPER.test(text);
}

// The end of the name word whose capital is at `i`: letters, marks, apostrophes, periods and hyphens.
function nameWordEnd(text: string, i: number): number {
  i += unitsAt(text, i);
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 46 || c === 45) i++;
      else break;
    } else {
      NAME_CHARACTER.lastIndex = i;
      if (!NAME_CHARACTER.test(text)) break;
      i = NAME_CHARACTER.lastIndex;
    }
  }
  return i;
}

// A word that ends in `'` or `'s` (straight or curly) before `end`.
function isPossessive(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  const apostrophe = (c: number) => c === 39 || c === 0x2019;
  return apostrophe(last) || (last === 115 /* s */ && apostrophe(text.charCodeAt(end - 2)));
}

function addMention(text: string, offset: number, at: number, words: string[], leading: boolean, out: Mention[], surnames?: Set<string>): void {
  const { honorific, name } = splitHonorific(words);
  const known = name.length === 1 && surnames?.has(name[0]!) === true;
  if (isOrganizationName(words) || (name.length < 2 && !honorific && !known) || !name.every((w) => isNameWord(w) || isNameParticle(w))) return;
  if (leading && /\bthe\s+$/i.test(text.slice(Math.max(0, at - 4), at))) return;
  const before = text.slice(Math.max(0, at - 3), at);
  const full = name.join(' ').replace(/\.$/, '');
  if (name.length >= 2 && !PLACES.has(full)) surnames?.add(name[name.length - 1]!.replace(/\.$/, ''));
  out.push({ at: offset + at, name: full, honorific, subject: leading && (at === 0 || /[.!?]["'”’]?\s+$/.test(before)), gender: nameGender(honorific, full) });
}

/** How far back (in characters) a pronoun looks for its person. */
const PRONOUN_REACH = 1500;
/** How far back a short name (`Park`) looks for its full form (`Park Ji-young`). */
export const NAME_REACH = 6000;

/**
 * The person `pronoun` (he, she) at `at` refers to, from mentions and earlier speakers, nearest first.
 * Both lists are in reading order; only their tails within reach are read, so long articles stay linear.
 */
export function resolvePronoun(pronoun: string, at: number, mentions: readonly Mention[], speakers: readonly { at: number; speaker: Person }[]): Person | null {
  if (pronoun !== 'he' && pronoun !== 'she') return null;
  const near: Mention[] = [];
  for (const s of tail(speakers, at, NAME_REACH)) {
    if (s.speaker.name && !isOrganisation(s.speaker)) near.push({ at: s.at, name: s.speaker.name, honorific: s.speaker.honorific, subject: true, gender: speakerGender(s.speaker) });
  }
  for (const m of tail(mentions, at, NAME_REACH)) near.push(m);
  near.sort((a, b) => b.at - a.at);
  // What the article says of each surname: `Ms. Clinton`, `Mr. Trump`, `a spokeswoman`.
  const genders = new Map<string, Gender>();
  for (const c of near) {
    const gender = c.gender;
    const known = genders.get(lastWord(c.name));
    if (gender && known !== 'either') genders.set(lastWord(c.name), known && known !== gender ? 'either' : gender);
  }
  const wanted: Gender = pronoun === 'he' ? 'm' : 'f';
  const fits = (c: Mention) => {
    // `he` is never a country or a city, however recently named (`in Salem, New Hampshire, Trump …`).
    if (PLACES.has(c.name)) return false;
    const gender = c.gender ?? genders.get(lastWord(c.name));
    return !gender || gender === 'either' || gender === wanted;
  };
  const reachable = near.filter((c) => fits(c) && at - c.at < PRONOUN_REACH);
  const best = reachable.find((c) => c.subject) ?? reachable[0];
  if (!best) return null;
  const full = fullName(best, near);
  return { name: full.name, honorific: full.honorific ?? best.honorific, description: null, organization: null };
}


/** Female, male, or both said of one surname (two people share it). */
export type Gender = 'f' | 'm' | 'either';

// Role words that say who someone is: `spokeswoman`, `congressman`, `actress`.
const FEMALE_WORDS = /\b(?:\p{L}+woman|actress|mother|wife|daughter|sister|grandmother|widow|girl)\b/iu;
const MALE_WORDS = /\b(?:(?:spokes|congress|chair|business|council|assembly|sales|anchor)man|husband|father|son|brother|grandfather|widower|boy)\b/iu;

// What a name says of its bearer: its honorific, else its first name.
function nameGender(honorific: string | null, name: string): Gender | null {
  return genderOfHonorific(honorific) ?? (name.includes(' ') ? genderOfFirstName(name.slice(0, name.indexOf(' '))) : null);
}

// A speaker's gender, from the name or the words describing them (`a spokeswoman`), found once per speaker.
const SPEAKER_GENDERS = new WeakMap<Person, Gender | null>();
function speakerGender(speaker: Person): Gender | null {
  let gender = SPEAKER_GENDERS.get(speaker);
  if (gender === undefined) SPEAKER_GENDERS.set(speaker, (gender = nameGender(speaker.honorific, speaker.name ?? '') ?? genderOfWords(speaker.description)));
  return gender;
}

function genderOfHonorific(honorific: string | null): Gender | null {
  if (!honorific) return null;
  const key = wordKey(honorific.split(' ')[0]!);
  return FEMALE.has(key) ? 'f' : MALE.has(key) ? 'm' : null;
}

function genderOfWords(description: string | null): Gender | null {
  if (!description) return null;
  const female = FEMALE_WORDS.test(description);
  const male = MALE_WORDS.test(description);
  return female === male ? null : female ? 'f' : 'm';
}

// The items before `at` and at most `reach` characters back, read from the end of the list.
function tail<T extends { at: number }>(items: readonly T[], at: number, reach: number): T[] {
  const out: T[] = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (item.at >= at) continue;
    if (at - item.at > reach) break;
    out.push(item);
  }
  return out;
}

// The fullest earlier form of a name: `Park` → `Park Ji-young` when the article named her so.
function fullName(best: Mention, candidates: readonly Mention[]): { name: string; honorific: string | null } {
  let full = { name: best.name, honorific: null as string | null };
  if (best.name.includes(' ')) return full;
  let length = 1;
  for (const c of candidates) {
    // A substring test first: most candidates do not have the word at all.
    if (!c.name.includes(best.name)) continue;
    const words = c.name.split(' ');
    if (words.length > length && words.includes(best.name)) {
      full = { name: c.name, honorific: c.honorific };
      length = words.length;
    }
  }
  return full;
}
