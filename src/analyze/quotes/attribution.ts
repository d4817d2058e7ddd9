/**
 * Attribution: the cue that ties a quote to its source, looked for in the
 * words around the quote within its sentence. The patterns, most reliable first:
 *   `'Q,' said NAME, ROLE.` · `'Q,' NAME said.` · `'Q,' NAME, ROLE, said.` · `'Q,' according to NAME.`
 *   `NAME said: 'Q'` · `NAME said the plan was 'Q'` · `According to NAME, 'Q'` · `NAME on X: 'Q'`
 *   and transcripts, where the quote opens with the speaker: `"WALLACE: …"`.
 */
import { isHonorific } from '../names.js';
import { parseSource, type Source } from './speakers.js';
import { INVERTING_VERBS, isSpeechVerb } from './speech-verbs.js';

/** A cue found for a quote: who (perhaps a pronoun still to resolve) and the verb. */
export interface Cue {
  source: Source;
  verb: string | null;
}

/** The text around one quote, cut to its sentence and to the neighbouring quotes. */
export interface Surroundings {
  /** Outside-quote text before the opening mark, from the start of its sentence or the previous quote. */
  before: string;
  /** Outside-quote text after the closing mark, to the end of its sentence or the next quote. */
  after: string;
  /** The quoted words themselves. */
  quote: string;
  /** The next sentence, when the quote ends its own: `"…?" Trump said.` splits after the mark. */
  next: string;
}

/** Where a cue was found; `none` means the quote has no cue of its own. */
export type CueKind = 'transcript' | 'after' | 'before' | 'subject' | 'none';

interface Word {
  text: string;
  /** Lower case without surrounding punctuation. */
  key: string;
}

const MAX_SUBJECT_WORDS = 14;
// An appositive may run long: `Leonard E. Burman, director of … and a professor at …, said`.
const MAX_APPOSITIVE_WORDS = 32;
// Words between a subject and its verb: `has repeatedly said`, `forcefully told`.
const AUXILIARY = /^(?:has|have|had|would|will|could|should|might|may|can|did|does|do|also|later|then|once|again|often|never|not|always|just|first|even|still|already|further|\p{L}+ly)$/u;
// Words that open a new clause: the subject of a verb starts after them.
const CLAUSE_OPENERS = new Set([
  'that', 'who', 'which', 'and', 'but', 'because', 'while', 'when', 'if', 'as', 'after', 'before',
  'although', 'though', 'since', 'where', 'whom', 'so', 'or', 'than', 'until', 'unless', 'whether',
  'what', 'how', 'why', '—', '–', '-', '―', '--',
]);
// First words of a clause fragment, never of a source (`and`, `despite`, `was greeted with`).
const NOT_A_SUBJECT = /^(?:and|or|but|nor|for|in|at|on|to|with|from|by|of|about|despite|after|before|during|was|were|is|are|be|been|has|had|have|not|which|that|than|then|also|approach|examples?)$/i;
// A subject longer than this without a name is a clause, not a speaker.
const MAX_DESCRIPTION_WORDS = 7;

