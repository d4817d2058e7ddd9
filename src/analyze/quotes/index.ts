/**
 * The quote engine: every direct quote in an article with its speaker, and
 * the people quoted, one entry per person.
 */
import type { Article } from '../../model.js';
import { splitSentences, type Span } from '../../sentences.js';
import { findCue, introducedBy, quoteMark, sentenceCue, type Cue, type CueKind, type Surroundings } from './attribution.js';
import { describedPerson, type Named } from './descriptions.js';
import { ArticleWords } from './known-names.js';
import { findQuoteSpans, type MarkSpan } from './marks.js';
import { mentionsIn, NAME_REACH, resolvePronoun, type Mention } from './pronouns.js';
import type { Source } from './speakers.js';
import { speakerFeatures, speechFeatures, type QuoteEvidence } from './features.js';
import { probability } from './model.js';
import { SPEAKER_MODEL, SPEECH_MODEL, SPEECH_THRESHOLD } from './model-weights.js';
import { isNickname } from './terms.js';
import { isOrganisation, type Person, type Quote, type Speaker } from './types.js';

export { collectExperts } from './experts.js';
export type { Expert, Quote, Speaker } from './types.js';
export type { QuoteEvidence } from './features.js';

interface Block {
  index: number | null;
  section: string | null;
  text: string;
  start: number;
  /** Sentence spans, offsets into Article.text (into `text` for the headline, whose `start` is 0). */
  sentences: readonly Span[];
  /** Its quote-mark spans, found once when first needed. */
  spans?: MarkSpan[];
}

// A quote with no cue of its own continues the previous speaker if that quote is this close.
const CONTINUATION_PARAGRAPHS = 2;

/** How the engine judges quotes: the learned models, or stand-ins when training them. */
export interface Judges {
  /** Probability that a quote is speech, not a quoted term; below the learned threshold it is left out. */
  speech: (evidence: QuoteEvidence) => number;
  /** Probability that the speaker found is right. */
  speaker: (evidence: QuoteEvidence) => number;
}

/** Every direct quote in the article, in reading order, with its speaker. */
export function extractQuotes(article: Article): Quote[] {
  return judgeQuotes(article, LEARNED).flatMap((j) => (j.speech >= SPEECH_THRESHOLD ? [j.quote] : []));
}

const LEARNED: Judges = {
  speech: (e) => probability(SPEECH_MODEL, speechFeatures(e)),
  speaker: (e) => probability(SPEAKER_MODEL, speakerFeatures(e)),
};

/** One quote-mark span, what was found for it and how the judges weighed it. */
export interface Judged {
  quote: Quote;
  /** What the speaker was found from. */
  evidence: QuoteEvidence;
  /** What the quote's own words show, speech judged from it: the same but when the cue is its sentence's. */
  ownEvidence: QuoteEvidence;
  speech: number;
}

/**
 * Every quote-mark span as a candidate quote, judged; a span judged a term takes no part in
 * the attribution of the ones after it.
 */
