/**
 * People, organisations and places, by rules over capitalised word runs:
 * a run is a candidate name, and the words around it say what it names
 * (`Dr.`, `said`, `, a ... analyst`, `Institute`, `in ...`, a gazetteer).
 * Every way an article names one thing (`Dr. Park Ji-young` / `Park`,
 * `Korean Demilitarized Zone (DMZ)` / `DMZ`) becomes one entity.
 * Headings are title case, so only known names are taken from them.
 * The rules' kind for each entity then gets a learned second opinion (entity-model.ts).
 */
import { PLACE_HEADS, PLACE_NAMED_ORGS, PLACES, isDemonym } from './gazetteer.js';
import { INVERTING_VERBS, SPEECH_VERBS } from '../quotes/speech-verbs.js';
import { type EntityEvidence, LOWER_WORDS, type LineKind, countUpTo3, entityFeatures, lineKind, modelKind } from './entity-model.js';
import { isGivenName } from './given-names.js';
import { HONORIFICS, TITLES, bareHonorific } from './names.js';
import { lowercaseVocabulary } from './vocabulary.js';
import { Words, isCapitalised, lastWordBefore, lowerWordAfter, wordAfter } from './words.js';

export type EntityKind = 'person' | 'organization' | 'place';

/** A place in the text that names an entity: a sentence (or heading) and offsets into it. */
export interface Mention {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence or heading, in the order they were given. */
  unit: number;
}

/** One person, organisation or place, however often and however it is named. */
export interface Entity {
  kind: EntityKind;
  /** The fullest name (`Park Ji-young`, `Korean Demilitarized Zone (DMZ)`). */
  name: string;
  aliases: string[];
  /** The first mention (in reading order). */
  first: Mention;
  mentions: number;
}

/** A stretch of text to search: a sentence of prose, or a heading (title case, so treated with suspicion). */
export interface TextUnit {
  text: string;
  heading: boolean;
}

/** Words that end an organisation's name (`Sejong Institute`, `Apple Inc.`). */
const ORG_HEADS = new Set([
  'Institute', 'Institution', 'Foundation', 'Ministry', 'University', 'College', 'School', 'Academy', 'Inc', 'Corp',
  'Corporation', 'Company', 'Co', 'Ltd', 'LLC', 'Plc', 'PLC', 'Group', 'Association', 'Society', 'Council',
  'Committee', 'Commission', 'Agency', 'Department', 'Bureau', 'Office', 'Service', 'Services', 'Party', 'Bank',
  'Fund', 'Federation', 'Union', 'Organization', 'Organisation', 'Center', 'Centre', 'Hospital', 'Court', 'Parliament',
  'Congress', 'Senate', 'Assembly', 'Administration', 'Authority', 'Board', 'Club', 'Church', 'Staff', 'Forces',
  'Army', 'Navy', 'Police', 'Times', 'Post', 'News', 'Network', 'Airlines', 'Airways', 'Press', 'Trust', 'Laboratory',
  'Laboratories', 'Labs', 'Partners', 'Holdings', 'Industries', 'Studios', 'Records', 'Guard', 'Corps', 'Command',
  'Coalition', 'Alliance', 'Brigade', 'Cabinet', 'Tribunal', 'Clinic', 'Museum', 'Library', 'Institutes', 'Watch',
  'International', 'Motors', 'Technologies', 'Systems', 'Media', 'Journal', 'Telegraph', 'Guardian', 'Tribune',
  'Exchange', 'Front', 'Movement', 'Daily', 'Radio', 'Television', 'Broadcasting', 'Securities', 'Capital', 'Pictures',
  'Stores', 'Markets', 'Insurance', 'Petroleum', 'Energy', 'Resources', 'Mining', 'Communications', 'Telecom', 'Investments',
  // Company forms of other countries (`Volkswagen AG`, `Atria Oy`) and shortenings (`Salomon Bros.`).
  'AG', 'SA', 'NV', 'BV', 'Oy', 'AB', 'GmbH', 'SpA', 'LP', 'Bros', 'Assn', 'Cos', 'Pty', 'Bhd',
]);

/** Heads that take an `of` phrase inside the name (`University of Texas`, `Joint Chiefs of Staff`). */
const OF_HEADS = new Set([...ORG_HEADS, 'Chiefs', 'Republic', 'Kingdom', 'Gulf', 'Bay', 'Isle', 'Cape', 'Sea', 'Straits', 'Strait', 'House', 'Chamber', 'Bank', 'Statue', 'Horn']);

/** Head words that also name one institution alone; other heads alone (`the Ministry`) are too vague. */
const STANDALONE_ORGS = new Set(['Congress', 'Senate', 'Parliament', 'Cabinet', 'Police', 'Army', 'Navy']);

/** Organisations known by a short name or acronym alone. */
const KNOWN_ORGS = new Set([
  'UN', 'NATO', 'EU', 'FBI', 'CIA', 'NSA', 'NASA', 'BBC', 'CNN', 'ABC', 'CBS', 'NBC', 'FIFA', 'UEFA', 'WHO', 'IMF',
  'OPEC', 'ISIS', 'ISIL', 'NHS', 'MI5', 'MI6', 'IRA', 'WTO', 'UNICEF', 'UNESCO', 'AP', 'AFP', 'NFL', 'NBA', 'MLB',
  'NHL', 'ESPN', 'KGB', 'FDA', 'CDC', 'EPA', 'IRS', 'DEA', 'TSA', 'FAA', 'NTSB', 'LAPD', 'NYPD', 'RAF', 'GOP', 'ANC',
  'ASEAN', 'OECD', 'Reuters', 'Hamas', 'Hezbollah', 'Taliban', 'Interpol', 'Europol', 'Pentagon', 'Kremlin',
]);