/** Find the cue for a quote from its surroundings. */
export function findCue(around: Surroundings): { kind: CueKind; cue: Cue | null } {
  const transcript = /^([A-Z][A-Z.'’\- ]{1,40}[A-Z.]):\s/.exec(around.quote);
  if (transcript) {
    const name = transcript[1]!.toLowerCase().replace(/(^|[\s\-'’.])\p{Ll}/gu, (m) => m.toUpperCase());
    const source = parseSource(name);
    if (source) return { kind: 'transcript', cue: { source, verb: null } };
  }
  const after = cueAfter(around.after);
  if (after) return { kind: 'after', cue: after };
  const before = cueBefore(around.before);
  if (before) return { kind: 'before', cue: before };
  const next = around.next ? cueAfter(around.next) : null;
  if (next) return { kind: 'after', cue: next };
  const subject = subjectOf(around.before);
  if (subject) return { kind: 'subject', cue: { source: subject, verb: null } };
  return { kind: 'none', cue: null };
}

// `, said Dr. Park, ROLE.` · `, Trump said.` · `, Flynn, a top surrogate, said Thursday.` · `, according to X.`
function cueAfter(text: string): Cue | null {
  const rest = text.replace(/^[\s,;:\-–—)]+/, '');
  if (!rest) return null;
  const according = /^according to\s+(.+)$/is.exec(rest);
  if (according) return withSource(parseSource(according[1]!), 'according to');
  // A pull quote signed with a dash: `"…" ― Sonya Herridge`.
  const signed = /^[―—–]+\s*(.+)$/s.exec(text.trim());
  if (signed) {
    const source = parseSource(signed[1]!);
    if (source?.kind === 'speaker' && source.speaker.name) return { source, verb: null };
  }
  const words = wordsOf(rest);
  const limit = Math.min(words.length, MAX_APPOSITIVE_WORDS);
  for (let k = 0; k < limit; k++) {
    const word = words[k]!;
    if (!isSpeechVerb(word.key)) {
      // The clause ends before any verb: `"Q," and then the market fell.` is no attribution.
      if (endsSentence(word) && k < limit - 1) return null;
      continue;
    }
    if (k > 0) {
      const source = plausible(parseSource(joinWords(subjectBefore(words, k))));
      if (source) return { source, verb: word.key };
    }
    if (!INVERTING_VERBS.has(word.key)) return null;
    const source = plausible(parseSource(joinWords(words.slice(k + 1))));
    return source ? { source, verb: word.key } : null;
  }
  return null;
}

// A subject that reads as a source: a name, a pronoun or a short description with no verb of speech in it.
function plausible(source: Source | null): Source | null {
  if (!source || source.kind === 'pronoun' || source.speaker.name) return source;
  const words = (source.speaker.description ?? '').split(/\s+/);
  if (NOT_A_SUBJECT.test(words[0]!) || words.length > MAX_DESCRIPTION_WORDS || words.some((w) => isSpeechVerb(w.replace(/[^\p{L}]/gu, '')))) return null;
  return source;
}

// A word that ends its sentence: a stop that is not an abbreviation's (`Rep.`, `C.`, `U.S.`).
function endsSentence(word: Word): boolean {
  if (!/[.;!?]["'”’)]*$/.test(word.text)) return false;
  return !(/^\(?[\p{L}.\-]+\.\)?$/u.test(word.text) && (isHonorific(word.key) || /^\p{L}$|\./u.test(word.key) || /^\(/.test(word.text)));
}

// `NAME said: ` · `NAME said the plan was ` · `According to NAME, ` · `NAME, ROLE, said ` · `Obama on Climate Change: `
function cueBefore(text: string): Cue | null {
  const trimmed = text.trimEnd();
  if (!trimmed) return null;
  const according = /\baccording to\s+([^]+?)[,:]?$/i.exec(trimmed);
  if (according && !/[.;!?]/.test(according[1]!.slice(0, -1))) {
    const cue = withSource(parseSource(according[1]!), 'according to');
    if (cue) return cue;
  }
  // The nearest verb with a plausible subject; a described source (`a majority of Americans
  // have come to believe`) yields to a named one earlier in the sentence (`Mr. Obama said, …`).
  const words = wordsOf(trimmed);
  let described: Cue | null = null;
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]!;
    if (!isSpeechVerb(word.key)) continue;
    // `Clinton chimed in on Twitter, saying …` and `… and said`: the sentence's subject speaks.
    const shared = (/ing$/.test(word.key) && /,$/.test(words[k - 1]?.text ?? '')) || /^(?:and|but)$/.test(words[k - 1]?.key ?? '');
    const subject = shared ? [] : subjectBefore(words, k);
    let source = subject.length ? plausible(parseSource(joinWords(subject))) : shared ? subjectOf(trimmed) : null;
    // `Said Smith: 'Q'`, `asked Smith, 'Q'`
    if (!source && INVERTING_VERBS.has(word.key) && subject.length === 0) source = plausible(parseSource(joinWords(words.slice(k + 1))));
    if (!source) continue;
    if (source.kind === 'pronoun' || source.speaker.name) return { source, verb: word.key };
    described ??= { source, verb: word.key };
  }
  if (described) return described;
  // `Obama on Climate Change: The Trends Are 'Terrifying.'`
  const colon = trimmed.lastIndexOf(':');
  if (colon > 0) {
    const source = parseSource(leadingPhrase(trimmed.slice(0, colon)));
    if (source?.kind === 'speaker' && source.speaker.name) return { source, verb: null };
  }
  return null;
}

// The sentence's own subject when it opens the text before a partial quote with no verb of
// speech (`Trump openly admires Putin as a "strong leader"`).
function subjectOf(before: string): Source | null {
  if (!/\p{L}/u.test(before)) return null;
  const source = parseSource(leadingPhrase(before));
  if (!source) return null;
  return source.kind === 'pronoun' || source.speaker.name ? source : null;
}

// The words before a sentence's first lower-case word that is not part of a name.
function leadingPhrase(text: string): string {
  const words = text.trim().split(/\s+/);
  let k = 0;
  while (k < words.length && (k === 0 || !/^\p{Ll}/u.test(words[k]!) || /^(?:de|van|von|bin|al)$/.test(words[k]!))) {
    if (/[,;:.]$/.test(words[k]!) && !/^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Jr|St)\.$/u.test(words[k]!)) {
      k++;
      break;
    }
    k++;
  }
  return words.slice(0, k).join(' ');
}

// The subject of the verb at `k`: the words back to the start of its clause, an
// appositive between commas included (`Flynn, a top Trump surrogate, said`), adverbs
// and auxiliaries before the verb left out (`Marc Morial forcefully told`).
function subjectBefore(words: Word[], k: number): Word[] {
  let end = k;
  while (end > 0 && AUXILIARY.test(words[end - 1]!.key) && !/,$/.test(words[end - 1]!.text)) end--;
  let start = end;
  // Between the two commas of an appositive, clause words (`and`, `who`) belong to it.
  let commas = /,$/.test(words[end - 1]?.text ?? '') ? 2 : 0;
  while (start > 0 && end - start < (commas ? MAX_APPOSITIVE_WORDS : MAX_SUBJECT_WORDS)) {
    const prev = words[start - 1]!;
    if (endsSentence(prev) || /:$/.test(prev.text)) break;
    if (/,$/.test(prev.text)) {
      if (commas === 0) break;
      commas--;
    }
    const inAppositive = commas === 1 && start < end;
    if ((CLAUSE_OPENERS.has(prev.key) || CLAUSE_OPENERS.has(prev.text)) && start < end && !inAppositive) break;
    start--;
  }
  return words.slice(start, end);
}

function withSource(source: Source | null, verb: string): Cue | null {
  return source ? { source, verb } : null;
}

function wordsOf(text: string): Word[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => ({ text: w, key: w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') }));
}

function joinWords(words: Word[]): string {
  return words.map((w) => w.text).join(' ');
}
