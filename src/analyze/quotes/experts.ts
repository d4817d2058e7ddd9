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
  /** Where in the list of quotes the person is named in full. */
  seen: number[];
  /** Where their first quote is in the list. */
  firstAt: number;
}

/** The people quoted, one entry per person however named; named people first, then by how often quoted. */
export function collectExperts(quotes: Quote[]): Expert[] {
  const named: Group[] = [];
  // Every word of every full name → the people whose name has it, for finding a person in one step.
  const byWord = new Map<string, Group[]>();
  const unnamed = new Map<string, Group>();
  let order = 0;
  // Full names first: two are one person when the words of one are all in the other
  // (`Donald Trump`, `Donald J. Trump`), never when their first names differ (`Bill Clinton`, `Hillary Clinton`).
  const surnames: { at: number; speaker: Speaker; words: string[]; quote: Quote }[] = [];
  quotes.forEach((quote, at) => {
    const speaker = quote.speaker;
    if (!speaker) return;
    if (speaker.name) {
      const words = speaker.name.split(/\s+/);
      if (words.length === 1) return void surnames.push({ at, speaker, words, quote });
      const group = findPerson(byWord, words);
      if (group) {
        group.quotes++;
        group.seen.push(at);
        add(group, speaker, words, byWord);
      } else {
        const created = newGroup(speaker, words, quote, order++, at);
        named.push(created);
        index(byWord, created);
      }
    } else if (speaker.description) {
      const key = speaker.description.toLowerCase();
      const group = unnamed.get(key);
      if (group) group.quotes++;
      else unnamed.set(key, newGroup(speaker, [], quote, order++, at));
    }
  });
  // A surname alone (`Clinton`) is the person of that name quoted most recently before it, else the
  // first one quoted: one sweep over the full names in reading order.
  const full = named.flatMap((group) => group.seen.map((at) => ({ at, group }))).sort((a, b) => a.at - b.at);
  const latest = new Map<string, Group>();
  const first = new Map<string, Group>();
  for (const { group } of full) for (const key of group.keys) if (!first.has(key)) first.set(key, group);
  let f = 0;
  for (const { at, speaker, words, quote } of surnames) {
    for (; f < full.length && full[f]!.at < at; f++) for (const key of full[f]!.group.keys) latest.set(key, full[f]!.group);
    const key = words[0]!.toLowerCase();
    const group = latest.get(key) ?? first.get(key) ?? latest.get(`alone:${key}`);
    if (group) {
      group.quotes++;
      if (at < group.firstAt) Object.assign(group, { firstAt: at, firstQuote: quote.text });
    } else {
      const created = newGroup(speaker, words, quote, order++, at);
      named.push(created);
      latest.set(`alone:${key}`, created);
    }
  }
  const rank = (a: Group, b: Group) => b.quotes - a.quotes || a.firstAt - b.firstAt;
  return [...named.sort(rank), ...[...unnamed.values()].sort(rank)].map((g) => ({
    name: g.name,
    description: g.description,
    organization: g.organization,
    quotes: g.quotes,
    firstQuote: g.firstQuote,
  }));
}

// Full names are the same person when every word of the shorter is in the longer (`Donald Trump`,
// `Donald J. Trump`); the most recently named such person wins.
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

function newGroup(speaker: Speaker, words: string[], quote: Quote, order: number, at: number): Group {
  return {
    keys: words.map((w) => w.toLowerCase()),
    name: speaker.name,
    description: speaker.description,
    organization: speaker.organization,
    quotes: 1,
    firstQuote: quote.text,
    order,
    seen: [at],
    firstAt: at,
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
