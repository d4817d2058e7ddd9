/**
 * The people quoted, one entry per person however the article names them:
 * `Dr. Park Ji-young`, `Park` and `Dr. Park` are one person.
 */
import type { Expert, Quote, Speaker } from './types.js';

interface Group {
  words: string[];
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
  const unnamed = new Map<string, Group>();
  let order = 0;
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (!speaker) continue;
    if (speaker.name) {
      const words = speaker.name.split(/\s+/);
      const group = findPerson(named, words);
      if (group) add(group, speaker, words);
      else named.push(newGroup(speaker, words, quote, order++));
      if (group) group.quotes++;
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
// the most recently added such person wins when a surname is shared.
function findPerson(groups: Group[], words: string[]): Group | undefined {
  const key = words.map((w) => w.toLowerCase());
  for (let i = groups.length - 1; i >= 0; i--) {
    const other = groups[i]!.words.map((w) => w.toLowerCase());
    const [short, long] = key.length <= other.length ? [key, other] : [other, key];
    if (short.every((w) => long.includes(w))) return groups[i];
  }
  return undefined;
}

function newGroup(speaker: Speaker, words: string[], quote: Quote, order: number): Group {
  return {
    words,
    name: speaker.name,
    description: speaker.description,
    organization: speaker.organization,
    quotes: 1,
    firstQuote: quote.text,
    order,
  };
}

// The fullest form of the name and the first description the article gives.
function add(group: Group, speaker: Speaker, words: string[]): void {
  if (words.length > group.words.length) {
    group.words = words;
    group.name = speaker.name;
  }
  group.description ??= speaker.description;
  group.organization ??= speaker.organization;
}