/** Last words of names that are events, laws or things, not entities (`Korean War`, `Olympic Games`). */
const NOT_ENTITY_HEADS = new Set([
  'War', 'Wars', 'Revolution', 'Olympics', 'Games', 'Cup', 'Championship', 'Championships', 'Festival', 'Day', 'Act',
  'Bill', 'Award', 'Awards', 'Prize', 'Week', 'Crisis', 'Summit', 'Treaty', 'Accord', 'Agreement', 'Show', 'Series',
  'Wall', 'Prix', 'Open', 'Year', 'Christmas', 'Easter', 'Ramadan', 'Bible', 'Koran', 'Quran', 'Internet',
]);

/** Capitalised words that are never names alone: calendar words, compass points, pronouns. */
const NEVER_ALONE = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'North', 'South', 'East',
  'West', 'I', 'God', 'OK', 'TV', 'CEO', 'PM', 'AM', 'GMT', 'EST', 'BST', 'PUBLISHED', 'UPDATED',
]);

/** Words that open sentences but are not names (`However`, `According`). */
const FUNCTION_WORDS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'There', 'Here', 'However', 'But', 'And', 'Or', 'So', 'Yet',
  'If', 'When', 'While', 'After', 'Before', 'Since', 'Although', 'Though', 'Because', 'As', 'At', 'In', 'On', 'For',
  'From', 'To', 'By', 'With', 'Without', 'According', 'Meanwhile', 'Still', 'Now', 'Then', 'Also', 'Despite',
  'During', 'It', 'He', 'She', 'They', 'We', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your', 'What',
  'Why', 'How', 'Who', 'Where', 'Which', 'Some', 'Many', 'Most', 'All', 'Each', 'Every', 'No', 'Not', 'One',
  'Two', 'Three', 'Last', 'Next', 'Other', 'Another', 'Such', 'Even', 'Just', 'Only', 'Both', 'Yes', 'Do', 'Does',
  'Did', 'Is', 'Are', 'Was', 'Were', 'Will', 'Would', 'Can', 'Could', 'Should', 'Instead', 'Indeed', 'Today',
  'Yesterday', 'Tomorrow', 'Once', 'Under', 'Over', 'Among', 'Between', 'Like', 'Unlike', 'Until', 'Please', 'Let',
]);

/** Lowercase words that may sit inside a name (`Joint Chiefs of Staff`, `Charles de Gaulle`). */
const PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'den', 'del', 'la', 'le', 'al', 'bin', 'ibn', 'el', 'dos', 'du']);

/** Words that join a head to the rest of an organisation's name (`Ministry of Defence`, `Council on Foreign Relations`). */
const OF_WORDS = new Set(['of', 'for', 'on']);

/** Nouns written right after a body's name that say what it is (`Liberte newspaper`, `Interfax news agency`, `Labour party`). */
const BODY_NOUNS_AFTER = new Set([
  'newspaper', 'daily', 'weekly', 'magazine', 'agency', 'party', 'group', 'company', 'firm', 'bank', 'airline', 'network',
  'broadcaster', 'club', 'side', 'union', 'movement', 'faction', 'conglomerate', 'brokerage', 'consortium', 'subsidiary', 'unit',
]);
/**
 * Nouns written right before a body's name (`insurer Prudential`, `retailers Metro`, `network CNBC`); not those that
 * also come before people or ships (`broker Shakil Rizvi`, `aircraft carrier Carl Vinson`).
 */
const BODY_NOUNS_BEFORE = new Set([
  'newspaper', 'newspapers', 'daily', 'weekly', 'magazine', 'agency', 'agencies', 'group', 'groups', 'company', 'companies',
  'firm', 'firms', 'bank', 'banks', 'insurers', 'retailer', 'retailers', 'brokers', 'brokerage', 'airline', 'airlines',
  'carriers', 'network', 'broadcaster', 'broadcasters', 'concern', 'conglomerate', 'consortium', 'chain',
  'operator', 'maker', 'makers', 'manufacturer', 'supplier', 'distributor', 'subsidiary', 'unit', 'club', 'clubs', 'side',
  'sides', 'team', 'teams', 'rivals',
]);
/** `Hong Kong-based`, `Singapore-listed`, `Second-placed`: a compound adjective, not a name (`Ji-young` is one). */
const ADJECTIVE_ENDING = /-\p{Ll}+(?:ed|en)$|-(?:born|made|run|held|built|wide)$/u;
/** Endings of the adjectives of a creed, party or people (`Maoist`, `Islamic`, `Ivorian`): one such word is no body. */
const AFFILIATION_ENDING = /(?:ist|ian|ic|ese|ish)$/;
// The noun after a name: the word after it, or after `news` (`news agency`).
const BODY_NOUN_AFTER = /^\s+(?:news\s+)?(\p{Ll}+)\b/u;

