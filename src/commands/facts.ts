import { extractFacts, FACT_KINDS, type Fact, type FactKind, type Facts } from '../analyze/facts/index.js';
import { timeline } from '../analyze/facts/timeline.js';
import { usageError } from '../errors.js';
import { presentFacts, presentTimeline } from '../present/facts.js';
import type { CommonOptions } from './options.js';
import { runReport, type Report } from './report.js';

export interface FactsOptions extends CommonOptions {
  kind?: string;
  /** The dated events in time order instead of the fact box. */
  timeline?: boolean;
}

/** The words `--kind` accepts, singular or plural, British or American. */
const KINDS = new Map<string, FactKind>(Object.entries({
  date: 'date', dates: 'date',
  duration: 'duration', durations: 'duration',
  quantity: 'quantity', quantities: 'quantity',
  person: 'person', people: 'person', persons: 'person',
  organization: 'organization', organizations: 'organization', organisation: 'organization', organisations: 'organization',
  place: 'place', places: 'place',
}) as Array<[string, FactKind]>);

const ENTITY_LISTS = { person: 'people', organization: 'organizations', place: 'places' } as const;

export const factsReport: Report<{ shown: Fact[]; found: Facts }, FactsOptions> = {
  check: (options) => {
    if (kindOf(options) === undefined) throw usageError(`unknown kind '${options.kind}'`, `use one of: ${FACT_KINDS.join(', ')}`);
  },
  analyse: (article, options) => {
    const kind = kindOf(options);
    const found = extractFacts(article);
    if (options.timeline) return { found, shown: timeline(found.facts) };
    return { found, shown: kind ? found.facts.filter((f) => f.kind === kind) : found.facts };
  },
  json: ({ shown, found }, _article, options) => {
    if (options.timeline) return { date: found.date, timeline: shown };
    const kind = kindOf(options);
    const entities = { ...found.entities };
    if (kind) {
      for (const [k, list] of Object.entries(ENTITY_LISTS)) if (k !== kind) entities[list] = [];
    }
    return { date: found.date, facts: shown, entities };
  },
  text: ({ shown, found }, article, ctx, options) =>
    options.timeline ? presentTimeline(article, found.date, shown, ctx) : presentFacts(article, found.date, shown, ctx),
};

export function facts(source: string | undefined, options: FactsOptions): Promise<void> {
  return runReport(factsReport, source, options);
}

// null: every kind; undefined: a word --kind does not know.
function kindOf(options: FactsOptions): FactKind | null | undefined {
  return options.kind === undefined ? null : KINDS.get(options.kind.trim().toLowerCase());
}