export function judgeQuotes(article: Article, judges: Judges): Judged[] {
  const judged: Judged[] = [];
  const speakers: { at: number; speaker: Speaker }[] = [];
  let previous: { quote: Quote; block: number; unclosed: boolean } | null = null;
  const blocks = blocksOf(article);
  // People named in the text are looked for only when a pronoun needs them, and only in the
  // paragraphs within reach of it: most paragraphs of a long article are never scanned.
  const mentions: Mention[] = [];
  // The last names of people named in full so far: alone later, they still name them.
  const surnames = new Set<string>();
  let scanned = 0;
  // What the article's words show of a speaker's name, looked at only when one needs it.
  let words: ArticleWords | undefined;
  const mentionsUpTo = (blockNumber: number, at: number): Mention[] => {
    for (; scanned <= blockNumber; scanned++) {
      const block = blocks[scanned]!;
      if (block.start + block.text.length < at - NAME_REACH) continue;
      const spans = spansOf(block).map((s) => ({ start: s.outerStart, end: s.outerEnd }));
      for (const mention of mentionsIn(block.text, block.start, spans, surnames)) mentions.push(mention);
    }
    return mentions;
  };
  blocks.forEach((block, blockNumber) => {
    // A nickname (`Marcia "Cia" Price`) is part of the words around a quote, not a quote that cuts them.
    const spans = spansOf(block).filter((s) => block.index === null || !isNickname(block.text.slice(s.start, s.end), block.text.slice(0, s.outerStart), block.text.slice(s.outerEnd)));
    spans.forEach((span, k) => {
      const around = surroundings(block, spans, k, blocks[blockNumber + 1]);
      const at = block.start + span.start;
      const own = findCue(around);
      // Who the sentence before the quote introduces (`Tim Guest … says there are many reasons`).
      const priorIntroduction = (): Source | null => introducedBy(...priorSentence(block, span, blocks[blockNumber - 1], previous?.quote.start ?? null));
      // The person a source names, a pronoun resolved.
      const personOf = (source: Source | null): Person | null =>
        source?.kind === 'speaker' ? source.speaker : source?.kind === 'pronoun' ? resolvePronoun(source.pronoun, at, mentionsUpTo(blockNumber, at), speakers) : null;
      // The speaker a cue gives, or with none the one the quote goes on from or a sentence before introduces.
      const personFor = (kind: CueKind, cue: Cue | null): { person: Person | null; continues: boolean } => {
        let person: Person | null = null;
        let continues = false;
        if (cue?.source.kind === 'speaker') person = cue.source.speaker;
        else if (cue?.source.kind === 'pronoun') {
          // A pronoun before the quote refers to someone named before it, not to a name between it
          // and the quote (`Reid told reporters that he had spoken to Jeh Johnson and that "…"`).
          const from = kind === 'before' ? pronounAt(cue.source.pronoun, around.before, block.start + span.outerStart) ?? at : at;
          person = resolvePronoun(cue.source.pronoun, from, mentionsUpTo(blockNumber, at), speakers) ?? resolveGroup(cue.source.pronoun, at, speakers);
        }
        else if (kind === 'none') {
          // A sentence just before that reports someone's words (`Tim Guest … says there are many
          // reasons`, `Dr. Ward stated:`) introduces the speaker of a quote with no cue of its own.
          // The quote before goes on, unless a paragraph between them introduces someone else.
          // So does one whose paragraph opens with words that name no one and end in a colon
          // (`Then, later that month on CNN: "…"`): they set the scene for the same speaker.
          const goesOn = previous !== null && blockNumber - previous.block <= CONTINUATION_PARAGRAPHS && (k > 0 || span.opensParagraph || previous.unclosed || /:\s*$/.test(around.before));
          // Looked for only where it can change the speaker: most quotes with no cue go on from the
          // one before. A paragraph's own words before its first quote may bring in a new one, and
          // one is looked for when the quote before has no speaker to go on with.
          const fresh = previous !== null && (!previous.quote.speaker || (previous.block < blockNumber && hasLetterBefore(block.text, span.outerStart)));
          const introduced = !goesOn || previous!.block < blockNumber - 1 || fresh ? priorIntroduction() : null;
          if (goesOn && !introduced) {
            person = previous!.quote.speaker;
            continues = person !== null;
          }
          person ??= personOf(introduced);
        }
        if (person?.name && kind !== 'transcript' && !(words ??= new ArticleWords(article.text)).isName(person.name, at)) person = person.description ? { ...person, name: null, honorific: null } : null;
        // With no verb of speech, a one-word subject or label is a name only if the article writes it
        // capitalised inside a sentence somewhere: `Placement is now based on "enemy-base-frequency"`,
        // `Disclaimer: if you press "update" …` name no one. A headline's label does (`Milbank: …`), and
        // so does an acronym (`UN: …`).
        const label = kind === 'before' && !cue?.verb && block.index !== null && /\p{Ll}/u.test(person?.name ?? '');
        if ((kind === 'subject' || label) && person?.name && !person.name.includes(' ') && !person.honorific && !(words ??= new ArticleWords(article.text)).writtenInside(person.name)) person = null;
        // `Jahangir said she was angered by the media. It "appeared to be an attempt …"`: a subject that
        // names no one goes on with the words the sentence before reports.
        if (kind === 'subject' && !person) person = personOf(priorIntroduction());
        // `King says Ali …` after `Billie Jean King`: a title word alone (`King`, `Judge`) is a
        // person's surname when the article has named someone in full with it.
        if (person && !person.name && person.description && /^\p{Lu}\p{Ll}+$/u.test(person.description)) {
          mentionsUpTo(blockNumber, at);
          if (surnames.has(person.description)) person = { ...person, name: person.description, description: null };
        }
        // `the Vermont senator said`: the one person named just before with that role or those words.
        if (person && !person.name && person.description && /^the\s/i.test(person.description)) {
          // Only people named before the quote's sentence: one named inside it is not its speaker (`the secretary lauded Mr. Kim`).
          const sentence = block.sentences.find((s) => s.start <= block.start + span.start && block.start + span.start < s.end)?.start ?? at;
          const named = describedPerson(person.description, article.text, peopleBefore(sentence, mentionsUpTo(blockNumber, at), speakers));
          if (named) person = { ...person, name: named.name, honorific: named.honorific };
        }
        return { person, continues };
      };
      const evidenceOf = (kind: CueKind, cue: Cue | null): QuoteEvidence => {
        const { person, continues } = personFor(kind, cue);
        return { around, span, kind, cue, headline: block.index === null, continues, pronoun: cue?.source.kind === 'pronoun', speaker: person && { ...person, confidence: 0 } };
      };
      const ownEvidence = evidenceOf(own.kind, own.cue);
      // A quote whose own words give a subject at most may take the cue of its whole sentence,
      // which an earlier quote cut off. Whether it is speech is still judged on its own cue: a
      // term the sentence's verb names (`the so-called "Expulsion Initiative"`) stays a term.
      const whole = own.kind === 'subject' || own.kind === 'none' ? sentenceCue(around) : null;
      const evidence = whole ? evidenceOf('before', whole) : ownEvidence;
      const { cue, continues } = evidence;
      const speaker = evidence.speaker && { ...evidence.speaker, confidence: round(judges.speaker(evidence)) };
      const quote: Quote = {
        text: around.quote,
        speaker,
        verb: cue?.verb ?? null,
        section: block.section,
        paragraph: block.index,
        start: at,
        end: block.start + span.end,
        continues,
      };
      const speech = judges.speech(ownEvidence);
      judged.push({ quote, evidence, ownEvidence, speech });
      if (speech < SPEECH_THRESHOLD) return;
      if (speaker) speakers.push({ at, speaker });
      previous = { quote, block: blockNumber, unclosed: span.unclosed };
    });
  });
  return judged;
}