const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'across', 'near', 'into', 'toward', 'towards', 'outside', 'inside', 'through', 'throughout', 'via', 'around']);

interface Candidate {
  name: string;
  title: string | null;
  mention: Mention;
  kinds: Partial<Record<EntityKind, number>>;
  acronym: string | null;
  /** Taken from a heading: kept only when it names something the prose names too, or a known place. */
  heading: boolean;
}

// Patterns used for every word or name.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const BRACKETED_ACRONYM = /^\s\((\p{Lu}[\p{Lu}\p{N}&]{1,9})\)/u;
const SHOUTED = /^\p{Lu}{5,}$/u;
const CONTRACTION = /['’](?:ve|ll|m|re|d|t)$/;
const TWO_LETTERS = /\p{L}{2}/u;
const ACRONYM = /^\p{Lu}{2,5}$/u;
/** `U.N.`, `F.B.I.`: an acronym written with periods, known by its undotted letters. */
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,5}$/u;
const undotted = (name: string) => (DOTTED_ACRONYM.test(name) ? name.replace(/\./g, '') : name);
const isKnownOrg = (name: string) => KNOWN_ORGS.has(undotted(name)) || PLACE_NAMED_ORGS.has(name);
/** Acronyms news writes that name no organisation: units, titles, diseases, time zones. */
const NOT_BODIES = new Set(['CEO', 'CFO', 'GDP', 'GNP', 'TV', 'AIDS', 'HIV', 'OK', 'AM', 'PM', 'GMT', 'EST', 'EDT', 'PST', 'BST', 'CET', 'DNA', 'MP', 'MPS', 'VAT', 'ID', 'PC', 'IT', 'UFO', 'RBI', 'ERA', 'DJ', 'CD', 'DVD', 'USB', 'AI', 'VIP', 'PR', 'HQ', 'BC', 'AD', 'NO', 'II', 'III', 'IV', 'VI']);
// Three lower-case words or more: prose, not a headline or a table row in capitals. (Remembered for
// the last sentence asked about, so a line of many acronyms is read once.)
let lastSentence = '';
let lastRunning = false;
function runningText(sentence: string): boolean {
  if (sentence === lastSentence) return lastRunning;
  lastSentence = sentence;
  lastRunning = countUpTo3(sentence, LOWER_WORDS) >= 3;
  return lastRunning;
}
/**
 * A line of the body in title case (`Redesigned Scopes Fail to Stop Superbug Outbreaks`, a
 * related story's link): its capitals say no more of names than a heading's do. Four capitalised
 * words or more, lower case only for the small words a title leaves small, no stop at the end.
 */
export function isTitleCaseLine(text: string): boolean {
  // Prose fails on its first ordinary lower-case word, so this runs first.
  let capitals = 0;
  let small = 0;
  for (const [word] of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    if (isCapitalised(word)) capitals++;
    else if (TITLE_SMALL_WORDS.has(word)) small++;
    else return false;
  }
  // A table's row (`Pete Sampras (U.S.) vs. Adrian Voinea (Romania)`, scores) is no title.
  return capitals >= 4 && small >= 1 && !/[.!?:;,]["'”’)\]]*\s*$|[(\d]/.test(text.replace(/\[\d+\]$/, ''));
}

const PARTY_MEMBERS = new Set(['Democrat', 'Democrats', 'Republican', 'Republicans', 'Conservative', 'Conservatives', 'Liberal', 'Liberals', 'Socialist', 'Socialists', 'Tory', 'Tories']);

const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'at', 'by', 'with', 'from', 'as', 'into', 'over', 'but', 'nor']);

const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)*$|^\p{Lu}\.$/u;

/**
 * NAME_WORD.test(word), ASCII by character code (`Kim`, `Ji-young`, `O'Neill`, `F.`): it is asked of every
 * word of most names. A word with any other character beyond ASCII goes to the pattern.
 */
