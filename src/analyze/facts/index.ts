/**
 * The hard facts of an article: dates, durations, quantities, and the people,
 * organisations and places it names, each with the sentence and section it
 * comes from. Pure rules over the article model; no NLP library is loaded.
 */
import type { Article } from '../../model.js';
import { cuesOf } from './cues.js';
import { findDates } from './dates.js';
import { findDurations } from './durations.js';
import { findEntities, type TextUnit } from './entities.js';
import { findQuantities } from './quantities.js';
import { FACT_KINDS, type Entities, type Fact, type Facts, type Found } from './types.js';

export type { Entities, Fact, FactKind, Facts } from './types.js';
export { FACT_KINDS } from './types.js';

/** Every fact in the article, in reading order within each kind, and the entities by kind. */
export function extractFacts(article: Article): Facts {
  const units: Array<TextUnit & { section: string | null }> = [{ text: article.title, heading: true, section: null }];
  const facts: Fact[] = [];
  for (const section of article.sections) {
    if (section.title) units.push({ text: section.title, heading: true, section: section.title });
    for (const paragraph of section.paragraphs) {
      for (const { text } of paragraph.sentences) {
        units.push({ text, heading: false, section: section.title });
        const cues = cuesOf(text);
        const dates = findDates(text, cues);
        const durations = findDurations(text, cues);
        const times = durations.length ? [...dates, ...durations] : dates;
        for (const found of times) facts.push(toFact(found, text, section.title));
        for (const found of findQuantities(text, times, cues)) facts.push(toFact(found, text, section.title));
      }
    }
  }
  const entities: Entities = { people: [], organizations: [], places: [] };
  const named: Fact[] = [];
  for (const entity of findEntities(units)) {
    const unit = units[entity.first.unit]!;
    named.push({
      kind: entity.kind,
      text: entity.first.text,
      value: entity.name,
      unit: null,
      sentence: unit.text,
      section: unit.section,
      ...(entity.aliases.length ? { aliases: entity.aliases } : {}),
    });
    const list = entity.kind === 'person' ? entities.people : entity.kind === 'organization' ? entities.organizations : entities.places;
    list.push(entity.name);
  }
  // Grouped by kind, in reading order inside each kind.
  const all = [...facts, ...named];
  return { facts: FACT_KINDS.flatMap((kind) => all.filter((f) => f.kind === kind)), entities };
}

function toFact(found: Found, sentence: string, section: string | null): Fact {
  const { start: _start, end: _end, ...rest } = found;
  return { ...rest, sentence, section };
}
