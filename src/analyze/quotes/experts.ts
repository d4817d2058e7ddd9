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
  order: number;
  voices: V[];
}

/** A person merged from several voices, with the voices it took in, in order. */
export interface MergedExpert<V extends Expert> extends Expert {
  voices: V[];
}

/** The people quoted, one entry per person however named; named people first, then by how often quoted. */
export function collectExperts(quotes: Quote[]): Expert[] {
  const voices: Expert[] = [];
  for (const quote of quotes) {
    if (quote.speaker) voices.push({ ...quote.speaker, quotes: 1, firstQuote: quote.text });
  }
  return mergeExperts(voices).map(({ name, description, organization, quotes: count, firstQuote }) => ({
    name,
    description,
    organization,
    quotes: count,
    firstQuote,
  }));
}

/**
 * Voices (a quote each, or an article's expert each) merged into people: one
 * entry per person however named, unnamed sources by their description; named
 * people first, each part by how often quoted, then by who came first.
 */
export function mergeExperts<V extends Expert>(voices: Iterable<V>): Array<MergedExpert<V>> {
  const named: Array<Group<V>> = [];
  // Every word of every name → the people whose name has it, for finding a person in one step.
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
        const created = newGroup(voice, words, order++);
        named.push(created);
        index(byWord, created);
      }
    } else if (voice.description) {
      const key = voice.description.toLowerCase();
      const group = unnamed.get(key);
      if (group) add(group, voice, [], byWord);
      else unnamed.set(key, newGroup(voice, [], order++));
    }
  }
  const rank = (a: Group<V>, b: Group<V>) => b.quotes - a.quotes || a.order - b.order;
  return [...named.sort(rank), ...[...unnamed.values()].sort(rank)].map((g) => ({
    name: g.name,
    description: g.description,
    organization: g.organization,
    quotes: g.quotes,
    firstQuote: g.firstQuote,
    voices: g.voices,
  }));
}

// The same person when every word of the shorter name is in the longer (`Park` in `Park Ji-young`);
// the most recently named such person wins when a surname is shared.
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

function newGroup<V extends Expert>(voice: V, words: string[], order: number): Group<V> {
  return {
    keys: words.map((w) => w.toLowerCase()),
    name: voice.name,
    description: voice.description,
    organization: voice.organization,
    quotes: voice.quotes,
    firstQuote: voice.firstQuote,
    order,
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
