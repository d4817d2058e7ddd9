/**
 * Quantities: measures with their unit and any conversion the article gives
 * (`250 kilometers (160 miles)`), money (`$3.36bn`), percentages (`6.4%`),
 * counts of things (`38 North Korean defectors`) and shares (`more than half`),
 * each with the qualifier that makes it approximate (`about`, `more than`).
 */
import { Claims } from './claims.js';
import { compiled } from './compiled.js';
import { Cue, cuesOf } from './cues.js';
import { NUMBER, SCALE_SUFFIX, parseNumber } from './numbers.js';
import type { Found } from './types.js';

/** Unit words as written → the unit reported. */
const UNITS: Record<string, string> = {
  km: 'kilometer', kilometer: 'kilometer', kilometre: 'kilometer', mile: 'mile', mi: 'mile',
  m: 'meter', meter: 'meter', metre: 'meter', cm: 'centimeter', centimeter: 'centimeter', centimetre: 'centimeter',
  mm: 'millimeter', millimeter: 'millimeter', millimetre: 'millimeter', ft: 'foot', foot: 'foot', feet: 'foot',
  inch: 'inch', inches: 'inch', yard: 'yard', yd: 'yard',
  kg: 'kilogram', kilogram: 'kilogram', kilo: 'kilogram', g: 'gram', gram: 'gram', lb: 'pound', lbs: 'pound',
  pound: 'pound', ounce: 'ounce', oz: 'ounce', ton: 'ton', tonne: 'tonne', stone: 'stone', st: 'stone',
  liter: 'liter', litre: 'liter', gallon: 'gallon', pint: 'pint', barrel: 'barrel',
  acre: 'acre', hectare: 'hectare', 'square mile': 'square mile', 'square kilometer': 'square kilometer',
  'square kilometre': 'square kilometer', 'square meter': 'square meter', 'square metre': 'square meter',
  'square foot': 'square foot', 'square feet': 'square foot',
  mph: 'mile per hour', 'km/h': 'kilometer per hour', kph: 'kilometer per hour', knot: 'knot',
  degree: 'degree', '°c': 'degree Celsius', '°f': 'degree Fahrenheit', calorie: 'calorie',
  percent: 'percent', 'per cent': 'percent', '%': 'percent', 'percentage point': 'percentage point',
  dollar: 'USD', euro: 'EUR', yen: 'JPY', yuan: 'CNY', won: 'KRW', rupee: 'INR',
  gigabyte: 'gigabyte', gb: 'gigabyte', megabyte: 'megabyte', mb: 'megabyte', terabyte: 'terabyte', tb: 'terabyte',
  megawatt: 'megawatt', mw: 'megawatt', kilowatt: 'kilowatt', kw: 'kilowatt', volt: 'volt', watt: 'watt',
};
const UNIT = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[%/.]/g, '\\$&').replace(' ', '\\s'))
  .join('|');

// Every unit starts with one of these. Saying so changes no match, but V8 compiles the patterns that
// hold UNIT several times faster with it (about 6 ms less at start-up).
const UNIT_START = '(?=[a-z%°])';

const CURRENCY: Record<string, string> = { $: 'USD', 'US$': 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₩': 'KRW' };

const QUALIFIER =
  '(?:approximately|about|around|roughly|nearly|almost|some|over|under|only|just|at\\sleast|at\\smost|up\\sto|' +
  'more\\sthan|less\\sthan|fewer\\sthan|as\\smany\\sas|as\\smuch\\sas|close\\sto|an\\sestimated|upwards\\sof)';

const MONEY = compiled(new RegExp(
  `(?:\\b(${QUALIFIER})\\s)?(US\\$|[$£€¥₩])\\s?(${NUMBER}(?:${SCALE_SUFFIX})?)`,
  'gi',
));
const MEASURE = compiled(new RegExp(
  `(?:\\b(${QUALIFIER})\\s)?(?<![\\w.,$£€¥₩])(${NUMBER})(?:\\s?(%)|[\\s-]${UNIT_START}(${UNIT})(?:e?s)?\\b)`,
  'gi',
));
// A conversion in brackets right after a measure: 250 kilometers (160 miles). Tried only where a
// bracket follows, as its own sticky pattern: one pattern with both is several times slower to compile.
// (The lookahead for the number's first character changes no match; it makes the compile a fifth faster.)
const CONVERSION = compiled(new RegExp(`\\s\\((?:about\\s|around\\s|roughly\\s)?(?=[\\da-z])(${NUMBER})[\\s-]?${UNIT_START}(${UNIT})(?:e?s)?\\)`, 'iy'));
const SHARE = compiled(new RegExp(
  `\\b(${QUALIFIER})\\s(?=[a-z])(half|a\\s(?:third|quarter|fifth|tenth)|(?:one|two)-thirds|three-quarters)\\b`,
  'gi',
));
const SHARE_VALUE: Record<string, number> = {
  half: 0.5, 'a third': 1 / 3, 'a quarter': 0.25, 'a fifth': 0.2, 'a tenth': 0.1,
  'one-third': 1 / 3, 'two-thirds': 2 / 3, 'three-quarters': 0.75,
};
const COUNT = compiled(new RegExp(`(?:\\b(${QUALIFIER})\\s)?(?<![\\w.,$£€¥₩-])(${NUMBER})(?![\\w,.%]*\\d)\\s`, 'gi'));

// Words that end a counted noun phrase, or show there is none: "38 of the", "four were".
const NOT_IN_PHRASE = new Set([
  'of', 'the', 'a', 'an', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'than',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'who',
  'which', 'that', 'this', 'these', 'those', 'it', 'its', 'their', 'his', 'her', 'they', 'we', 'he', 'she', 'per',
  'times', 'percent', 'old',
]);
// Plural words that are not plural nouns.
const NOT_PLURAL = compiled(/^(?:.*ss|.*ous|.*is|.*us|was|has|does|this|its|his|hers|yes|always|perhaps|across|less|news|series|species|whereas|besides|towards)$/i);
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'troops', 'feet', 'teeth', 'cattle', 'personnel', 'crew']);