export function isNameWord(word: string): boolean {
  const first = word.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return first >= 128 && NAME_WORD.test(word);
  if (word.length === 2 && word.charCodeAt(1) === 0x2e) return true;
  // Lower-case letters and apostrophes, then each hyphen followed by a letter.
  let letters = 0;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c === 0x27 || c === 0x2019) letters++;
    else if (c >= 128) return NAME_WORD.test(word);
    else if (c !== 0x2d || letters === 0 || i + 1 >= word.length) return false;
    else {
      const next = word.charCodeAt(i + 1);
      if (next >= 128) return NAME_WORD.test(word);
      if (!((next >= 97 && next <= 122) || (next >= 65 && next <= 90))) return false;
      i++;
    }
  }
  return letters > 0;
}
/** A capitalised word, or an acronym, dotted or not, that can end the name of a body or place. */
const NAME_OR_ACRONYM = /^\p{Lu}[\p{L}\p{N}&.'’-]*$/u;
const WORD_AFTER_ENDS = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u;
// Only the letters a to z.
function isAsciiLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** `Corp.` → `Corp`: a word without its final period. */
const withoutPeriod = (word: string) => (word.charCodeAt(word.length - 1) === 0x2e ? word.slice(0, -1) : word);
const APPOSITIVE = /^,\s(?:a|an|the)\s(?:former\s|retired\s|senior\s)?[\p{Ll}-]+/u;

/**
 * Chooses an entity's kind from the rules' evidence: by default the learned model (entity-model.ts);
 * scripts/train-entities.mjs passes one that records the evidence and keeps the rules' choice.
 */
export type KindChooser = (evidence: EntityEvidence, name: string) => EntityKind | null;

const byModel: KindChooser = (evidence) => modelKind(entityFeatures(evidence), evidence.rule);

/** Find the entities in these sentences and headings (headings may be interleaved; their order is reading order). */
export function findEntities(units: TextUnit[], choose: KindChooser = byModel): Entity[] {
  // Capitalised only at a sentence start, a word the article also writes in lower case is not a name.
  const vocabulary = lowercaseVocabulary(units.filter((u) => !u.heading).map((u) => u.text));
  const resolver = new Resolver();
  units.forEach((unit, index) => {
    const found = unit.heading ? headingCandidates(unit.text, index) : sentenceCandidates(unit.text, index, vocabulary);
    const dateline = datelinePlace(unit.text, index);
    // The dateline's capitals are its place, written as prose writes it: not another name in capitals.
    if (dateline) found.splice(0, found[0]?.mention.start === 0 && found[0].mention.end <= dateline.mention.end ? 1 : 0, dateline);
    if (!unit.heading) shareListKinds(found, unit.text);
    found.forEach((c, n) => {
      // "(DMZ)" right after the name it abbreviates is part of that mention, not another one.
      if (!(n > 0 && found[n - 1]!.acronym === c.name && c.mention.start === found[n - 1]!.mention.end + 2)) resolver.take(c);
    });
  });
  return resolver.entities(units, choose);
}

// What joins the names of a list: commas, then `and` or `or` before the last (`Cargill, Mitsui and Louis Dreyfus Corp`).
const COMMA = /^,\s$/;
const LAST_GLUE = /^,?\s(?:and|or)\s$/;

// Names listed together are of one kind: one with no evidence of its own takes the kind the others show, if they
// show only one (`Cargill, Mitsui and Louis Dreyfus Corp`, `in Kivu, Goma and Bukavu`). Commas alone make no list
// ("In Moscow, Yeltsin said"). One pass over the sentence's names.
function shareListKinds(found: Candidate[], text: string): void {
  let from = 0;
  for (let n = 1; n < found.length; n++) {
    const glue = text.slice(found[n - 1]!.mention.end, found[n]!.mention.start);
    if (LAST_GLUE.test(glue)) {
      shareKind(found.slice(from, n + 1));
      from = n + 1;
    } else if (!COMMA.test(glue)) from = n;
  }
}

function shareKind(list: Candidate[]): void {
  let shown: EntityKind | null = null;
  for (const c of list) {
    const kind = bestKind(c.kinds);
    if (kind && shown && kind !== shown) return;
    shown ??= kind;
  }
  if (shown) for (const c of list) if (!bestKind(c.kinds)) add(c, shown, 2);
}

// A wire dateline opens a story with the place it was filed from, in capitals: `WASHINGTON, Aug. 8 -`,
// `BRUSSELS 1996-08-22`, `LONDON (Reuters) -`. Capitals only, then a date or the agency's bracket.
const DATELINE = /^(\p{Lu}[\p{Lu}.'-]+(?:\s\p{Lu}[\p{Lu}.'-]+){0,3})(?:,?\s(?:\d{4}-\d\d-\d\d\b|\p{Lu}\p{Ll}{2,}\.?\s\d{1,2}\b)|\s\()/u;

// Only a dateline and its dash before a mention (`NEW YORK, Aug. 8 - Stocks rose`, `LONDON (Reuters) — Shares`): it opens the story.
const AFTER_DATELINE = new RegExp(String.raw`${DATELINE.source}(?:\p{L}+\))?\s*[-–—]+\s*$`, 'u');

function datelinePlace(text: string, unit: number): Candidate | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  // Shown as a name is written in prose (`New York`), so that it meets the story's other mentions of it.
  const name = m[1]!.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());
  return { name, title: null, mention: { text: m[1]!, start: 0, end: m[1]!.length, unit }, kinds: { place: 3 }, acronym: null, heading: false };
}

