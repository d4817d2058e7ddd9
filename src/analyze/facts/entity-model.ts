/**
 * The learned second opinion on each entity the rules gather: a multiclass averaged perceptron
 * over named features of the entity (its words and their shapes, the words around its mentions,
 * the kind of line it sits in, the rules' own evidence) that says person, organisation, place or
 * none. The weights live in entity-weights.ts, written by scripts/train-entities.mjs.
 */
import type { EntityKind } from './entities.js';
import { ENTITY_CLASSES, ENTITY_MARGIN, ENTITY_RETYPE, ENTITY_WEIGHTS } from './entity-weights.js';

/** What the rules know of one entity, for the model to read. */
export interface EntityEvidence {
  tokens: string[];
  /** The rules' evidence for each kind, and the kind they would choose (null: not an entity). */
  kinds: Partial<Record<EntityKind, number>>;
  rule: EntityKind | null;
  mentions: number;
  fromProse: boolean;
  titled: boolean;
  /** Known to the gazetteer as a place, the list of known bodies, or opening with a given name. */
  place: boolean;
  knownOrg: boolean;
  givenName: boolean;
  /** Ends with an organisation's or a place's head word. */
  orgHead: boolean;
  placeHead: boolean;
  /** The first few mentions: the two words before and the word after, and the line they are in. */
  contexts: Array<{ before: string; before2: string; after: string; line: LineKind; heading: boolean; start: boolean }>;
}

/** What kind of line a mention sits in: its lower-case words and its numbers, each counted up to 3. */
export interface LineKind {
  lower: number;
  numbers: number;
}

/** Lower-case words of two letters or more: three of them make a line prose. */
export const LOWER_WORDS = /(?<!\p{L})\p{Ll}{2,}/gu;
const NUMBERS = /\d+/g;

// By exec on the one global pattern: matchAll would build a copy of the pattern and an iterator for every line.
// (Neither pattern matches the empty string, so each exec moves on.)
export function countUpTo3(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (n < 3 && pattern.exec(text)) n++;
  pattern.lastIndex = 0;
  return n;
}

/** The kind of a line, read once per line: prose, capitals, or a table of numbers. */
export function lineKind(text: string): LineKind {
  return { lower: countUpTo3(text, LOWER_WORDS), numbers: countUpTo3(text, NUMBERS) };
}

const shape = (w: string) => w.replace(/\p{Lu}+/gu, 'X').replace(/\p{Ll}+/gu, 'x').replace(/\p{N}+/gu, '9');
/** The named features the model weighs, from the rules' evidence. */
export function entityFeatures(e: EntityEvidence): string[] {
  const f = new Set<string>([`rule=${e.rule ?? 'none'}`, `n=${Math.min(e.tokens.length, 4)}`, `m=${Math.min(e.mentions, 4)}`]);
  for (const kind of ['person', 'organization', 'place'] as const) f.add(`s:${kind}=${Math.min(e.kinds[kind] ?? 0, 6)}`);
  const words = e.tokens.map((t) => t.toLowerCase());
  for (const w of words) f.add(`w=${w}`);
  const last = words[words.length - 1]!;
  f.add(`first=${words[0]}`);
  f.add(`last=${last}`);
  f.add(`suf=${last.slice(-3)}`);
  f.add(`shape=${e.tokens.map(shape).join('_')}`);
  if (!e.fromProse) f.add('heading-only');
  if (e.titled) f.add('titled');
  if (e.place) f.add('gaz-place');
  if (e.knownOrg) f.add('gaz-org');
  if (e.givenName) f.add('given');
  if (e.orgHead) f.add('org-head');
  if (e.placeHead) f.add('place-head');
  for (const c of e.contexts) {
    f.add(`b=${c.before.toLowerCase()}`);
    // The two words before: "shares in Volkswagen" is not "in Berlin".
    if (c.before2) f.add(`bb=${c.before2.toLowerCase()} ${c.before.toLowerCase()}`);
    f.add(`a=${c.after.toLowerCase()}`);
    if (c.heading) f.add('in-heading');
    if (c.start) f.add('at-start');
    const { lower, numbers: digits } = c.line;
    f.add(lower >= 3 ? 'line-prose' : 'line-caps');
    if (lower > 0) f.add('line-lower');
    if (digits >= 3 && lower < 3) f.add('line-table');
    if (digits >= 3 && lower < 3) f.add(`table-rule=${e.rule ?? 'none'}`);
  }
  return [...f];
}

/** The model's score for each of ENTITY_CLASSES. */
function entityScores(features: readonly string[]): number[] {
  table ??= readWeights();
  const scores = [...(table['bias'] ?? ENTITY_CLASSES.map(() => 0))];
  for (const name of features) {
    const w = table[name];
    if (w) for (let k = 0; k < scores.length; k++) scores[k]! += w[k]!;
  }
  return scores;
}

// One mention, opening a sentence that has lower-case words: its capital is the sentence's, no
// evidence of a name (in a line of capitals, every word's capital says as little).
const onlyOpener = (features: readonly string[]) => features.includes('m=1') && features.includes('at-start') && features.includes('line-lower');

let table: Readonly<Record<string, readonly number[]>> | null = null;

// With no prototype, no feature's name can reach one of Object's own members.
function readWeights(): Readonly<Record<string, readonly number[]>> {
  return Object.setPrototypeOf(JSON.parse(ENTITY_WEIGHTS), null);
}

/**
 * The model's kind for an entity with these features (null: not an entity). It is a second opinion:
 * a name the rules gave no kind needs a clear lead over none (ENTITY_MARGIN) and more than one
 * capital at a sentence's start, and the rules' kind gives way only to a clear lead (ENTITY_RETYPE).
 * CoNLL marks nearly every capitalised word of wire copy; web prose capitalises more that names
 * nothing ("Scroll Down for video").
 */
export function modelKind(features: readonly string[], rule: EntityKind | null): EntityKind | null {
  const scores = entityScores(features);
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k;
  if (rule === null) return best !== 0 && scores[best]! - scores[0]! >= ENTITY_MARGIN && !onlyOpener(features) ? ENTITY_CLASSES[best]! : null;
  const ruled = ENTITY_CLASSES.indexOf(rule);
  return scores[best]! - scores[ruled]! >= ENTITY_RETYPE ? ENTITY_CLASSES[best]! : rule;
}