// Where in Article.text the last `pronoun` of `before` (the words up to `end`) stands, or null when it has none.
function pronounAt(pronoun: string, before: string, end: number): number | null {
  let found = -1;
  for (const m of before.matchAll(new RegExp(`\\b${pronoun}\\b`, 'giu'))) found = m.index;
  return found === -1 ? null : end - before.length + found;
}

// How far back a description looks for the person it describes, in characters.
const DESCRIBED_REACH = 3000;

// The named people before `at` and within reach: speakers (not organisations) and mentions.
function peopleBefore(at: number, mentions: readonly Mention[], speakers: readonly { at: number; speaker: Speaker }[]): Named[] {
  const people: Named[] = [];
  for (let i = speakers.length - 1; i >= 0 && at - speakers[i]!.at <= DESCRIBED_REACH; i--) {
    const { speaker } = speakers[i]!;
    if (speaker.name && !isOrganisation(speaker)) people.push({ at: speakers[i]!.at, name: speaker.name, honorific: speaker.honorific, speaker: true });
  }
  for (let i = mentions.length - 1; i >= 0 && at - mentions[i]!.at <= DESCRIBED_REACH; i--) {
    if (mentions[i]!.at < at) people.push(mentions[i]!);
  }
  return people;
}

// Two decimals are all a confidence means.
function round(p: number): number {
  return Math.round(p * 100) / 100;
}