function sentenceCandidates(text: string, unit: number, vocabulary: Set<string>): Candidate[] {
  const ws = new Words(text);
  const out: Candidate[] = [];
  let i = 0;
  while (i < ws.length) {
    if (!ws.capitalised(i)) {
      i++;
      continue;
    }
    // Gather a run of capitalised words, with particles and `of` phrases after suitable heads.
    let j = i;
    while (j + 1 < ws.length && !ws.hasAfter(j) && !ws.hasBefore(j + 1)) {
      if (ws.capitalised(j + 1)) {
        j++;
        continue;
      }
      const next = ws.text(j + 1);
      const joins =
        (PARTICLES.has(next) || (OF_WORDS.has(next) && OF_HEADS.has(ws.text(j)))) &&
        !ws.hasAfter(j + 1) && !(j + 2 < ws.length && NEVER_ALONE.has(ws.text(j + 2)));
      // "Food and Drug Administration": `and` joins only when an organisation's head word follows soon.
      const andOrg = (next === 'and' || next === '&') && !ws.hasAfter(j + 1) && orgHeadWithin(ws, j + 2, j + 5);
      if ((joins || andOrg) && j + 2 < ws.length && ws.capitalised(j + 2) && !ws.hasBefore(j + 2)) {
        j += 2;
        // "of the Congo": the article belongs to the name.
        continue;
      }
      break;
    }
    let first = i;
    // A sentence opens with a capital whatever the word: drop openers the article also writes in lower case.
    if (first === 0 || /^["'‘“(]/.test(ws.before(first))) {
      // ("Foreign Ministry officials said": not when that would leave an organisation's head word alone.)
      while (first <= j && isOpener(ws.text(first), vocabulary, text) && !(first + 1 === j && ORG_HEADS.has(ws.text(j)))) first++;
    }
    // "FBI Director Louis Freeh": a body or place, then a person by their title in it.
    const split = first <= j ? titleInside(ws, first, j) : -1;
    if (split > 0) {
      const body = candidateFromRun(ws, first, split - 1, text, unit);
      if (body) out.push(body);
    }
    const candidate = first <= j ? candidateFromRun(ws, split > 0 ? split : first, j, text, unit) : null;
    if (candidate) out.push(candidate);
    i = j + 1;
  }
  return out;
}

/** Titles that only qualify the title after them (`Foreign Minister`, `Vice President`): a chain does not end with one. */
const QUALIFYING_TITLES = new Set(['Vice', 'Prime', 'Foreign', 'Defense', 'Defence', 'Finance', 'Interior', 'Health', 'Home', 'Former', 'Acting', 'Deputy', 'Private', 'Major']);
const isTitle = (word: string) => TITLES.has(word) || HONORIFICS.has(bareHonorific(word));

// Where a run `Body Title... Given Surname` starts its person (`FBI Director Louis Freeh`, `Iraq President Saddam Hussein`);
// -1 if the run is not one. The title chain must end with a role, and the person's name follow it and end the run.
function titleInside(ws: Words, first: number, last: number): number {
  for (let k = first + 1; k < last; k++) {
    if (!isTitle(ws.text(k))) continue;
    const before = ws.text(k - 1);
    if (isTitle(before) || !ws.capitalised(k - 1) || !NAME_OR_ACRONYM.test(before)) return -1;
    // "Information Minister", "his Majesty King Hassan": the words before the title must name a body or place.
    const body = ws.texts(first, k);
    const named = body.join(' ');
    const bodyLike = PLACES.has(named) || isKnownOrg(named) || (body.length === 1 && ACRONYM.test(undotted(named))) ||
      body.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w));
    if (!bodyLike) return -1;
    let m = k;
    while (m < last && isTitle(ws.text(m))) m++;
    if (QUALIFYING_TITLES.has(ws.text(m - 1)) || last - m > 2) return -1;
    for (let n = m; n <= last; n++) {
      const word = ws.text(n);
      if (!isNameWord(word) || isTitle(word) || ORG_HEADS.has(word) || PLACE_HEADS.has(word)) return -1;
    }
    return k;
  }
  return -1;
}

// Whether one of the words from `from` up to (not including) `to` is an organisation's head word.
function orgHeadWithin(ws: Words, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, ws.length); k++) if (ORG_HEADS.has(withoutPeriod(ws.text(k)))) return true;
  return false;
}

function isOpener(word: string, vocabulary: Set<string>, sentence: string): boolean {
  if (FUNCTION_WORDS.has(word)) return true;
  if (!vocabulary.has(word.toLowerCase())) return false;
  // Written in lower case elsewhere, but also capitalised inside this sentence? Then it is a name here too.
  const spaced = ` ${word}`;
  for (let at = sentence.indexOf(spaced, 1); at !== -1; at = sentence.indexOf(spaced, at + 1)) {
    if (!LETTER_OR_DIGIT.test(sentence[at + word.length + 1] ?? '')) return false;
  }
  return true;
}

