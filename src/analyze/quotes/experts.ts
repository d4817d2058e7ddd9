/**
 * The people quoted, one entry per person however the article names them:
 * `Dr. Park Ji-young`, `Park` and `Dr. Park` are one person.
 */
import type { Expert, Quote, Speaker } from './types.js';

interface Group {
  /** The words of the name in lower case, for matching. */
  keys: string[];
  name: string | null;
  description: string | null;
  organization: string | null;
  quotes: number;
  firstQuote: string;
  order: number;
}

/** The people quoted, one entry per person however named; named people first, then by how often quoted. */
export function collectExperts(quotes: Quote[]): Expert[] {
  const named: Group[] = [];
  // Every word of every name → the people whose name has it, for finding a person in one step.
  const byWord = new Map<string, Group[]>();
  const unnamed = new Map<string, Group>();
  let order = 0;
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (!speaker) continue;
    if (speaker.name) {
      const words = speaker.name.split(/\s+/);
      const group = findPerson(byWord, words);
      if (group) {
        group.quotes++;
        add(group, speaker, words, byWord);
      } else {
        const created = newGroup(speaker, words, quote, order++);
        named.push(created);
        index(byWord, created);
      }
    } else if (speaker.description) {
      const key = speaker.description.toLowerCase();
      const group = unnamed.get(key);
      if (group) group.quotes++;
      else unnamed.set(key, newGroup(speaker, [], quote, order++));
    }
  }
  const rank = (a: Group, b: Group) => b.quotes - a.quotes || a.order - b.order;
  return [...named.sort(rank), ...[...unnamed.values()].sort(rank)].map((g) => ({
    name: g.name,
    description: g.description,
    organization: g.organization,
    quotes: g.quotes,
    firstQuote: g.firstQuote,
  }));
}

// The same person when every word of the shorter name is in the longer (`Park` in `Park Ji-young`);
// the most recently named such person wins when a surname is shared.
function findPerson(byWord: Map<string, Group[]>, words: string[]): Group | undefined {
  const key = words.map((w) => w.toLowerCase());
  let best: Group | undefined;
  for (const group of new Set(key.flatMap((w) => byWord.get(w) ?? []))) {
    const other = group.keys;
    const [short, long] = key.length <= other.length ? [key, other] : [other, key];
    if (short.every((w) => long.includes(w)) && (!best || group.order > best.order)) best = group;
  }
  return best;
}

function index(byWord: Map<string, Group[]>, group: Group): void {
  for (const key of group.keys) {
    const list = byWord.get(key);
    if (!list) byWord.set(key, [group]);
    else if (!list.includes(group)) list.push(group);
  }
}

function newGroup(speaker: Speaker, words: string[], quote: Quote, order: number): Group {
  return {
    keys: words.map((w) => w.toLowerCase()),
    name: speaker.name,
    description: speaker.description,
    organization: speaker.organization,
    quotes: 1,
    firstQuote: quote.text,
    order,
  };
}

// The fullest form of the name and the first description the article gives.
function add(group: Group, speaker: Speaker, words: string[], byWord: Map<string, Group[]>): void {
  if (words.length > group.keys.length) {
    group.keys = words.map((w) => w.toLowerCase());
    group.name = speaker.name;
    index(byWord, group);
  }
  group.description ??= speaker.description;
  group.organization ??= speaker.organization;
}