// The headline first (headlines quote people too: `The Trends Are 'Terrifying.'`), then every paragraph.
function blocksOf(article: Article): Block[] {
  const headline: Block = { index: null, section: null, text: article.title, start: 0, sentences: splitSentences(article.title) };
  return [
    headline,
    ...article.sections.flatMap((s) =>
      s.paragraphs.map((p) => ({ index: p.index, section: s.title, text: p.text, start: p.start, sentences: p.sentences })),
    ),
  ];
}

function spansOf(block: Block): MarkSpan[] {
  block.spans ??= findQuoteSpans(block.text);
  return block.spans;
}

// The words before and after a quote, within its sentence and between its neighbours; the
// paragraph after (`after`) is looked at only for a signature on a line of its own.
function surroundings(block: Block, spans: MarkSpan[], k: number, after?: Block): Surroundings {
  const span = spans[k]!;
  // Sentence offsets are into Article.text; those below are into the paragraph.
  const base = block.start;
  // Sentences are in order: binary searches keep a paragraph with thousands of quotes linear.
  const sentences = block.sentences;
  const startsAfter = firstIndex(sentences, (s) => s.start - base > span.outerStart);
  const sentenceStart = (startsAfter > 0 ? sentences[startsAfter - 1]!.start : base) - base;
  const ending = firstIndex(sentences, (s) => s.end - base >= span.outerEnd);
  const sentence = ending === sentences.length ? -1 : ending;
  const sentenceEnd = sentence === -1 ? block.text.length : block.sentences[sentence]!.end - base;
  const from = Math.max(sentenceStart, spans[k - 1]?.outerEnd ?? 0);
  const to = Math.min(sentenceEnd, spans[k + 1]?.outerStart ?? block.text.length);
  // A quote that ends its own sentence (`…in our country?” Clinton said.`) may take its cue
  // from the next one, when the mark inside was a question or exclamation, or the next is short.
  let next = '';
  const following = block.sentences[sentence + 1];
  if (sentence !== -1 && following && sentenceEnd <= span.outerEnd + 1 && following.start - base < (spans[k + 1]?.outerStart ?? Infinity)) {
    const inner = block.text.slice(span.end - 1, span.end);
    if (/[?!]/.test(inner) || following.end - following.start < 60) next = block.text.slice(following.start - base, Math.min(following.end - base, spans[k + 1]?.outerStart ?? Infinity));
  }
  // A quote that ends its paragraph may be signed on the next line, after a dash (`"…"` then `- Bernie Sanders.`).
  if (!next && after && !hasLetterAfter(block.text, span.outerEnd) && /^\s*[-–—―]/.test(after.text)) next = after.text;
  // The lead with each earlier quote of the sentence cut to its marks: the attribution an earlier
  // quote cut off (`Trump said Rubio was "…" while Cruz is "a basket case"`). Then the rest of the
  // sentence with each later quote cut the same way: the attribution after them (`"All That
  // Glitters" was to be a "cautionary tale," said Susan Crawford`).
  let first = k;
  while (first > 0 && spans[first - 1]!.outerEnd > sentenceStart) first--;
  let last = k + 1;
  while (last < spans.length && spans[last]!.outerStart < sentenceEnd) last++;
  const cut: string[] = [];
  const outside = withStandIns(block.text, sentenceStart, span.outerStart, spans.slice(first, k), cut);
  const beyond = withStandIns(block.text, span.outerEnd, sentenceEnd, spans.slice(k + 1, last), cut);
  return {
    before: from < span.outerStart ? block.text.slice(from, span.outerStart) : '',
    outside,
    beyond,
    cut,
    after: span.outerEnd < to ? block.text.slice(span.outerEnd, to) : '',
    quote: block.text.slice(span.start, span.end),
    next,
    lead: block.text.slice(sentenceStart, span.outerStart),
  };
}