function candidateFromRun(ws: Words, first: number, last: number, sentence: string, unit: number): Candidate | null {
  let i = first;
  // Leading titles ("South Korean President", "Dr.") describe the person who follows; but a name ending
  // in an organisation's head word is the body's own ("Foreign Ministry", "General Motors").
  const titleWords: string[] = [];
  let k = i;
  while (k <= last && isDemonym(ws.text(k))) k++;
  const namesBody = ORG_HEADS.has(withoutPeriod(ws.text(last)));
  if (k < last + 1 && !namesBody && (TITLES.has(ws.text(k)) || HONORIFICS.has(bareHonorific(ws.text(k))))) {
    while (k <= last && (TITLES.has(ws.text(k)) || HONORIFICS.has(bareHonorific(ws.text(k))))) titleWords.push(ws.text(k++));
    if (k <= last) i = k;
  }
  if (i > last || (titleWords.length && i !== k)) return null;
  // "The Post", "the Pentagon": the article is not part of the name.
  if (ws.text(i) === 'The' && i < last) i++;
  // "Republican Donald Trump": a leading group adjective describes a person, unless the name is a place or body.
  let heads = false;
  for (let k = i; k <= last && !heads; k++) heads = ORG_HEADS.has(ws.text(k)) || PLACE_HEADS.has(ws.text(k));
  while (i < last && isDemonym(ws.text(i)) && !heads && !PLACES.has(sentence.slice(ws.start(i), ws.end(last)))) i++;
  // "Singapore-listed Van Der Horst", "Second-placed Kent": a compound adjective before a name describes it.
  while (i < last && ADJECTIVE_ENDING.test(ws.text(i))) i++;
  // "a Virginia Democrat", "the Oklahoma Republican": a party's member from a place is a person described; the place is the name.
  if (i < last && PARTY_MEMBERS.has(ws.text(last)) && PLACES.has(sentence.slice(ws.start(i), ws.end(last - 1)))) last--;
  const start = ws.start(i);
  const end = ws.end(last);
  const name = sentence.slice(start, end);
  const tokens = ws.texts(i, last + 1);
  const title = titleWords.length ? titleWords.join(' ') : null;
  if (!isEntityShaped(name, tokens)) return null;
  const tail = sentence.slice(end);
  // Only a bracket right after the name can hold its acronym.
  const bracketed = sentence.charCodeAt(end + 1) === 0x28 ? BRACKETED_ACRONYM.exec(tail)?.[1] : undefined;
  const acronym = bracketed && abbreviates(bracketed, name) ? bracketed : null;
  const candidate: Candidate = {
    name,
    title,
    mention: { text: name, start, end, unit },
    kinds: {},
    acronym,
    heading: false,
  };
  const punctuated = (first > 0 && ws.hasAfter(first - 1)) || ws.hasBefore(first);
  scoreKinds(candidate, tokens, first > 0 ? ws.text(first - 1) : '', tail, punctuated);
  // An acronym in running text (`the FDP said`, not a line in capitals) most often names a body.
  const letters = undotted(name);
  if (tokens.length === 1 && ACRONYM.test(letters) && !NOT_BODIES.has(letters) && !candidate.kinds.place && runningText(sentence)) add(candidate, 'organization', 2);
  return candidate;
}