/**
 * Every quantity in a sentence (dates and durations are found first and passed in, so they are skipped;
 * `cues`: the sentence's, if known).
 */
export function findQuantities(sentence: string, taken: Array<{ start: number; end: number }> = [], cues = cuesOf(sentence)): Found[] {
  const found: Found[] = [];
  // Each pattern is tried only where the words it needs are present: most sentences hold no number.
  if (!(cues & (Cue.digit | Cue.numberWord | Cue.currency | Cue.share))) return found;
  const claims = new Claims(sentence.length, taken);
  const add = (fact: Found) => {
    if (!claims.free(fact.start, fact.end)) return;
    claims.claim(fact.start, fact.end);
    found.push(fact);
  };

  const numbers = (cues & (Cue.digit | Cue.numberWord)) !== 0;
  if (cues & Cue.currency) {
    for (const m of sentence.matchAll(MONEY())) {
      const value = parseNumber(m[3]!);
      if (value === null) continue;
      add(withQualifier({ kind: 'quantity', text: m[0], value, unit: CURRENCY[m[2]!.toUpperCase()] ?? 'USD', start: m.index!, end: m.index! + m[0].length }, m[1]));
    }
  }
  if (numbers) {
    const measure = MEASURE();
    measure.lastIndex = 0;
    for (let m = measure.exec(sentence); m; m = measure.exec(sentence)) {
      // "Ninety Mile Beach" is a name: a number word and a unit both capitalised are not a measure.
      if (isUpper(m[2]!, 0) && isLower(m[2]!, 1) && m[4] && isUpper(m[4], 0)) continue;
      const value = parseNumber(m[2]!);
      const conversion = sentence[measure.lastIndex + 1] === '(' ? convertedAt(sentence, measure.lastIndex) : null;
      if (conversion) measure.lastIndex = conversion.end;
      if (value === null) continue;
      const end = measure.lastIndex;
      const fact: Found = { kind: 'quantity', text: sentence.slice(m.index, end), value, unit: unitOf(m[3] ?? m[4]!), start: m.index, end };
      if (conversion?.value != null) fact.conversion = { value: conversion.value, unit: conversion.unit };
      add(withQualifier(fact, m[1]));
    }
  }
  if (cues & Cue.share) {
    for (const m of sentence.matchAll(SHARE())) {
      const share = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      add(withQualifier({ kind: 'quantity', text: m[0], value: SHARE_VALUE[share] ?? null, unit: 'share', start: m.index!, end: m.index! + m[0].length }, m[1]));
    }
  }
  if (numbers) {
    // An exec loop, not matchAll: matchAll copies the pattern for every sentence, and this one runs on many.
    const count = COUNT();
    count.lastIndex = 0;
    for (let m = count.exec(sentence); m; m = count.exec(sentence)) {
      const value = parseNumber(m[2]!);
      if (value === null || (value === 1 && !/\d/.test(m[2]!))) continue;
      const phrase = countedPhrase(sentence.slice(m.index + m[0].length));
      if (!phrase) continue;
      const end = m.index + m[0].length + phrase.length;
      add(withQualifier({ kind: 'quantity', text: sentence.slice(m.index, end), value, unit: phrase, start: m.index, end }, m[1]));
    }
  }
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

// The bracketed conversion at `at`, if there is one: its end, and its value (null when unreadable).
function convertedAt(sentence: string, at: number): { end: number; value: number | null; unit: string } | null {
  const conversion = CONVERSION();
  conversion.lastIndex = at;
  const m = conversion.exec(sentence);
  return m ? { end: conversion.lastIndex, value: parseNumber(m[1]!), unit: unitOf(m[2]!) } : null;
}

// Number words and units are ASCII (NUMBER and UNIT match no other letters), so their case is ASCII's.
const isUpper = (text: string, at: number) => text.charCodeAt(at) >= 65 && text.charCodeAt(at) <= 90;
const isLower = (text: string, at: number) => text.charCodeAt(at) >= 97 && text.charCodeAt(at) <= 122;

function unitOf(written: string): string {
  const key = written.toLowerCase().replace(/\s+/g, ' ');
  return UNITS[key] ?? UNITS[key.replace(/e?s$/, '')] ?? key;
}

function withQualifier(fact: Found, qualifier: string | undefined): Found {
  if (qualifier) fact.qualifier = qualifier.toLowerCase().replace(/\s+/g, ' ');
  return fact;
}

const PHRASE_START = compiled(/^(?:[\p{L}][\p{L}'’-]*\s?){1,4}/u);

// The noun phrase a number counts: up to four words, ending on a plural noun
// ("concrete anti-tank barriers", "North Korean defectors").
function countedPhrase(rest: string): string | null {
  const words = PHRASE_START().exec(rest)?.[0].trim().split(/\s+/) ?? [];
  let best: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    if (NOT_IN_PHRASE.has(lower)) break;
    if (/(?:ed|ing|ly)$/.test(lower) && i > 0) break;
    if (IRREGULAR_PLURALS.has(lower) || (/[^s']s$/.test(lower) && !NOT_PLURAL().test(lower))) best = words.slice(0, i + 1).join(' ');
  }
  return best;
}
