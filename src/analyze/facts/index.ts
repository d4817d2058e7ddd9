/**
 * The hard facts of an article: dates, durations, quantities, and the people,
 * organisations and places it names, each with the sentence and section it
 * comes from. Rules over the article model, and a small learned model (entity-model.ts)
 * for the kind of each name; no NLP library is loaded.
 */
import type { Article } from '../../model.js';
import { type Day, formatDay, parseDay } from './calendar.js';
import { Claims } from './claims.js';
import { contextOf } from './context.js';
import { cuesOf } from './cues.js';
import { findDates } from './dates.js';
import { findDurations } from './durations.js';
import { findEntities, isTitleCaseLine, type KindChooser, type TextUnit } from './entities.js';
import { findQuantities } from './quantities.js';
import type { Clock } from './resolve.js';
import { FACT_KINDS, type Entities, type Fact, type FactKind, type Facts, type Found } from './types.js';

export type { Entities, Fact, FactKind, Facts } from './types.js';
export { FACT_KINDS } from './types.js';

/** The article's date, the anchor relative dates are resolved against: its `date` meta as a day, or null. */
export function articleDate(article: Article): Day | null {
  const date = article.meta.date;
  if (typeof date !== 'string') return null;
  const day = parseDay(date);
  if (day) return day;
  // Written out (`October 19, 2025`): the date rules read it.
  const written = findDates(date).find((d) => d.unit === 'day' && typeof d.value === 'string');
  return written ? parseDay(String(written.value)) : null;
}

/**
 * Every fact in the article, in reading order within each kind, and the entities by kind.
 * `choose` decides each entity's kind (scripts/train-entities.mjs passes its own; by default the model).
 */
export function extractFacts(article: Article, choose?: KindChooser): Facts {
  const anchor = articleDate(article);
  const clock: Clock = { anchor, lastQuarter: null };
  const units: Array<TextUnit & { section: string | null; start: number }> = [{ text: article.title, heading: true, section: null, start: 0 }];
  const facts: Fact[] = [];
  // Headings carry no offsets in the model: each is found just after the text before it.
  let cursor = article.title.length;
  for (const section of article.sections) {
    if (section.title) {
      const start = article.text.indexOf(section.title, cursor);
      units.push({ text: section.title, heading: true, section: section.title, start });
      cursor = start + section.title.length;
    }
    for (const paragraph of section.paragraphs) {
      cursor = paragraph.end;
      for (const { text, start } of paragraph.sentences) {
        units.push({ text, heading: isTitleCaseLine(text), section: section.title, start });
        const cues = cuesOf(text);
        const dates = findDates(text, cues, clock);
        // "two years ago" is a date: the duration inside it is not another fact.
        const durations = dates.length ? withoutOverlaps(findDurations(text, cues), text.length, dates) : findDurations(text, cues);
        const times = durations.length ? [...dates, ...durations] : dates;
        for (const found of times) facts.push(toFact(found, text, start, section.title));
        for (const found of findQuantities(text, times, cues)) facts.push(toFact(found, text, start, section.title));
      }
    }
  }
  const entities: Entities = { people: [], organizations: [], places: [] };
  const named: Fact[] = [];
  for (const entity of findEntities(units, choose)) {
    const unit = units[entity.first.unit]!;
    const { start, end, text } = entity.first;
    const fact = toFact({ kind: entity.kind, text, value: entity.name, unit: null, start, end }, unit.text, unit.start, unit.section);
    named.push(entity.aliases.length ? { ...fact, aliases: entity.aliases } : fact);
    const list = entity.kind === 'person' ? entities.people : entity.kind === 'organization' ? entities.organizations : entities.places;
    list.push(entity.name);
  }
  // Grouped by kind, in reading order inside each kind.
  const all = [...facts, ...named];
  return { date: anchor ? formatDay(anchor) : null, facts: byKind(all).flat(), entities };
}

function withoutOverlaps(found: Found[], length: number, taken: Found[]): Found[] {
  const claims = new Claims(length, taken);
  return found.filter((f) => claims.free(f.start, f.end));
}

/** A fact with its own place: offsets into the article's text, and the context it is shown in. */
function toFact(found: Found, sentence: string, sentenceStart: number, section: string | null): Fact {
  const { start, end } = found;
  const context = contextOf(sentence, start, end);
  // Copied key by key, in the finder's order: object rest and spread cost ten times as much
  // here, and a sentence can hold hundreds of thousands of facts.
  const fact = {} as Fact;
  for (const key in found) {
    if (key !== 'start' && key !== 'end') (fact as unknown as Record<string, unknown>)[key] = found[key as keyof Found];
  }
  fact.sentence = context.text;
  fact.at = context.at;
  fact.start = sentenceStart + start;
  fact.end = sentenceStart + end;
  fact.section = section;
  return fact;
}

/** The facts grouped by kind, in FACT_KINDS order, each group in the order given: one pass, for any number of facts. */
export function byKind(facts: Fact[]): Fact[][] {
  const groups = new Map<FactKind, Fact[]>(FACT_KINDS.map((kind) => [kind, []]));
  for (const fact of facts) groups.get(fact.kind)?.push(fact);
  return [...groups.values()];
}