// "Korean Demilitarized Zone (DMZ)" yes, "London (CNN)" no: the letters of an acronym come from the name, in order.
function abbreviates(acronym: string, name: string): boolean {
  if (!name.split(/\s+/).some((w) => w[0] === acronym[0])) return false;
  let at = 0;
  for (const ch of acronym.toLowerCase()) {
    at = name.toLowerCase().indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function isEntityShaped(name: string, tokens: string[]): boolean {
  if (tokens.length === 1 && NEVER_ALONE.has(tokens[0]!)) return false;
  // Contractions ("I've", "Don't") are capitalised only by position.
  if (tokens.some((t) => CONTRACTION.test(t))) return false;
  if (isDemonym(name)) return false;
  if (NOT_ENTITY_HEADS.has(tokens[tokens.length - 1]!)) return false;
  // "Moscow-backed", "Hong Kong-based": a compound adjective, whatever its first part names.
  if (ADJECTIVE_ENDING.test(tokens[tokens.length - 1]!)) return false;
  // Shouting (PUBLISHED), numbers and single letters are not names.
  if (SHOUTED.test(name) && !KNOWN_ORGS.has(name)) return false;
  return TWO_LETTERS.test(name) || DOTTED_ACRONYM.test(name);
}

const add = (c: Candidate, kind: EntityKind, weight: number) => {
  c.kinds[kind] = (c.kinds[kind] ?? 0) + weight;
};

// Evidence for each kind, from the name itself and the words around it.
function scoreKinds(c: Candidate, tokens: string[], wordBefore: string, tail: string, punctuatedBefore: boolean): void {
  const last = withoutPeriod(tokens[tokens.length - 1]!);
  const personShaped = tokens.length <= 4 && !tokens.some((t) => ORG_HEADS.has(t) || PLACE_HEADS.has(t)) && tokens.every((t) => isNameWord(t) || PARTICLES.has(t));
  if (c.title) add(c, 'person', 3);
  if (ORG_HEADS.has(last) || tokens.some((t, n) => ORG_HEADS.has(t) && OF_WORDS.has(tokens[n + 1] ?? ''))) add(c, 'organization', 3);
  else if (tokens.some((t) => ORG_HEADS.has(t))) add(c, 'organization', 1);
  // "Boston Red Sox", "Atlanta Braves": a place and a plural make a team, not a person.
  const team = tokens.length > 1 && /[sx]$/.test(last) && tokens.slice(0, -1).some((_, n) => PLACES.has(tokens.slice(0, n + 1).join(' ')));
  if (isKnownOrg(c.name) || team) add(c, 'organization', 4);
  else if (PLACES.has(c.name)) add(c, 'place', 3);
  else if (tokens.length > 1 && PLACE_HEADS.has(last)) add(c, 'place', 2);
  // "Interfax news agency said", "Liberte newspaper", "insurer Prudential": a noun beside the name says it is a body
  // (not beside the adjective of a creed or people: "Maoist party").
  // The lower-case word after the name: every pattern of what follows it needs one.
  const first = lowerWordAfter(tail);
  const after = first === null ? null : wordAfter(tail);
  if (!(tokens.length === 1 && AFFILIATION_ENDING.test(last))) {
    // The pattern takes a word of plain letters whole: one that is no body noun (nor the `news` it looks past)
    // needs no pattern run.
    const plain = first !== null && first !== 'news' && isAsciiLower(first) && !BODY_NOUNS_AFTER.has(first);
    const noun = first === null || plain ? undefined : BODY_NOUN_AFTER.exec(tail)?.[1];
    const nounBefore = !punctuatedBefore && BODY_NOUNS_BEFORE.has(wordBefore);
    if ((noun && BODY_NOUNS_AFTER.has(noun)) || nounBefore) add(c, 'organization', 2);
  }
  if (!personShaped || team) return;
  // Lower-cased only here, for names shaped like a person's: it is slow on the article's two-byte text.
  const prev = wordBefore.toLowerCase();
  // "said Kim Sung-han", "Bruce Klingner said", "Lee Ae-ran, a defector", "Smith, 45,", "Jones, who".
  // "said Kim" but not "told CNN": only verbs that take no object put their speaker after them.
  if (INVERTING_VERBS.has(prev) && !punctuatedBefore) add(c, 'person', 2);
  if (after !== null && SPEECH_VERBS.has(after) && WORD_AFTER_ENDS.test(tail)) add(c, 'person', tokens.length > 1 ? 2 : 1);
  if (APPOSITIVE.test(tail) && tokens.length > 1) add(c, 'person', 1);
  if (/^,\s(?:who|whose)\b|^,\s\d{1,3},/u.test(tail)) add(c, 'person', 2);
  if (PLACE_PREPOSITIONS.has(prev) && !c.kinds.person) add(c, 'place', 1);
  // "Peter Blackburn" with no cue at all: a given name and a surname (not a known place or body).
  if (tokens.length >= 2 && tokens.length <= 3 && !c.kinds.place && !c.kinds.organization && isGivenName(tokens[0]!)) add(c, 'person', 2);
}

// In a heading every word is capitalised: take only known places and places named by a feature ("Korean Peninsula").
function headingCandidates(text: string, unit: number): Candidate[] {
  const ws = new Words(text);
  const out: Candidate[] = [];
  for (let i = 0; i < ws.length; i++) {
    for (let j = Math.min(ws.length - 1, i + 4); j >= i; j--) {
      const name = text.slice(ws.start(i), ws.end(j));
      const tokens = ws.texts(i, j + 1);
      const featured = tokens.length > 1 && PLACE_HEADS.has(tokens[tokens.length - 1]!) &&
        tokens.slice(0, -1).every((t, n) => isDemonym(t) || PLACES.has(t) || (n === 0 && /^(?:North|South|East|West)$/.test(t)));
      if (!PLACES.has(name) && !featured) continue;
      out.push({ name, title: null, mention: { text: name, start: ws.start(i), end: ws.end(j), unit }, kinds: { place: 3 }, acronym: null, heading: true });
      i = j;
      break;
    }
  }
  return out;
}

interface Draft {
  name: string;
  tokens: string[];
  aliases: Set<string>;
  titles: Set<string>;
  kinds: Partial<Record<EntityKind, number>>;
  first: Mention;
  mentions: number;
  lastUnit: number;
  fromProse: boolean;
  /** The first few mentions, whose surroundings the model reads. */
  spans: Mention[];
}

/**
 * Merges candidates that name the same thing, then keeps those with enough evidence of one kind. Candidates
 * come in reading order; full names are placed at once, short forms ("Park", "DMZ") once every full name is
 * known, since they may refer to one met later. (Placing full names at once keeps only the short forms in
 * memory, not every candidate of the article.)
 */
class Resolver {
  private readonly drafts: Draft[] = [];
  private readonly byName = new Map<string, Draft>();
  private readonly byAcronym = new Map<string, Draft>();
  private readonly byEnd = new Map<string, Draft[]>();
  private readonly shorts: Candidate[] = [];

  take(c: Candidate): void {
    if (isShort(c)) this.shorts.push(c);
    else this.place(c);
  }

  /** The entities, in the order the reader meets them. */
  entities(units: TextUnit[], choose: KindChooser): Entity[] {
    for (const c of this.shorts) this.place(c);
    const entities: Entity[] = [];
    const lines = new Map<number, LineKind>();
    for (const d of this.drafts) {
      const kind = choose(evidenceOf(d, units, lines), d.name);
      if (!kind) continue;
      const acronym = [...d.aliases].find((a) => this.byAcronym.get(a) === d);
      entities.push({
        kind,
        name: acronym ? `${d.name} (${acronym})` : d.name,
        aliases: [...d.aliases].filter((a) => a !== acronym || !acronym),
        first: d.first,
        mentions: d.mentions,
      });
    }
    return entities.sort((a, b) => a.first.unit - b.first.unit || a.first.start - b.first.start);
  }

  private place(c: Candidate): void {
    const named = this.byName.get(c.name);
    const exact = named ?? this.byAcronym.get(c.name);
    const known = exact ?? (isShort(c) ? referent(c, this.byEnd.get(c.name) ?? []) : undefined);
    // A surname met alone ("Jordan") counts for the person it refers to, not for the country the gazetteer knows;
    // an acronym ("the DMZ") for what its full name is.
    if (known && !named) c.kinds = { [bestKind(known.kinds) ?? 'person']: 1 };
    if (known) this.merge(known, c);
    else if (!(isShort(c) && ORG_HEADS.has(c.name) && !STANDALONE_ORGS.has(c.name))) this.create(c);
    // A heading's name is reported where the reader meets it first.
    if (known && c.mention.unit < known.first.unit) known.first = c.mention;
  }

  private merge(d: Draft, c: Candidate): void {
    for (const k in c.kinds) d.kinds[k as EntityKind] = (d.kinds[k as EntityKind] ?? 0) + c.kinds[k as EntityKind]!;
    if (c.title) d.titles.add(c.title);
    if (c.name !== d.name) d.aliases.add(c.name);
    d.mentions++;
    d.lastUnit = c.mention.unit;
    d.fromProse ||= !c.heading;
    if (d.spans.length < MODEL_SPANS) d.spans.push(c.mention);
    if (c.acronym && !this.byAcronym.has(c.acronym)) {
      this.byAcronym.set(c.acronym, d);
      d.aliases.add(c.acronym);
    }
  }

  private create(c: Candidate): void {
    const d: Draft = {
      name: c.name, tokens: c.name.split(/\s+/), aliases: new Set(), titles: new Set(), kinds: {}, first: c.mention,
      mentions: 0, lastUnit: c.mention.unit, fromProse: false, spans: [],
    };
    this.drafts.push(d);
    this.byName.set(c.name, d);
    // Index full names by their first and last word, so a surname finds its person without a scan.
    if (d.tokens.length > 1) {
      for (const token of new Set([d.tokens[0]!, d.tokens[d.tokens.length - 1]!])) {
        const list = this.byEnd.get(token);
        if (list) list.push(d);
        else this.byEnd.set(token, [d]);
      }
    }
    this.merge(d, c);
  }
}

/** How many mentions of an entity the model reads the surroundings of. */
const MODEL_SPANS = 4;
const FIRST_WORD = /^\P{L}*?([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;

// The rules' choice and what they know of a draft, for the model.
function evidenceOf(d: Draft, units: TextUnit[], lines: Map<number, LineKind>): EntityEvidence {
  let rule = bestKind(d.kinds);
  // A name only a heading gives must be a known place: title case hides everything else.
  if (rule && !d.fromProse && !(rule === 'place' && (d.kinds.place ?? 0) >= 3)) rule = null;
  const last = withoutPeriod(d.tokens[d.tokens.length - 1]!);
  return {
    tokens: d.tokens,
    kinds: d.kinds,
    rule,
    mentions: d.mentions,
    fromProse: d.fromProse,
    titled: d.titles.size > 0,
    place: PLACES.has(d.name),
    knownOrg: isKnownOrg(d.name),
    givenName: isGivenName(d.tokens[0]!),
    orgHead: ORG_HEADS.has(last),
    placeHead: PLACE_HEADS.has(last),
    contexts: d.spans.map((m) => {
      const unit = units[m.unit]!;
      let line = lines.get(m.unit);
      if (!line) lines.set(m.unit, (line = lineKind(unit.text)));
      const ahead = unit.text.slice(Math.max(0, m.start - 40), m.start);
      const last = lastWordBefore(ahead, ahead.length);
      return {
        before: last?.word ?? '',
        before2: last ? lastWordBefore(ahead, last.start)?.word ?? '' : '',
        after: FIRST_WORD.exec(unit.text.slice(m.end, m.end + 40))?.[1] ?? '',
        line,
        heading: unit.heading,
        start: m.start === 0 || (m.start < 60 && AFTER_DATELINE.test(unit.text.slice(0, m.start))),
      };
    }),
  };
}

const isShort = (c: Candidate) => !c.name.includes(' ') && !c.heading;

// "Park" or "President Lee" refers to the person of that name met most recently (or, failing that, next);
// "the Post" to the Washington Post, "Amnesty" to Amnesty International.
function referent(c: Candidate, drafts: Draft[]): Draft | undefined {
  if (drafts.length === 0) return undefined;
  const matches = drafts.filter((d) => {
    if (d.tokens.length < 2) return false;
    if ((d.kinds.person ?? 0) > 0) return d.tokens[0] === c.name || d.tokens[d.tokens.length - 1] === c.name;
    return (d.kinds.organization ?? 0) >= 3 && (d.tokens[0] === c.name || (d.tokens[d.tokens.length - 1] === c.name && ORG_HEADS.has(c.name)));
  });
  if (matches.length === 0) return undefined;
  // "Clinton" is the person before it is the Clinton Foundation.
  const people = matches.filter((d) => (d.kinds.person ?? 0) > 0);
  if (people.length && people.length < matches.length) return referent({ ...c }, people);
  const titled = c.title ? matches.filter((d) => d.titles.has(c.title!)) : [];
  const pool = titled.length ? titled : matches;
  // The latest met at or before this mention; the first of the pool on a tie.
  let latest: Draft | undefined;
  for (const d of pool) if (d.first.unit <= c.mention.unit && (!latest || d.first.unit > latest.first.unit)) latest = d;
  return latest ?? pool[0];
}

function bestKind(kinds: Partial<Record<EntityKind, number>>): EntityKind | null {
  let best: EntityKind | null = null;
  let score = 0;
  for (const kind of ['organization', 'place', 'person'] as const) {
    const s = kinds[kind] ?? 0;
    if (s > score) {
      best = kind;
      score = s;
    }
  }
  // One weak cue ("in X", "X said") is not enough for a single word; names need two.
  return score >= 2 ? best : null;
}
