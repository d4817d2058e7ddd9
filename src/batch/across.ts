/**
 * Answers across many articles, gathered one article at a time: the people
 * quoted (merged by the same rule that merges one article's speakers) and the
 * people, organisations and places named, with how many articles name them.
 */
import type { Entities } from '../analyze/facts/index.js';
import { mergeExperts } from '../analyze/quotes/experts.js';
import type { Expert } from '../analyze/quotes/index.js';
import type { ArticleSummary } from './job.js';

/** One person quoted across many articles. */
export interface AcrossExpert {
  name: string;
  description: string | null;
  organization: string | null;
  /** How many articles quote them. */
  articles: number;
  quotes: number;
  /** The outlets that quote them, in order of first appearance. */
  outlets: string[];
  firstQuote: string;
  /** The article the first quote is from. */
  firstSource: string;
}

interface Voice extends Expert {
  article: number;
  source: string;
  site: string | null;
}

/** The named people quoted in many articles, one entry each, most quoted first. */
export class ExpertsAcross {
  private readonly voices: Voice[] = [];
  private articles = 0;

  add(article: ArticleSummary): void {
    const index = this.articles++;
    // An unnamed source ("a spokesperson") is a different person in every article: not merged.
    for (const expert of article.experts ?? []) {
      if (expert.name) this.voices.push({ ...expert, article: index, source: article.source, site: article.site });
    }
  }

  result(): AcrossExpert[] {
    // The forms of a name most quoted seed the people, so that a rare longer form (a
    // headline's words run into a name) joins the person rather than becoming one.
    const weight = new Map<string, number>();
    for (const v of this.voices) weight.set(key(v), (weight.get(key(v)) ?? 0) + v.quotes);
    const seeded = [...this.voices].sort((a, b) => weight.get(key(b))! - weight.get(key(a))!);
    return mergeExperts(seeded)
      .map((person) => {
        const voices = [...person.voices].sort((a, b) => a.article - b.article);
        const first = voices[0]!;
        return {
          name: mostQuotedName(voices, weight),
          description: mostGiven(voices.map((v) => v.description)),
          organization: mostGiven(voices.map((v) => v.organization)),
          articles: new Set(voices.map((v) => v.article)).size,
          quotes: person.quotes,
          outlets: [...new Set(voices.flatMap((v) => (v.site ? [v.site] : [])))],
          firstQuote: first.firstQuote,
          firstSource: first.source,
        };
      })
      .sort((a, b) => b.quotes - a.quotes || b.articles - a.articles);
  }
}

const key = (voice: Voice) => voice.name!.toLowerCase();

// The name to show: a full name (two to four words: more than a surname, less than a
// headline run into one) before any other, then the form the articles quote most, then a
// capitalised form, then the fullest.
function mostQuotedName(voices: Voice[], weight: Map<string, number>): string {
  const words = (name: string) => name.split(/\s+/).length;
  const rank = (name: string) => [words(name) >= 2 && words(name) <= 4 ? 1 : 0, weight.get(name.toLowerCase())!, /^\p{Lu}/u.test(name) ? 1 : 0, name.length];
  let best = voices[0]!.name!;
  for (const v of voices) {
    const [a, b] = [rank(v.name!), rank(best)];
    const i = a.findIndex((x, j) => x !== b[j]);
    if (i !== -1 && a[i]! > b[i]!) best = v.name!;
  }
  return best;
}

// The role most articles give, the first of equals: one article's odd reading does not win.
function mostGiven(values: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const value of values) {
    if (!value) continue;
    const n = (counts.get(value) ?? 0) + 1;
    counts.set(value, n);
    if (best === null || n > counts.get(best)!) best = value;
  }
  return best;
}

/** A name and how many articles name it. */
export interface Counted {
  name: string;
  articles: number;
}

export type EntityCounts = Record<keyof Entities, Counted[]>;

/** People, organisations and places across many articles, the most widely named first. */
export class EntitiesAcross {
  private readonly counts = { people: new Map<string, Counted>(), organizations: new Map<string, Counted>(), places: new Map<string, Counted>() };

  add(article: ArticleSummary): void {
    if (!article.entities) return;
    for (const kind of Object.keys(this.counts) as Array<keyof Entities>) {
      // Case aside, the same name is the same entity; each article counts once.
      const seen = new Set<string>();
      for (const name of article.entities[kind]) {
        const key = name.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = this.counts[kind].get(key);
        if (entry) entry.articles++;
        else this.counts[kind].set(key, { name, articles: 1 });
      }
    }
  }

  result(): EntityCounts {
    // Array.sort is stable: equal counts keep the order they were first named in.
    const ranked = (map: Map<string, Counted>) => [...map.values()].sort((a, b) => b.articles - a.articles);
    return { people: ranked(this.counts.people), organizations: ranked(this.counts.organizations), places: ranked(this.counts.places) };
  }
}
