/**
 * Durations (`four months`, `a decade`) and relative times, which are a
 * duration measured from something: `four months after ... took office`,
 * `two years ago`.
 */
import { NUMBER, parseNumber } from './numbers.js';
import { compiled } from './compiled.js';
import { Cue, cuesOf } from './cues.js';
import type { Found } from './types.js';

// The lookahead changes no match (every unit starts with a letter) but makes V8 compile DURATION faster.
const TIME_UNIT = '(?=[a-z])(second|minute|hour|day|week|fortnight|month|year|decade|century|centuries)s?';

// "a decade", "half an hour" count as one; "30-year-old" is an age, not a span of time.
const DURATION = compiled(new RegExp(
  `\\b(?:(${NUMBER}|a|an|half\\san?)[\\s-]|(several|a\\sfew|many)\\s)${TIME_UNIT}\\b(?!-old|\\s(?:old|older|younger)\\b|-long\\b)`,
  'gi',
));

const RELATION = compiled(/^(?:\s*,)?\s+(after|before|later|earlier|ago|since|from|into)\b/i);

// The anchor of "after X" runs to the end of its clause.
const CLAUSE_END = compiled(/[,;:.!?"”’)(—–]|\s(?:and|but|while|when|which|who|where|as)\s/);

/** Every duration in a sentence, with the relation and anchor of a relative time (`cues`: the sentence's, if known). */
export function findDurations(sentence: string, cues = cuesOf(sentence)): Found[] {
  const found: Found[] = [];
  // Every duration names its unit: a sentence without one is not searched with the costlier DURATION.
  if (!(cues & Cue.timeUnit)) return found;
  const duration = DURATION();
  duration.lastIndex = 0;
  for (let m = duration.exec(sentence); m; m = duration.exec(sentence)) {
    const amount = m[1] ?? m[2]!;
    const unit = m[3]!.toLowerCase().replace(/ies$/, 'y');
    const value = /^an?$/i.test(amount) ? 1 : /^half/i.test(amount) ? 0.5 : parseNumber(amount);
    // "a day" in "twice a day" is a rate, and vague amounts ("several weeks") carry no value.
    // (Only the few characters before it are looked at: the test stays bounded in a long sentence.)
    if (/^an?$/i.test(amount) && /\b(?:once|twice|times|per)\s*$/i.test(sentence.slice(Math.max(0, m.index - 16), m.index))) continue;
    const fact: Found = {
      kind: 'duration',
      text: m[0],
      value,
      unit,
      start: m.index,
      end: m.index + m[0].length,
    };
    const rel = RELATION().exec(sentence.slice(fact.end));
    if (rel) {
      fact.relation = rel[1]!.toLowerCase();
      // "ago" and "later" are measured from the telling; the others name what they are measured from.
      if (!/^(?:ago|later|earlier)$/.test(fact.relation)) {
        const rest = sentence.slice(fact.end + rel[0].length);
        const stop = CLAUSE_END().exec(rest);
        const anchor = (stop ? rest.slice(0, stop.index) : rest).trim();
        if (anchor) fact.anchor = anchor;
      }
    }
    if (value === null && !m[2]) continue;
    found.push(fact);
  }
  return found;
}
