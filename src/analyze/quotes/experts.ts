/**
 * The people quoted, one entry per person however the article names them:
 * `Dr. Park Ji-young`, `Park` and `Dr. Park` are one person. The same merge
 * joins the experts of many articles into one list (src/batch/across.ts).
 */
import type { Expert, Quote } from './types.js';

interface Group<V extends Expert> {
  /** The words of the name in lower case, for matching. */
  keys: string[];
  name: string | null;
  description: string | null;
  organization: string | null;
  quotes: number;
  firstQuote: string;
  /** When the person was first named in full, for the most recent match. */
  order: number;
  /** Where their first quote is, for ranking people quoted as often. */
  first: number;
  voices: V[];
}

/** A person merged from several voices, with the voices it took in, in order. */
export interface MergedExpert<V extends Expert> extends Expert {
  voices: V[];
}

/** One quote's speaker, with where the quote is in the article's list. */
interface Voice extends Expert {
  at: number;
}

/** The people quoted, one entry per person however named; named people first, then by how often quoted. */
export function collectExperts(quotes: Quote[]): Expert[] {
  const named: Array<Group<Voice>> = [];
  // Every word of every full name → the people whose name has it, for finding a person in one step.
  const byWord = new Map<string, Array<Group<Voice>>>();
  const unnamed = new Map<string, Group<Voice>>();
  let order = 0;
  // Full names first: two are one person when the words of one are all in the other
  // (`Donald Trump`, `Donald J. Trump`), never when their first names differ (`Bill Clinton`, `Hillary Clinton`).
  const surnames: { voice: Voice; words: string[] }[] = [];
  quotes.forEach((quote, at) => {
    const speaker = quote.speaker;
    if (!speaker) return;
    const voice: Voice = { name: speaker.name, description: speaker.description, organization: speaker.organization, quotes: 1, firstQuote: quote.text, at };
    if (speaker.name) {
      const words = speaker.name.split(/\s+/);
      if (words.length === 1) return void surnames.push({ voice, words });
      const group = findPerson(byWord, words);
      if (group) add(group, voice, words, byWord);
      else {
        const created = newGroup(voice, words, order++, at);
        named.push(created);
        index(byWord, created);
      }
    } else if (speaker.description) {
      const key = speaker.description.toLowerCase();
      const group = unnamed.get(key);
      if (group) add(group, voice, [], byWord);
      else unnamed.set(key, newGroup(voice, [], order++, at));
    }
  });
  // A surname alone (`Clinton`) is the person of that name quoted most recently before it, else the
  // first one quoted: one sweep over the full names in reading order.
  const full = named.flatMap((group) => group.voices.map((v) => ({ at: v.at, group }))).sort((a, b) => a.at - b.at);
  const latest = new Map<string, Group<Voice>>();
  const first = new Map<string, Group<Voice>>();
  for (const { group } of full) for (const key of group.keys) if (!first.has(key)) first.set(key, group);
  let f = 0;
  for (const { voice, words } of surnames) {
    for (; f < full.length && full[f]!.at < voice.at; f++) for (const key of full[f]!.group.keys) latest.set(key, full[f]!.group);
    const key = words[0]!.toLowerCase();
    const group = latest.get(key) ?? first.get(key) ?? latest.get(`alone:${key}`);
    if (group) {
      group.quotes++;
      group.voices.push(voice);
      if (voice.at < group.first) Object.assign(group, { first: voice.at, firstQuote: voice.firstQuote });
    } else {
      const created = newGroup(voice, words, order++, voice.at);
      named.push(created);
      latest.set(`alone:${key}`, created);
    }
  }
  return ranked(named, unnamed).map(({ name, description, organization, quotes: count, firstQuote }) => ({ name, description, organization, quotes: count, firstQuote }));
}

/**
 * Voices (an article's expert each) merged into people: one entry per person
 * however named, unnamed sources by their description; named people first,
 * each part by how often quoted, then by who came first.
 */
export function mergeExperts<V extends Expert>(voices: Iterable<V>): Array<MergedExpert<V>> {
  const named: Array<Group<V>> = [];
  const byWord = new Map<string, Array<Group<V>>>();
  const unnamed = new Map<string, Group<V>>();
  let order = 0;
  for (const voice of voices) {
    if (voice.name) {
      const words = voice.name.split(/\s+/);
      const group = findPerson(byWord, words);
      if (group) {
        add(group, voice, words, byWord);
      } else {
        const created = newGroup(voice, words, order, order++);
        named.push(created);
        index(byWord, created);
      }
    } else if (voice.description) {
      const key = voice.description.toLowerCase();
      const group = unnamed.get(key);
      if (group) add(group, voice, [], byWord);
      else unnamed.set(key, newGroup(voice, [], order, order++));
    }
  }
  return ranked(named, unnamed).map(({ name, description, organization, quotes, firstQuote, voices: taken }) => ({ name, description, organization, quotes, firstQuote, voices: taken }));
}

function ranked<V extends Expert>(named: Array<Group<V>>, unnamed: Map<string, Group<V>>): Array<Group<V>> {
  const rank = (a: Group<V>, b: Group<V>) => b.quotes - a.quotes || a.first - b.first;
  return [...named.sort(rank), ...[...unnamed.values()].sort(rank)];
}

// Full names are the same person when every word of the shorter is in the longer (`Donald Trump`,
// `Donald J. Trump`); the most recently named such person wins.
function findPerson<V extends Expert>(byWord: Map<string, Array<Group<V>>>, words: string[]): Group<V> | undefined {
  const key = words.map((w) => w.toLowerCase());
  let best: Group<V> | undefined;
  for (const group of new Set(key.flatMap((w) => byWord.get(w) ?? []))) {
    const other = group.keys;
    const [short, long] = key.length <= other.length ? [key, other] : [other, key];
    if (short.every((w) => long.includes(w)) && (!best || group.order > best.order)) best = group;
  }
  return best;
}

function index<V extends Expert>(byWord: Map<string, Array<Group<V>>>, group: Group<V>): void {
  for (const key of group.keys) {
    const list = byWord.get(key);
    if (!list) byWord.set(key, [group]);
    else if (!list.includes(group)) list.push(group);
  }
}

function newGroup<V extends Expert>(voice: V, words: string[], order: number, first: number): Group<V> {
  return {
    keys: words.map((w) => w.toLowerCase()),
    name: voice.name,
    description: voice.description,
    organization: voice.organization,
    quotes: voice.quotes,
    firstQuote: voice.firstQuote,
    order,
    first,
    voices: [voice],
  };
}

// The fullest form of the name and the first description given.
function add<V extends Expert>(group: Group<V>, voice: V, words: string[], byWord: Map<string, Array<Group<V>>>): void {
  group.quotes += voice.quotes;
  group.voices.push(voice);
  if (words.length > group.keys.length) {
    group.keys = words.map((w) => w.toLowerCase());
    group.name = voice.name;
    index(byWord, group);
  }
  group.description ??= voice.description;
  group.organization ??= voice.organization;
}
