import { extractFacts, FACT_KINDS, type FactKind } from '../analyze/facts/index.js';
import { usageError } from '../errors.js';
import { loadArticle } from '../load/index.js';
import { outputContext } from '../present/context.js';
import { presentFacts, presentTimeline } from '../present/facts.js';
import { timeline } from '../analyze/facts/timeline.js';
import { articleRef } from '../present/json.js';
import { emit, emitJson } from '../present/output.js';
import { type CommonOptions, type DateOption, withDate } from './options.js';

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

export async function facts(source: string | undefined, options: CommonOptions & DateOption & { kind?: string; timeline?: boolean }): Promise<void> {
  // Check the option before reading anything: a typo should not wait for a slow source.
  const kind = options.kind === undefined ? null : KINDS.get(options.kind.trim().toLowerCase());
  if (kind === undefined) {
    throw usageError(`unknown kind '${options.kind}'`, `use one of: ${FACT_KINDS.join(', ')}`);
  }
  const article = withDate(await loadArticle(source, options), options);
  const found = extractFacts(article);
  if (options.timeline) {
    const dated = timeline(found.facts);
    if (options.json) return emitJson({ article: articleRef(article), date: found.date, timeline: dated });
    const ctx = outputContext(options);
    return emit(presentTimeline(article, found.date, dated, ctx), ctx);
  }
  const shown = kind ? found.facts.filter((f) => f.kind === kind) : found.facts;
  if (options.json) {
    const entities = { ...found.entities };
    if (kind) {
      for (const [k, list] of Object.entries(ENTITY_LISTS)) if (k !== kind) entities[list] = [];
    }
    return emitJson({ article: articleRef(article), date: found.date, facts: shown, entities });
  }
  const ctx = outputContext(options);
  await emit(presentFacts(article, found.date, shown, ctx), ctx);
}
