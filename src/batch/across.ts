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
    return mergeExperts(this.voices)
      .map((person) => {
        const first = person.voices[0]!;
        return {
          name: person.name!,
          description: person.description,
          organization: person.organization,
          articles: new Set(person.voices.map((v) => v.article)).size,
          quotes: person.quotes,
          outlets: [...new Set(person.voices.flatMap((v) => (v.site ? [v.site] : [])))],
          firstQuote: first.firstQuote,
          firstSource: first.source,
        };
      })
      .sort((a, b) => b.quotes - a.quotes || b.articles - a.articles);
  }
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
      for (const name of new Set(article.entities[kind])) {
        const key = name.toLowerCase();
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
