/**
 * What the learned models see of a quote: named binary features computed from
 * what the rules already found (the words around the marks, the cue, the source).
 * `speech…` tells speech from a quoted term (a title, a scare quote, a word
 * discussed as a word); `speaker…` says how far the speaker found can be trusted.
 * scripts/train-quotes.mjs learns the weights of both from these same features.
 */
import { PLACES } from '../facts/gazetteer.js';
import type { Cue, CueKind, Surroundings } from './attribution.js';
import { bareKey, startsUpper } from './letters.js';
import type { MarkSpan } from './marks.js';
import { isNickname, isQuotedTerm, isTitleCase } from './terms.js';
import { isOrganisation, type Person, type Speaker } from './types.js';

/** What the engine knows of one quote when the models judge it. */
export interface QuoteEvidence {
  around: Surroundings;
  span: MarkSpan;
  kind: CueKind;
  cue: Cue | null;
  /** In the headline. */
  headline: boolean;
  /** The speaker is only implied by the quote before. */
  continues: boolean;
  /** The speaker came from resolving a pronoun. */
  pronoun: boolean;
  speaker: Speaker | null;
}

const MAX_WORDS = 40;
// How far around a quote a verb of speech counts as near, in characters.
const NEAR = 300;

// Words of the first and second person: a quote that has them is someone speaking.
const PERSONAL = new Set(['i', "i'm", 'me', 'my', 'we', "we're", "we've", 'us', 'our', 'you', 'your', "you're", "i've", "i'll", "we'll", "don't", "can't"]);

/** Features for telling speech from a quoted term. */
export function speechFeatures(e: QuoteEvidence): string[] {
  const { around, span } = e;
  // The first words are enough to tell (a long quote is speech whatever its later words).
  const words = around.quote.split(/\s+/, MAX_WORDS).filter(Boolean);
  const keys = words.map(bareKey);
  const out = [`w:${bucket(words.length, [1, 2, 3, 4, 6, 10, 20])}`, `cue:${e.kind}`, `src:${sourceKind(e)}`];
  const last = around.quote.slice(-1);
  out.push(`end:${/[,.?!:;]/.test(last) ? last : /[\p{L}\p{N}]/u.test(last) ? 'word' : 'other'}`);
  if (e.cue?.verb) out.push(`verb:${e.cue.verb}`);
  const before = around.before.slice(-80).trimEnd().split(/\s+/).slice(-2).map(bareKey);
  const after = around.after.trimStart().split(/\s+/, 2).map(bareKey);
  if (before.length && before.at(-1)) out.push(`b1:${before.at(-1)}`);
  if (before.length === 2 && before[0]) out.push(`b2:${before[0]} ${before[1]}`);
  if (after[0]) out.push(`a1:${after[0]}`);
  if (!around.before.trim()) out.push('opens-sentence');
  if (!around.after.trim()) out.push('ends-sentence');
  if (/['’]s?\s*$/.test(around.before)) out.push('after-possessive');
  if (isTitleCase(words)) out.push('title-case');
  if (startsUpper(around.quote)) out.push('starts-upper');
  if (keys.some((w) => PERSONAL.has(w))) out.push('personal');
  if (span.opensParagraph) out.push('opens-paragraph');
  if (span.unclosed) out.push('unclosed');
  if (span.kind === 'single') out.push('single');
  if (e.headline) out.push('headline');
  if (e.continues) out.push('continues');
  if (!e.headline && isQuotedTerm(around.quote, around.before, around.after)) out.push('rule-term');
  if (isNickname(around.quote, around.before.slice(-60), around.after)) out.push('rule-nickname');
  // The punctuation at the marks: a comma or stop outside the closing mark goes with a term.
  out.push(`after-char:${charClass(around.after.trimStart()[0])}`, `before-char:${charClass(around.before.trimEnd().slice(-1))}`);
  if (keys.some((w) => FINITE.has(w))) out.push('finite-verb');
  if (keys[0] === 'a' || keys[0] === 'an' || keys[0] === 'the') out.push('starts-determiner');
  const lowerWords = words.filter((w) => !startsUpper(w)).length;
  out.push(`lower-share:${Math.round((lowerWords / Math.max(1, words.length)) * 4)}`);
  if (SPEECH_IN_SENTENCE.test(around.lead.slice(-NEAR)) || SPEECH_IN_SENTENCE.test(around.after.slice(0, NEAR))) out.push('speech-word-near');
  // Length with the cue and with the title case: a long quote with no cue is still speech, a short one a term.
  out.push(`${out[0]}&${out[1]}`, `${out[0]}&${out[3]}`);
  return out;
}

// Words of a clause: a quote with one is a sentence someone said, not a name for something.
const FINITE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', "it's", "that's", 'will', 'would', 'can', 'could', 'should', 'must', 'have', 'has', 'had', 'do', 'does', 'did', 'not', 'going', 'want', 'think', 'know', 'get', 'got', 'need', 'make']);
const SPEECH_IN_SENTENCE = /\b(?:said|says|say|told|tells|added|wrote|writes|asked|according|stated|tweeted|noted|explained|argued|declared|insisted|warned|called|described)\b/i;

// A character by kind: letter, digit, or the punctuation itself.
function charClass(ch: string | undefined): string {
  if (!ch) return 'none';
  if (/\p{L}/u.test(ch)) return /\p{Lu}/u.test(ch) ? 'upper' : 'lower';
  return /\p{N}/u.test(ch) ? 'digit' : ch;
}

/** Features for trusting the speaker found (there is one). */
export function speakerFeatures(e: QuoteEvidence): string[] {
  const speaker = e.speaker!;
  const out = [`cue:${e.kind}`, `src:${sourceKind(e)}`];
  if (e.cue?.verb) out.push(`verb:${e.cue.verb}`);
  if (e.continues) out.push('continues');
  if (e.pronoun) out.push('pronoun');
  if (speaker.name) {
    const words = speaker.name.split(/\s+/);
    out.push(`nw:${bucket(words.length, [1, 2, 3])}`);
    if (PLACES.has(speaker.name)) out.push('place');
    if (isOrganisation(speaker)) out.push('organization');
    if (speaker.honorific) out.push('honorific');
    if (words.some((w) => /^\p{Lu}{2,}$/u.test(w))) out.push('all-caps');
  } else out.push('unnamed');
  if (speaker.description) out.push('described');
  if (e.span.opensParagraph) out.push('opens-paragraph');
  if (e.headline) out.push('headline');
  return out;
}

function sourceKind(e: QuoteEvidence): string {
  if (!e.cue) return 'none';
  if (e.cue.source.kind === 'pronoun') return `pronoun-${e.cue.source.pronoun}`;
  return e.cue.source.speaker.name ? 'name' : 'description';
}

// The first bound the value is at most, or `more`: `w:4` means 4 words, `w:6` 5 or 6.
function bucket(value: number, bounds: number[]): string {
  const bound = bounds.find((b) => value <= b);
  return bound === undefined ? 'more' : String(bound);
}