// The longest prior sentence looked at for who it introduces: the verb and its subject are near its start.
const MAX_PRIOR = 400;

// The sentence before the one a quote opens in: in its paragraph, or the last of the paragraph
// before when the quote opens its own. None when it holds the quote before (at `speech` in
// Article.text): that quote's speaker goes on by continuation. A title or a term quoted in it
// (`On "Face the Nation," Sen. Bernie Sanders identified …`) names no one: each is cut to a
// stand-in, and returned with the sentence for the description that holds it.
function priorSentence(block: Block, span: MarkSpan, before: Block | undefined, speech: number | null): [string, string[]] {
  const base = block.start;
  const own = firstIndex(block.sentences, (s) => s.start - base > span.outerStart) - 1;
  let sentence: Span | undefined;
  let from = block;
  if (own > 0) sentence = block.sentences[own - 1]!;
  else if (own <= 0 && !hasLetterBefore(block.text, span.outerStart) && before && before.index !== null) {
    sentence = before.sentences[before.sentences.length - 1];
    from = before;
  }
  if (!sentence || (speech !== null && sentence.start <= speech && speech < sentence.end)) return ['', []];
  const start = sentence.start - from.start;
  const end = sentence.end - from.start;
  const cut: string[] = [];
  const quoted = spansOf(from).filter((q) => q.outerStart >= start && q.outerEnd <= end);
  return [withStandIns(from.text, start, end, quoted, cut).slice(0, MAX_PRIOR), cut];
}

// `text[start, end)` with each of `quoted` (in order) cut to its stand-in, numbered on from the
// quotes already in `cut`, to which each is added.
function withStandIns(text: string, start: number, end: number, quoted: readonly MarkSpan[], cut: string[]): string {
  let out = '';
  let at = start;
  for (const q of quoted) {
    out += text.slice(at, q.outerStart) + standIn(text, q, cut.length);
    cut.push(text.slice(q.outerStart, q.outerEnd));
    at = q.outerEnd;
  }
  return out + text.slice(at, end);
}

// The stand-in for the i-th quote cut out of a sentence's words: a comma inside its closing mark
// (`“…maniacal,” adding`) still ends the clause.
function standIn(text: string, span: MarkSpan, i: number): string {
  return /[,;:]$/.test(text.slice(span.start, span.end)) ? `${quoteMark(i)},` : quoteMark(i);
}

function hasLetterBefore(text: string, at: number): boolean {
  return /[\p{L}\p{N}]/u.test(text.slice(0, at));
}

function hasLetterAfter(text: string, at: number): boolean {
  return /[\p{L}\p{N}]/u.test(text.slice(at));
}

// The first index whose item passes `test`, for a test that fails then passes along the list.
function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// `they said`, `we said`: the nearest earlier unnamed group of sources (`officials`), within reach.
function resolveGroup(pronoun: string, at: number, speakers: readonly { at: number; speaker: Speaker }[]): Speaker | null {
  if (pronoun !== 'they' && pronoun !== 'we') return null;
  for (let i = speakers.length - 1; i >= 0 && at - speakers[i]!.at <= NAME_REACH; i--) {
    const s = speakers[i]!;
    if (s.at < at && !s.speaker.name && /s$/i.test(s.speaker.description ?? '')) return s.speaker;
  }
  return null;
}
