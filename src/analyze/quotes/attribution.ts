/**
 * Attribution: the cue that ties a quote to its source, looked for in the
 * words around the quote within its sentence. The patterns, most reliable first:
 *   `'Q,' said NAME, ROLE.` · `'Q,' NAME said.` · `'Q,' NAME, ROLE, said.` · `'Q,' according to NAME.`
 *   `NAME said: 'Q'` · `NAME said the plan was 'Q'` · `According to NAME, 'Q'` · `NAME on X: 'Q'`
 *   and transcripts, where the quote opens with the speaker: `"WALLACE: …"`.
 */
import { PLACES } from '../facts/gazetteer.js';
import { isHonorific, isNameParticle, isNameWord, isRoleWord } from '../names.js';
import { isFirstName } from './first-names.js';
import { isFurniture } from './known-names.js';
import { bareKey, hasLetter, isAnyCase, lettersOf, lower, startsLower, startsUpper } from './letters.js';
import { parseSource, type Source } from './speakers.js';
import { isDay, timeBefore } from './time-phrases.js';
import { joinWords, type Word, words, wordsOf } from './words.js';
import { isTitleCase } from './terms.js';
import { INVERTING_VERBS, isBaseForm, isSpeechVerb, SPEECH_NOUNS, speechParticle } from './speech-verbs.js';

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
  /** The sentence from its start to the opening mark, earlier quotes included. */
  lead: string;
  /**
   * The same with each earlier quote cut to a stand-in, `quoteMark(i)` for the i-th (`Trump said X
   * was "…" while`): where the sentence's subject is, never in a quote's words.
   */
  outside: string;
  /** The text after the closing mark to the end of its sentence, later quotes cut to stand-ins the same way. */
  beyond: string;
  /** The quotes of the sentence that `outside` and `beyond` cut, in that order, marks included. */
  cut: string[];
}

/** Where a cue was found; `none` means the quote has no cue of its own. */
export type CueKind = 'transcript' | 'after' | 'before' | 'subject' | 'none';

const MAX_SUBJECT_WORDS = 14;
// An appositive may run long: `Leonard E. Burman, director of … and a professor at …, said`.
const MAX_APPOSITIVE_WORDS = 32;
// Words between a subject and its verb: `has repeatedly said`, `forcefully told`.
const AUXILIARY = words('has have had would will could should might may can did does do also later then once again often never not always just first even still already further now kept keeps keep began begins begin started starts');
// Words that open a new clause: the subject of a verb starts after them.
const CLAUSE_OPENERS = new Set([
  'that', 'who', 'which', 'and', 'but', 'because', 'while', 'when', 'if', 'as', 'after', 'before',
  'although', 'though', 'since', 'where', 'whom', 'so', 'or', 'than', 'until', 'unless', 'whether',
  'what', 'how', 'why', '—', '–', '-', '―', '--',
]);
// First words of a clause fragment, never of a source (`and`, `despite`, `was greeted with`).
const NOT_A_SUBJECT = words('and or but nor for in at on to with from by of about despite after before during was were is are be been has had have not which that than then also approach example examples');
// Finite verbs and personal pronouns: a "description" with one of them is a clause.
const FINITE = words('is are was were will would has have had can could should must may might does did shall');
const PERSONAL = words('he she it they we i you');
// First words of an introductory phrase before a sentence's subject.
const INTRODUCTORY = words('alongside beyond against toward towards regarding concerning across around within of here there during after before following in on at with without despite since when while as although though because if unlike like even however still yet meanwhile instead now later earlier last this for from by under over among amid asked once until upon through throughout given separately then also but and so indeed besides back ever');
// Abbreviations inside a name or sentence whose period ends nothing (`Joseph R. Biden Jr. said`,
// `on Dec. 2, Col. Steven H. Warren said`).
const ABBREVIATIONS = words('jr sr st inc co corp ltd bros no vs jan feb mar apr aug sep sept oct nov dec');
const BASE_FORM_SUBJECT = words('i we you they did do does will would can could should may might must to not never also often and who people');
const DETERMINER = words('the a an this that these those its their his her our my your whose every each some many several no');
// Verbs of speech a title-case headline uses after a name.
const HEADLINE_VERBS = new Set(['says', 'said', 'tells', 'told', 'asks', 'warns', 'claims', 'writes', 'admits', 'insists', 'urges', 'calls', 'slams', 'blasts', 'rips', 'defends', 'denies', 'vows']);
// Forms of `be` before a participle: `Trump is saying`.
const BE = words("is are was were be been am 's");
// `put it` after its subject: `as Mr. Trump put it`, `as Steven Rosenthal, a tax lawyer, recently put it`.
const PUT_IT = /\s(?:\p{L}+ly\s+|has\s+|had\s+|once\s+)*puts?\s+it\b/u;
// Words before an `-ing` form that make it share the sentence's subject: `Trump left before saying`.
const SHARED_SUBJECT = words('before after while by when without upon since in');
// A capitalised name and its possessive right before a quote's opening mark.
const POSSESSOR = /(\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,3})['’]s?\s*$/u;
// A subject longer than this without a name is a clause, not a speaker.
const MAX_DESCRIPTION_WORDS = 7;

// How far a verb of speech may follow `as` after a quote (`as the host Steve Doocy said`).
const MAX_AS_WORDS = 6;

// `what Mr. Hedge called `, `what Bay Buchanan, ROLE, has called `: a relative clause whose verb of naming the quote completes.
const WHAT_NAMES = /\bwhat\s+\p{Lu}[^;:!?"“”]{0,80}?\s(?:called|calls|dubbed|dubs|termed|terms|labeled|labelled|branded|described as|describes as|referred to as|refers to as)\s*$/u;

// `has repeatedly`, `kept asking`: an auxiliary, a verb of aspect or an adverb in -ly, which is written in lower case (`Kelly` is a name).
function isAuxiliary(word: Word): boolean {
  const key = word.key;
  // Written capitalised, an auxiliary's word is a name (`"…," Will wrote`, George Will).
  return (AUXILIARY.has(key) && startsLower(word.text)) || (key.length > 2 && key.endsWith('ly') && startsLower(word.text) && /^\p{L}+ly$/u.test(key));
}

/** Find the cue for a quote from its surroundings. */
export function findCue(around: Surroundings): { kind: CueKind; cue: Cue | null } {
  const transcript = /^([A-Z][A-Z.'’\- ]{1,40}[A-Z.]):\s/.exec(around.quote);
  if (transcript) {
    const name = transcript[1]!.toLowerCase().replace(/(^|[\s\-'’.])\p{Ll}/gu, (m) => m.toUpperCase());
    const source = name.split(/\s+/).some(isFurniture) ? null : parseSource(name);
    if (source) return { kind: 'transcript', cue: { source, verb: null } };
  }
  // `Chris Matthews: Seriously, …`: a transcript's line opening with a full name in ordinary case,
  // a first name first (the article's words still have to show it is a name), not a title and
  // subtitle (`Lost Tycoon: The Many Lives of Donald J. Trump`, `Groundhog Day: the perfect comedy`).
  const line = /^(\p{Lu}[\p{L}'’.\-]+(?: \p{Lu}[\p{L}'’.\-]+){1,2}):\s/u.exec(around.quote);
  const lineSpeaker = line && isFirstName(line[1]!.split(' ')[0]!) && !isTitleCase(around.quote.slice(line[0].length).split(/\s+/, 8)) ? nameOnly(line[1]!) : null;
  if (lineSpeaker) return { kind: 'before', cue: { source: lineSpeaker, verb: null } };
  const after = cueAfter(around.after, around.outside);
  // `After Scalia said that students might do better at "less advanced schools," Trump said: …`:
  // a quote inside a clause that opens the sentence is its speaker's, not the main clause's after it.
  const fronted = after && isNamed(after.source) && opensAdverbialClause(around.lead) ? cueBefore(around.before, around.outside) : null;
  if (fronted?.source.kind === 'speaker' && fronted.source.speaker.name) return { kind: 'before', cue: fronted };
  // `under what Mr. Hedge called "the prior economy model," the club charged …`: the quote is what
  // the clause just before it names, so that clause's subject speaks, not a subject after it.
  const naming = after && WHAT_NAMES.test(around.before) ? cueBefore(around.before, around.outside) : null;
  if (naming?.source.kind === 'speaker' && naming.source.speaker.name) return { kind: 'before', cue: naming };
  const before = after && isNamed(after.source) ? null : cueBefore(around.before, around.outside);
  // A described source after the quote yields to a named one before it (`Obama said "Q" as some critics noted`).
  if (after && !(before && isNamed(before.source))) return { kind: 'after', cue: after };
  if (before) return { kind: 'before', cue: before };
  const next = around.next ? cueAfter(around.next, '') : null;
  if (next) return { kind: 'after', cue: next };
  // `Musk's "production hell"`: a partial quote owned by a named person is theirs.
  const owner = POSSESSOR.exec(around.before.slice(-80));
  const owned = owner ? parseSource(owner[1]!) : null;
  if (owned?.kind === 'speaker' && owned.speaker.name) return { kind: 'subject', cue: { source: owned, verb: null } };
  const subject = subjectOf(around.before);
  if (subject) return { kind: 'subject', cue: { source: subject, verb: null } };
  return { kind: 'none', cue: null };
}

/**
 * The cue of a quote whose own words around it have none because another quote of its
 * sentence cut them off (`Trump said Rubio was "a lightweight" while Cruz is "a basket case"`):
 * the cue before it, then after it, in the whole sentence, the other quotes' words left out.
 */
export function sentenceCue(around: Surroundings): Cue | null {
  const cue = (around.outside.length > around.before.length ? cueBefore(around.outside, around.outside) : null)
    ?? (around.beyond.length > around.after.length ? cueAfter(around.beyond, around.outside) : null);
  return cue && { ...cue, source: withQuotes(cue.source, around.cut) };
}

// A description keeps the quotes it holds (`author of "Going Viral,"`) that stand-ins cut from its
// sentence, `cut[i]` for `quoteMark(i)`: the comma a stand-in took from inside the marks (and its
// closing mark, when the description ends there) included.
function withQuotes(source: Source, cut: readonly string[]): Source {
  if (source.kind !== 'speaker' || !source.speaker.description?.includes('"…')) return source;
  let description = source.speaker.description;
  for (let i = 0; i < cut.length; i++) description = description.replace(new RegExp(`"…{${i + 1}}(?!…)(?:",|"|$)`, 'u'), () => cut[i]!);
  return { kind: 'speaker', speaker: { ...source.speaker, description } };
}

/** The stand-in for the i-th earlier quote of a sentence in Surroundings.outside: marks and no letter. */
export function quoteMark(i: number): string {
  return `"${'…'.repeat(i + 1)}"`;
}

/**
 * Who a sentence with no quote reports the words of (`Tim Guest, a councillor, says there are
 * many reasons`, `Dr. Ward stated:`): the subject of its verb of speech, when it is named or a pronoun.
 * `cut` are the quoted terms its stand-ins replace (see `quoteMark`).
 */
export function introducedBy(sentence: string, cut: readonly string[] = []): Source | null {
  if (!hasLetter(sentence)) return null;
  // A closing colon stays: it introduces what follows (`Sanders made the following comment:`).
  const cue = cueBefore(sentence.replace(/[\s.;,!?]+$/, ''), sentence);
  if (!cue) return null;
  return isNamed(cue.source) ? withQuotes(cue.source, cut) : null;
}

// `, said Dr. Park, ROLE.` · `, Trump said.` · `, Flynn, a top surrogate, said Thursday.` · `, according to X.`
function cueAfter(text: string, before: string): Cue | null {
  // The later quotes of a list (`"Q1" and "Q2," Howard Dean, ROLE, proclaimed`), cut to stand-ins, go before the cue.
  const rest = text.replace(/^[\s,;:\-–—)]+/, '').replace(/^(?:(?:and|or)\s+)?(?:"…+",?\s*(?:(?:and|or)\s+)?)+/u, '');
  if (!rest) return null;
  // `according to` attributes the whole sentence, wherever it stands in it.
  const according = mentionsAccording(rest) ? /(?:^|,\s*)according to\s+(.+)$/is.exec(rest) : null;
  if (according) return withSource(parseSource(according[1]!), 'according to');
  const putIt = putItSource(rest);
  if (putIt && /^as\b/i.test(rest)) return withSource(plausible(parseSource(putIt)), 'put it');
  // A pull quote signed with a dash: `"…" ― Sonya Herridge`, `"…" - Bernie Sanders.`, not a dash that
  // goes on with the sentence.
  const signed = /^(?:[―—–]+|-(?=\s*\p{Lu}))\s*(.+)$/su.exec(text.trim());
  if (signed) {
    // The signature ends with its sentence (`- Sanders. This is a complex issue …`).
    const signature = signed[1]!.replace(/(?<!\b\p{Lu})[.!?]\s[\s\S]*$/u, '');
    const source = parseSource(signature);
    const head = signature.split(',')[0]!.trim().split(/\s+/);
    const named = head.every((w) => startsUpper(w) || isNameParticle(w));
    if (named && source?.kind === 'speaker' && source.speaker.name) return { source, verb: null };
  }
  // `"Would it be negotiable?" Hannity pressed.`: a name and any past tense, and the sentence ends.
  const acted = NAME_THEN_PAST.exec(rest);
  const actor = acted ? nameOnly(acted[1]!) : null;
  if (actor) return { source: actor, verb: acted![2]! };
  const words = wordsOf(rest);
  // `"… a dead heat right now," as Cruz said on Monday, …`: a clause of comparison names who said it.
  if (words[0]?.key === 'as') {
    const k = words.findIndex((_, j) => j > 1 && j <= MAX_AS_WORDS && isVerbAt(words, j));
    const source = k === -1 ? null : subjectSource(subjectBefore(words, k));
    return source && isNamed(source) ? { source, verb: verbAt(words, k) } : null;
  }
  const limit = Math.min(words.length, MAX_APPOSITIVE_WORDS);
  for (let k = 0; k < limit; k++) {
    const word = words[k]!;
    // `"…," State Department spokesperson Vedant Patel said`: a verb of speech in capitals right
    // after the quote, a capitalised word after it, opens a name (headlines apart: `"…," Says Trump`);
    // so does a bare base form there that does not invert (`"…," state Sen. Jason Holsman said`;
    // `"…," say critics` inverts).
    const opensName = k === 0 && ((startsUpper(word.text) && startsUpper(words[1]?.text ?? '') && !HEADLINE_VERBS.has(word.key)) || (isBaseForm(word.key) && !INVERTING_VERBS.has(word.key)));
    if (opensName || !isVerbAt(words, k)) {
      // The clause ends before any verb: `"Q," and then the market fell.` is no attribution.
      if (endsSentence(word) && k < limit - 1) return null;
      continue;
    }
    // `"Q," and said …`, `"Q" to the test and warned …`: the subject of the sentence said it.
    if (k > 0 && (words[k - 1]!.key === 'and' || words[k - 1]!.key === 'but')) {
      const source = subjectOf(before);
      return source ? { source, verb: verbAt(words, k) } : null;
    }
    if (k > 0) {
      // An infinitive is no attribution: `"totally inappropriate" for Ginsburg to criticize Trump`.
      if (words[k - 1]!.key === 'to' && !goesOnTo(words, k)) return null;
      // A participle with no `is`/`was` qualifies a noun (`a Trump tweet attacking …`), it attributes nothing.
      if (word.key.endsWith('ing') && !BE.has(words[k - 1]!.key)) return null;
      const subject = subjectBefore(words, k);
      // The subject follows the quote at once (`"Q," NAME said`) or after a phrase of its own
      // (`"Q" of the plan, Mr. Holtz-Eakin said`); a verb further on belongs to another clause
      // (`"Q," but he has also intensified the attacks`).
      const at = subject.length ? words.indexOf(subject[0]!) : 0;
      // `"…" in the way the United States responds`: a phrase, not a subject, before the verb.
      const phrase = at === 0 && subject.length > 1 && PHRASE_START.has(subject[0]!.text);
      if (phrase && !subject.some((w) => w.text.endsWith(','))) return null;
      const attached = at === 0 || words[at - 1]!.text.endsWith(',');
      const source = attached ? subjectSource(subject) : null;
      // A subject with a verb of its own is a clause (`that Sanders can catch Clinton, said …`).
      const clause = subject.some((w) => FINITE.has(w.key) && startsLower(w.text));
      if (source && !phrase && !clause && isNamed(source)) return { source, verb: verbAt(words, k) };
      // `"…" and Clevelanders get nervous, said Christine Link, ROLE`: when the words before name
      // no one, a comma, a verb that inverts and a name are the attribution.
      if (words[k - 1]!.text.endsWith(',') && INVERTING_VERBS.has(word.key) && startsUpper(words[k + 1]?.text ?? '')) {
        const inverted = parseSource(joinWords(words.slice(k + 1)));
        if (inverted?.kind === 'speaker' && inverted.speaker.name) return { source: inverted, verb: verbAt(words, k) };
      }
      if (!attached) {
        // `"…," Nate Silver, the polling guru who founded fivethirtyeight.com tweeted`: a name that
        // opens the text, its appositive left unclosed.
        // Not when a clause opens after the comma or the verb has a pronoun of its own (`"system"
        // APIs, like a library would, or the embedding calls it`): the verb is that clause's.
        const comma = words.findIndex((w) => w.text.endsWith(','));
        const clauseAfter = comma >= 0 && (startsClause(words[comma + 1]) || PERSONAL.has(words[k - 1]!.key));
        const opener = comma >= 0 && comma < 4 && !clauseAfter ? nameOnly(joinWords(words.slice(0, comma + 1)).replace(/,$/, '')) : null;
        return opener ? { source: opener, verb: verbAt(words, k) } : null;
      }
      if (source) return { source, verb: verbAt(words, k) };
    }
    // `"…" suggests that Phoenix …`: a clause follows, no inverted subject.
    if (!INVERTING_VERBS.has(word.key) || CLAUSE_AFTER.has(words[k + 1]?.key ?? '')) return null;
    const source = invertedSource(words, k);
    return source ? { source, verb: verbAt(words, k) } : null;
  }
  return null;
}

// The word opens a clause or a phrase of comparison (`and`, `if`, `like`), not an appositive's
// description (`the polling guru who …`, `who founded …`).
function startsClause(word: Word | undefined): boolean {
  return word !== undefined && ((CLAUSE_OPENERS.has(word.key) && word.key !== 'who' && word.key !== 'whom') || word.key === 'like');
}

// The sentence so far is a clause of time, contrast or cause that no comma has closed yet (`While Comey said there was …`).
function opensAdverbialClause(lead: string): boolean {
  const first = /^\s*(\p{Lu}\p{Ll}+)\s/u.exec(lead);
  return first !== null && ADVERBIAL.has(lower(first[1]!)) && !lead.includes(',');
}

// A source that is named, or a pronoun that resolves to a name.
function isNamed(source: Source): boolean {
  return source.kind === 'pronoun' || Boolean(source.speaker.name);
}

// A subject that reads as a source: a name, a pronoun or a short description with no verb of speech in it.
function plausible(source: Source | null): Source | null {
  if (!source || source.kind === 'pronoun' || source.speaker.name) return source;
  const words = (source.speaker.description ?? '').split(/\s+/);
  if (isAnyCase(NOT_A_SUBJECT, words[0]!) || words.length > MAX_DESCRIPTION_WORDS) return null;
  // An adverb after an inverting verb is no source (`said pointedly`); nor is a clause with a subject pronoun (`every time he`).
  if ((words.length === 1 && /^\p{Ll}+ly$/u.test(words[0]!)) || words.some((w) => isAnyCase(PERSONAL, w))) return null;
  // A verb inside makes it a clause (`he will expand the armed forces`, `she was secretary of`).
  if (words.some((w) => isSpeechVerb(lettersOf(w)) || isAnyCase(FINITE, w))) return null;
  return source;
}

// The subject after an inverting verb at `k` (`said Christine Link, ROLE`, `said former Gov. and
// Chairman Ed Rendell`): a name after a clause's verb or pronoun (`said the candidate could win in
// states like Pennsylvania`) is not who speaks.
function invertedSource(words: Word[], k: number): Source | null {
  const source = plausible(parseSource(joinWords(words.slice(k + 1))));
  const name = source?.kind === 'speaker' ? source.speaker.name : null;
  if (!name) return source;
  const first = name.split(/\s+/)[0]!;
  const at = words.findIndex((w, j) => j > k && w.text.replace(/[,;:.]+$/, '') === first);
  const lead = at === -1 ? [] : words.slice(k + 1, at);
  return lead.some((w) => FINITE.has(w.key) || isAnyCase(PERSONAL, w.text)) ? null : source;
}

// The characters a sentence's last word can end with: a stop, or marks and brackets after one.
const SENTENCE_END_CHARACTERS = new Set([...'.;!?"\'”’)'].map((ch) => ch.charCodeAt(0)));

// A word that ends its sentence: a stop that is not an abbreviation's (`Rep.`, `C.`, `U.S.`).
function endsSentence(word: Word): boolean {
  if (!SENTENCE_END_CHARACTERS.has(word.text.charCodeAt(word.text.length - 1)) || !/[.;!?]["'”’)]*$/.test(word.text)) return false;
  return !(/^\(?[\p{L}.\-]+\.\)?$/u.test(word.text) && (isHonorific(word.key) || /^\p{L}$|\./u.test(word.key) || word.text.startsWith('(') || ABBREVIATIONS.has(word.key)));
}

// `NAME said: ` · `NAME said the plan was ` · `According to NAME, ` · `NAME, ROLE, said ` · `Obama on Climate Change: `
function cueBefore(text: string, lead: string): Cue | null {
  const trimmed = text.trimEnd();
  if (!trimmed) return null;
  const according = mentionsAccording(trimmed) ? /\baccording to\s+([^]+?)[,:]?$/i.exec(trimmed) : null;
  // The phrase stays inside one sentence: a stop in it may only close an abbreviation or an
  // initial (`according to Sen. Ted Cruz,`, `according to … William J. Bennett,`).
  if (according && !wordsOf(according[1]!).slice(0, -1).some(endsSentence)) {
    const cue = withSource(parseSource(according[1]!), 'according to');
    if (cue) return cue;
  }
  const putIt = putItSource(trimmed);
  if (putIt) {
    const cue = withSource(plausible(parseSource(putIt)), 'put it');
    if (cue) return cue;
  }
  // `Pollsters agree - Carl Bialik: "…"`: a name signing the quote after a dash comes before any verb.
  // `- More from Blumenthal and Cohen:` too.
  const signed = SIGNED_BEFORE.exec(trimmed);
  const signer = signed ? nameOnly(signed[1]!.replace(/^More from\s+/, ''), true) : null;
  if (signer) return { source: signer, verb: null };
  // The nearest verb with a plausible subject, unless the sentence opens with a named speaker
  // whose words the nearer verb reports (`Clinton says she appreciated … what she calls a "war"`,
  // `Trump said … that Clinton described it as "the gold standard"`); a described source (`a
  // majority of Americans have come to believe`) yields to a named one.
  const words = wordsOf(trimmed);
  const possessive = possessiveCue(words);
  let nearest: { cue: Cue; at: number } | null = null;
  let own = false;
  let main: Cue | null = null;
  let described: Cue | null = null;
  let describedAt = -1;
  let firstVerb: number | undefined;
  // A verb inside the sentence's introduction reports nothing (`Asked by Stephanopoulos to respond, Carson said`).
  const intro = lead.trimStart().startsWith(trimmed.trimStart().slice(0, 40)) ? introductionWords(trimmed) : 0;
  for (let k = words.length - 1; k >= intro; k--) {
    const word = words[k]!;
    if (!isVerbAt(words, k)) continue;
    // `Clinton chimed in on Twitter, saying …`, `… before saying` and `… and said`: the sentence's subject speaks.
    // A participle first in the text follows a quote of the same sentence (`defended "New York values," saying …`).
    const participle = word.key.endsWith('ing') && (k === 0 || words[k - 1]!.text.endsWith(',') || SHARED_SUBJECT.has(words[k - 1]!.key));
    // `… and said`, `… but now said`: a conjunction, perhaps an adverb, then the verb.
    let conjunction = k - 1;
    while (conjunction > 0 && isAuxiliary(words[conjunction]!) && !words[conjunction]!.text.endsWith(',')) conjunction--;
    const shared = participle || (k > 0 && (words[conjunction]!.key === 'and' || words[conjunction]!.key === 'but'));
    // `the businessman said, arguing that …`: the earlier verb names the shared subject (word k
    // is a verb, so there is a first one). A passive with its subject left out names none
    // (`… and, when questioned after the debate, asserting, "…"`).
    if (shared && (firstVerb ??= words.findIndex((_, j) => isVerbAt(words, j) && !isElliptical(words, j))) < k) continue;
    // `Rubio was asked by moderator Gerard Baker whether …`: who asks speaks the question (not
    // who names: `was called by the party`).
    // So does one at the head of the sentence (`Asked by Thrush if Clinton "gets" race, …`).
    const agent = (k === 0 || BE.has(words[k - 1]!.key)) && ASKED.has(word.key) && words[k + 1]?.key === 'by' ? agentOf(words, k + 2) : null;
    if (agent) {
      // The question runs on to the quote: a verb inside it (`whether the plan, which the Tax
      // Foundation estimates would cost …, would risk "…"`) is the asker's words, not another source.
      const question = nearest !== null && words.slice(k + 2, nearest.at).some((w) => w.key === 'whether' || w.key === 'if');
      if (!nearest || question) nearest = { cue: { source: agent, verb: verbAt(words, k) }, at: k };
      continue;
    }
    // `The paradox of Nancy, says Carl Anthony, ROLE, is that …`: a verb set off by commas inside
    // the sentence is a parenthetical attribution, and the name after it speaks, not the phrase before.
    // The name after the verb closes with a comma of its own; without one the verb is the subject's
    // (`Steve Huhn, ROLE, said Fiorina "…"`).
    const aside = k > 0 && words[k - 1]!.text.endsWith(',') && INVERTING_VERBS.has(word.key) && closesName(words, k + 1) ? invertedSource(words, k) : null;
    if (aside?.kind === 'speaker' && aside.speaker.name) {
      nearest ??= { cue: { source: aside, verb: verbAt(words, k) }, at: k };
      continue;
    }
    let subject = shared ? [] : subjectBefore(words, k);
    // `Mr. Trump, who …, issued a statement Tuesday saying`: what comes before the participle is
    // the sentence's verb and its object, so the sentence's subject speaks.
    const object = !shared && word.key.endsWith('ing') && subject.length > 1 && isPastVerb(subject[0]!);
    if (object) subject = [];
    // `Rubio's campaign sent out a press release saying`: with no comma between, the subject is the
    // words before that verb, when they name someone.
    const acted = !shared && !object && word.key.endsWith('ing') ? subject.findIndex((w, j) => j > 0 && isPastVerb(w)) : -1;
    const actor = acted > 0 ? subjectSource(subject.slice(0, acted)) : null;
    if (actor?.kind === 'speaker' && actor.speaker.name) subject = subject.slice(0, acted);
    let source = subject.length ? (subjectSource(subject) ?? trailingName(subject)) : shared || object ? subjectOf(lead) : null;
    // The subject opens the sentence, or follows its introduction at once (`In a statement, Cruz said …`;
    // not a phrase that introduces further, `On Thursday, in the release announcing …`).
    const at = subject.length > 0 ? words.indexOf(subject[0]!) : -1;
    // `CNN, Cruz said, called the announcement "…"`: a subject and verb set off by commas inside
    // the sentence are a parenthetical attribution of all of it.
    const parenthetical = at > 0 && word.text.endsWith(',') && words[at - 1]!.text.endsWith(',');
    let opens = shared || object || parenthetical || (at !== -1 && (opensText(words, at) || (at === intro && intro > 0 && !INTRODUCTORY.has(subject[0]!.key))));
    // `Said Smith: 'Q'`, `asked Smith, 'Q'`
    if (!source && INVERTING_VERBS.has(word.key) && subject.length === 0) {
      source = invertedSource(words, k);
      opens = opensText(words, k);
    }
    if (!source) continue;
    const cue = { source, verb: verbAt(words, k) };
    if (isNamed(source)) {
      if (!nearest) {
        nearest = { cue, at: k };
        // `Clinton weighed in … after Sanders said he was "encouraged"`: a clause of its own, not
        // words the sentence's subject reports, so its subject speaks; not when a comma closes that
        // clause before the quote (`Clinton said that when Warren railed against Wall Street, "…"`).
        own = at > 0 && ADVERBIAL.has(words[at - 1]!.key) && !words.slice(k + 1).some((w) => w.text.endsWith(','));
      }
      if (opens && source.kind === 'speaker') main = cue;
    } else if (!described) {
      described = cue;
      describedAt = k;
    }
  }
  if (main && !own) return main;
  // `Trump's claim that …`: the possessor speaks, unless a verb before reports the claim
  // (`Forty-one percent of voters say Trump's comments are …`).
  if (possessive && possessive.at > (nearest?.at ?? -1) && !(described && describedAt < possessive.at)) return possessive.cue;
  if (nearest) return nearest.cue;
  if (described) return described;
  // `Obama on Climate Change: The Trends Are 'Terrifying.'`
  // `On July 6, 2015, Sanders made the following comment:` — the subject after an introduction too.
  const colon = trimmed.lastIndexOf(':');
  if (colon > 0) {
    const source = parseSource(leadingPhrase(skipIntroduction(trimmed.slice(0, colon))));
    if (source?.kind === 'speaker' && source.speaker.name) return { source, verb: null };
    // `… doesn't surprise Republican pollster Daron Shaw:` — a role word and a name end the text.
    const named = colon === trimmed.length - 1 ? roleAndName(wordsOf(trimmed.slice(0, colon))) : null;
    if (named) return { source: named, verb: null };
  }
  return null;
}

// The sentence's own subject when it opens the text before a partial quote with no verb of
// speech (`Trump openly admires Putin as a "strong leader"`).
function subjectOf(before: string): Source | null {
  if (!hasLetter(before)) return null;
  const clause = skipIntroduction(before.replace(TIMESTAMP, '').replace(DATELINE, ''));
  const phrase = leadingPhrase(clause);
  // A name that is a subject is followed by its verb, never by a determiner: `Note the example …`,
  // `Called a "…"` open with a verb that is capitalised only because it opens the sentence.
  // (`John Dickey, the chief executive, told me` is an appositive, set off by its comma.)
  if (!/[,;:]$/.test(phrase) && DETERMINERS.has(bareKey(clause.trim().split(/\s+/)[phrase.split(/\s+/).length] ?? ''))) return null;
  const source = parseSource(phrase);
  if (!source) return null;
  // A place speaks for its government only through a verb (`Russia insisted`): the subject of a
  // sentence with no verb of speech (`New Zealand's "Kiwiana"`) is where it happens, not who says it.
  if (source.kind === 'speaker' && source.speaker.name && PLACES.has(source.speaker.name)) return null;
  return isNamed(source) ? source : null;
}

const DETERMINERS = words('the a an this that these those my your our his her its their');

// A sentence's subject comes after an introductory phrase set off by a comma
// (`During a speech earlier in the day, Trump attacked …`, `Speaking in Ohio, Biden said …`).
function skipIntroduction(text: string): string {
  const words = text.trim().split(/\s+/);
  const first = lettersOf(lower(words[0]!));
  let comma = words.findIndex(endsWithComma);
  // `Hours later, Trump …`, `Two days earlier, …`: a time phrase introduces, whatever its first word.
  const timed = comma > 0 && comma < MAX_TIME_WORDS && TIME_AFTER.has(lower(words[comma]!.slice(0, -1)));
  // `Even China, Pyongyang's only ally, said`, `And then Trump went on the attack,`: a conjunction or an
  // adverb before the subject is no introduction ending at a comma; only its own words go (`But now,` too).
  if (FOCUS.has(first)) {
    let k = 0;
    while (k < words.length && FOCUS.has(lettersOf(lower(words[k]!)))) if (words[k++]!.endsWith(',')) break;
    if (k === words.length) return text;
    // What follows must be a subject, or an introduction before one (not `and the GOP candidate`, `and ranked X`).
    const rest = words.slice(k).join(' ');
    const after = skipIntroduction(rest);
    return after !== rest || startsUpper(rest) ? after : text;
  }
  if ((!INTRODUCTORY.has(first) && !opensWithModifier(words) && !timed) || comma === -1 || comma > MAX_SUBJECT_WORDS * 2) return text;
  // `Speaking in Salem, New Hampshire, Trump …`, `At a rally in Portsmouth, N.H., on Tuesday, Sanders …`:
  // a place, a state's abbreviation or a phrase of time or place after the comma is still the introduction's.
  for (let next = nextComma(words, comma); next !== -1 && introducesStill(words.slice(comma + 1, next + 1)); next = nextComma(words, next)) comma = next;
  return words.slice(comma + 1).join(' ');
}

// A relative clause (`, which is set to host …,`) runs on too.
function introducesStill(chunk: string[]): boolean {
  const text = chunk.join(' ').slice(0, -1);
  const first = lower(lettersOf(chunk[0]!));
  // A relative clause, or a clause of time or cause (`In June 2009, after Clinton suffered a concussion,`).
  if (RELATIVE.has(first) || SUBORDINATE.has(first)) return true;
  // `On July 6, 2015,`: the year of a date.
  if (chunk.length <= 4 && (PLACES.has(text) || /^(?:\p{Lu}\p{Ll}*\.){1,3}$|^\d{4}$/u.test(text) || INTRODUCTORY.has(first))) return true;
  // `…, South Carolina at the close of the day,`: a place the phrase goes on from.
  const at = chunk.findIndex((w) => INTRODUCTORY.has(lower(lettersOf(w))) && startsLower(w));
  return at > 0 && at <= 3 && PLACES.has(chunk.slice(0, at).join(' '));
}

const RELATIVE = words('which where who whose when');
const SUBORDINATE = words('after before while since because although though once until unless');

// `Clearly, …`, `Speaking to reporters, …`: an adverb or a participle opens the sentence; a name
// that ends the same way does not (`Carly Fiorina threw …`, `Manning said …`).
function opensWithModifier(words: string[]): boolean {
  const first = lettersOf(lower(words[0]!));
  const next = words[1] ?? '';
  // An adverb with its comma (`Clearly,`) or a phrase (`Immediately after the attacks,`): `Kelly responded` is a name and a verb.
  if (/^\p{L}{3,}ly$/u.test(first)) return words[0]!.endsWith(',') || INTRODUCTORY.has(lower(lettersOf(next)));
  // `Alarmed by the unrest, Reid said`, `Asked about it, …`
  if (/^\p{L}{3,}ed$/u.test(first)) return PARTICIPLE_LINKS.has(lower(lettersOf(next)));
  return /^\p{L}{3,}ing$/u.test(first) && (words[0]!.endsWith(',') || (startsLower(next) && !isSpeechVerb(lettersOf(next))));
}

const FOCUS = words('even also still yet then now indeed but and so however meanwhile instead only moreover furthermore nevertheless nonetheless therefore thus');
const PARTICIPLE_LINKS = words('by at over with about in on to from after');

// Words that open a clause after a verb: no subject follows it.
const CLAUSE_AFTER = words('that to it this how what whether if');

// `Trump's`, `Sanders’`: a name's possessive (not `he's`, which may be `he has`).
const POSSESSIVE_NAME = /^\p{Lu}[\p{L}.\-]*(?:['’]s|s['’])$/u;

// Up to four capitalised words, a past tense and the sentence's end: `Hannity pressed.`
const NAME_THEN_PAST = /^(\p{Lu}\S*(?:\s+\S+){0,3}?)\s+(\p{Ll}{3,}ed)\s*[.!?]/u;

// A name of up to seven words between a dash and the colon that ends the text.
const SIGNED_BEFORE = /\s[-–—―]\s*((?:\S+\s+){0,6}\S+):$/u;

// A live blog's time stamp before an entry's first sentence: `9:34 p.m. Donald Trump has …`.
const TIMESTAMP = /^\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)\s*[-–—:]?\s*/i;

// A news story's dateline before its first sentence: `WASHINGTON —`, `Washington (AFP) –`,
// `WASHINGTON, Dec. 8 (UPI) —`: a town in capitals, or any town with its agency, then a dash.
const DATELINE = /^\s*(?:\p{Lu}[\p{Lu}.'’\- ]+|\p{Lu}[\p{L}.'’\- ]*(?=(?:,[^()]{1,12})?\s*\())(?:,\s*\p{Lu}\p{Ll}{2,4}\.?\s+\d{1,2})?\s*(?:\(\p{L}[\p{L} ]*\))?\s*[-–—―]+\s*/u;

// How many words of `text` its introduction takes (0 when it has none). `As Politico reported, "…"`
// is no introduction but the cue itself.
function introductionWords(text: string): number {
  if (/^\s*(?:(?:but|and|however|yet|so|still),?\s+)*as\s/i.test(text)) return 0;
  const rest = skipIntroduction(text);
  return rest === text ? 0 : text.trim().split(/\s+/).length - (rest.trim() ? rest.trim().split(/\s+/).length : 0);
}

// The words that end an introductory time phrase (`Hours later,`), and how long one runs.
const TIME_AFTER = words('later earlier ago afterwards afterward beforehand');
const MAX_TIME_WORDS = 5;

// A comma ends the word, or a quote's closing mark after one (`On "Face the Nation," Sanders said`).
function endsWithComma(word: string): boolean {
  return word.endsWith(',') || /,["'”’]+$/.test(word);
}

function nextComma(words: string[], after: number): number {
  for (let k = after + 1; k < words.length && k <= after + MAX_SUBJECT_WORDS; k++) if (endsWithComma(words[k]!)) return k;
  return -1;
}

// The words before a sentence's first lower-case word that is not part of a name, nor of a role
// before one (`Band member Flea`, `Campaign spokesman Jason Miller`, `Republican presidential
// nominee Donald Trump`).
function leadingPhrase(text: string): string {
  const words = text.trim().split(/\s+/);
  let k = 0;
  while (k < words.length && (k === 0 || !/^\p{Ll}/u.test(words[k]!) || /^(?:de|van|von|bin|al)$/.test(words[k]!) || opensRole(words, k))) {
    if (/[,;:.]$/.test(words[k]!) && !/^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Jr|St)\.$/u.test(words[k]!)) {
      k++;
      break;
    }
    k++;
  }
  // `Ryan’s campaign shrugged off …`: a possessive name owns the noun after it, which ends the phrase.
  if (k > 0 && k < words.length && /\p{Lu}\p{L}*(?:['’]s|s['’])$/u.test(words[k - 1]!) && /^\p{Ll}+[,;:]?$/u.test(words[k]!)) k++;
  return words.slice(0, k).join(' ');
}

// A role word before a name at `k`, or the word before a role word that does (`presidential
// nominee Donald`): a lower-case word that still belongs to the name's phrase.
function opensRole(words: readonly string[], k: number): boolean {
  const role = (j: number) => isRoleWord(words[j] ?? '') && startsUpper(words[j + 1] ?? '');
  return role(k) || (/^\p{Ll}[\p{L}\-]*$/u.test(words[k]!) && role(k + 1));
}

// The subject of the verb at `k`: the words back to the start of its clause, an
// appositive between commas included (`Flynn, a top Trump surrogate, said`), adverbs
// and auxiliaries before the verb left out (`Marc Morial forcefully told`).
function subjectBefore(words: Word[], k: number): Word[] {
  let end = k - goesOnTo(words, k);
  while (end > 0 && isAuxiliary(words[end - 1]!) && !words[end - 1]!.text.endsWith(',')) end--;
  // `Paul D. Ryan, ROLE, on Tuesday called`, `The State Department less than two weeks ago said`:
  // a time before the verb is when, not who.
  const when = timeBefore(words, end);
  if (when && end - when > 0) end -= when;
  let start = end;
  // Between the two commas of an appositive, clause words (`and`, `who`) belong to it; a subject
  // may carry two (`Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said`).
  // A party label's comma (`Gov. John Kasich (R-OH), said`) sets off no appositive.
  let commas = end > 0 && words[end - 1]!.text.endsWith(',') && !isPartyLabel(words[end - 1]!.text.slice(0, -1)) ? 4 : 0;
  const limit = commas ? MAX_APPOSITIVE_WORDS : MAX_SUBJECT_WORDS;
  while (start > 0 && end - start < limit) {
    const prev = words[start - 1]!;
    if (endsSentence(prev) || prev.text.endsWith(':')) break;
    // `, 30,` and `Raleigh, N.C.,` inside an appositive: an age or a town's state sets off no phrase of its own.
    const label = start === end && prev.text.endsWith(',') && isPartyLabel(prev.text.slice(0, -1));
    if (prev.text.endsWith(',') && !label && !(commas > 0 && start < end && isInnerComma(prev, words[start]!))) {
      if (commas === 0) break;
      commas--;
    }
    const inAppositive = commas % 2 === 1 && start < end;
    // `Cummings and Conyers wrote`: `and` between two names joins them.
    const joins = prev.key === 'and' && start < end && start >= 2 && isNameWord(words[start]!.text) && isNameWord(words[start - 2]!.text.replace(/,$/, ''));
    if ((CLAUSE_OPENERS.has(prev.key) || CLAUSE_OPENERS.has(prev.text)) && start < end && !inAppositive && !joins) break;
    start--;
  }
  return words.slice(start, end);
}

// Words from `from` on are a name closed by a comma (`Carl Anthony,`, `Dr. Ann Lee,`): capitalised, at most four.
function closesName(words: Word[], from: number): boolean {
  for (let j = from; j < Math.min(words.length, from + 4); j++) {
    const word = words[j]!;
    if (!startsUpper(word.text) || isDay(word.key)) return false;
    if (word.text.endsWith(',')) return j > from || !isHonorific(word.key);
  }
  return false;
}

// `went on to` before the verb at `k` (`Pence went on to say`): how many words it takes, 0 when none.
// The verb is the subject's own, not an infinitive's (`for Ginsburg to criticize`).
function goesOnTo(words: Word[], k: number): number {
  return k >= 3 && words[k - 1]!.key === 'to' && words[k - 2]!.key === 'on' && GO.has(words[k - 3]!.key) ? 3 : 0;
}

const GO = words('went goes go going');

// `(R-OH)`, `(D-Wis.)`: a party and a state after a name.
function isPartyLabel(text: string): boolean {
  return /^\([A-Z]{1,2}-[A-Z][\p{L}.]*\)$/u.test(text);
}

// A comma that ends an age (`Harry Bond, 30, of Raleigh`) or a town before its state (`Raleigh, N.C.,`).
function isInnerComma(word: Word, next: Word): boolean {
  if (/^\d{1,3},$/.test(word.text)) return true;
  const state = next.text.replace(/,$/, '');
  return startsUpper(word.text) && (STATE_ABBREVIATION.test(state) || PLACES.has(state));
}

// `Mass.`, `Fla.`, `N.C.`, `Calif.`
const STATE_ABBREVIATION = /^(?:\p{Lu}\p{Ll}{0,4}\.){1,2}$/u;

// Is word `k` a verb of speech? Capitalised after a capitalised word it is part of a name
// (`United States`, `The Washington Post`), save the few verbs of a title-case headline (`Graham Says`).
function isVerbAt(words: Word[], k: number): boolean {
  const word = words[k]!;
  if (!isSpeechVerb(word.key)) return particleVerbAt(words, k);
  const inName = startsUpper(word.text) && k > 0 && startsUpper(words[k - 1]!.text) && !/[.!?:]$/.test(words[k - 1]!.text);
  if (inName && !HEADLINE_VERBS.has(word.key)) return false;
  // A bare base form written capitalised is a name's word, not a verb (`"…," State spokesman Mark Toner said`).
  if (isBaseForm(word.key) && startsUpper(word.text)) return false;
  // A bare base form is a verb after a plural subject or an auxiliary (`officials say`, `did
  // not say`), a noun after a singular one (`a Donald Trump tweet attacking …`).
  if (isBaseForm(word.key) && k > 0 && !BASE_FORM_SUBJECT.has(words[k - 1]!.key) && !/[^'’s]s$/.test(words[k - 1]!.key)) return false;
  // After a determiner or a possessive it is a noun: `one of the states`, `his remarks`, `Trump's comments`.
  return !(k > 0 && (isAnyCase(DETERMINER, words[k - 1]!.text) || POSSESSIVE_NAME.test(words[k - 1]!.text)));
}

// `shot back`, `went on` (not `went on to win`), lower case: a verb of speech with its particle.
function particleVerbAt(words: Word[], k: number): boolean {
  const particle = speechParticle(words[k]!.key);
  const next = words[k + 1];
  if (!particle || !next || next.key !== particle || !startsLower(words[k]!.text)) return false;
  return !(next.text === next.key && words[k + 2]?.key === 'to');
}

// The verb at `k` as the cue reports it: with its particle when it has one (`shot back`).
function verbAt(words: Word[], k: number): string {
  const word = words[k]!;
  return !isSpeechVerb(word.key) && speechParticle(word.key) ? `${word.key} ${words[k + 1]!.key}` : word.key;
}

// The named speaker `phrase` is when every word of it is a name's (or `and` between names, when
// `joint`): `Hannity`, `Carl Bialik`, `Blumenthal and Cohen`; else null.
function nameOnly(phrase: string, joint = false): Source | null {
  const named = phrase.split(/\s+/).every((w) => isNameWord(w) || isNameParticle(w) || isHonorific(bareKey(w)) || (joint && w === 'and'));
  const source = named ? parseSource(phrase) : null;
  return source?.kind === 'speaker' && source.speaker.name ? source : null;
}

const ASKED = words('asked questioned pressed challenged');

// Conjunctions that open a clause of time, contrast or cause: its subject is not reported by the sentence's.
const ADVERBIAL = words('after before while when whereas although though because since until');

// A lower-case role word, or `from`, and the person's name after it that end `words`
// (`pollster Daron Shaw`, `A lesson from Loretta Lynch`).
function roleAndName(words: Word[]): Source | null {
  let start = words.length;
  while (start > 0 && isNameWord(words[start - 1]!.text)) start--;
  const before = words[start - 1];
  // The role may close an office in lower case (`former secretary of state Hillary Rodham Clinton:`).
  const office = words.slice(Math.max(0, start - 3), start);
  const role = isRoleWord(before?.text ?? '') || before?.key === 'from' || (office.every((w) => startsLower(w.text)) && office.some((w) => isRoleWord(w.text) || isHonorific(w.key)));
  if (words.length - start < 2 || !before || !startsLower(before.text) || !role) return null;
  const source = nameOnly(joinWords(words.slice(start)));
  return source?.kind === 'speaker' && !source.speaker.organization && !PLACES.has(source.speaker.name!) ? source : null;
}

// The named agent after a passive's `by`: the words up to a clause or a comma (`by Gerard Baker whether`).
function agentOf(words: Word[], from: number): Source | null {
  let to = from;
  while (to < words.length && to - from < MAX_SUBJECT_WORDS && !CLAUSE_OPENERS.has(words[to]!.key) && !CLAUSE_AFTER.has(words[to]!.key)) {
    if (/[,;:]$/.test(words[to++]!.text)) break;
  }
  const source = to > from ? parseSource(joinWords(words.slice(from, to))) : null;
  return source?.kind === 'speaker' && source.speaker.name ? source : null;
}

// The source a verb's subject names, an introduction before it left out
// (`Alarmed by the unrest, Senator Harry Reid, the minority leader,`).
function subjectSource(subject: Word[]): Source | null {
  return plausible(parseSource(skipIntroduction(joinWords(subject))));
}

// A subject too long to read whose last words are a name after a common word: `At the state
// party convention Sen. Elizabeth Warren (D-MA) said` (not `the wife of John Smith said`).
function trailingName(subject: Word[]): Source | null {
  let start = subject.length;
  if (start > 0 && isPartyLabel(subject[start - 1]!.text)) start--;
  const end = start;
  while (start > 0 && (isNameWord(subject[start - 1]!.text) || isHonorific(subject[start - 1]!.key)) && !subject[start - 1]!.text.endsWith(',')) start--;
  if (start === end || start === 0 || !startsLower(subject[start - 1]!.text) || NAME_LINKS.has(subject[start - 1]!.key)) return null;
  const source = parseSource(joinWords(subject.slice(start)));
  return source?.kind === 'speaker' && source.speaker.name ? source : null;
}

// Words that tie a name to the noun before it: the name is not that noun's subject.
const NAME_LINKS = words("of for with from to and or by about than on at in like as the a an 's");

// The source of `as SOURCE put it`: the words between the nearest `as` and `put it`.
function putItSource(text: string): string | null {
  const put = text.includes('put') ? PUT_IT.exec(text) : null;
  if (!put) return null;
  const as = text.slice(0, put.index).search(/\bas\s+(?:(?!\bas\b)[^;!?])*$/i);
  if (as === -1) return null;
  const phrase = text.slice(as + 3, put.index);
  return phrase.split(/\s+/).length <= MAX_APPOSITIVE_WORDS ? phrase : null;
}

// A verb's past tense in lower case (`issued`, `sent`): a clause's verb, no subject's word.
function isPastVerb(word: Word): boolean {
  return startsLower(word.text) && (/^\p{Ll}{3,}ed$/u.test(word.key) || PAST_IRREGULAR.has(word.key));
}

const PAST_IRREGULAR = words('sent put gave made took wrote spoke went set held');

// Prepositions, as written (lower case), that open a phrase after a quote.
const PHRASE_START = words('in on at to for with from into of by about over under against');

// Conjunctions before a past participle whose subject is left out (`when asked`, `if pressed`).
const ELLIPTICAL = words('when if unless until whenever');

// `when questioned`, `if asked`: a passive with no subject of its own.
function isElliptical(words: Word[], k: number): boolean {
  return k > 0 && ELLIPTICAL.has(words[k - 1]!.key) && (words[k]!.key.endsWith('ed') || words[k]!.key === 'told');
}

// Only punctuation before word `k`: it opens the text.
function opensText(words: Word[], k: number): boolean {
  return k >= 0 && words.slice(0, k).every((w) => !hasLetter(w.text));
}

// `Donald Trump's claim that`, `Stumpf's repeated emphasis that`: the nearest noun of speech
// with a named possessor at most two words before it.
function possessiveCue(words: Word[]): { cue: Cue; at: number } | null {
  for (let k = words.length - 1; k > 0; k--) {
    if (!SPEECH_NOUNS.has(words[k]!.key)) continue;
    for (let p = k - 1; p >= Math.max(0, k - 3); p--) {
      const owner = /^(.+)['’]s?$/u.exec(words[p]!.text.replace(/[,;:]$/, ''));
      if (!owner || !isNameWord(owner[1]!)) continue;
      let first = p;
      while (first > 0 && isNameWord(words[first - 1]!.text)) first--;
      const source = parseSource([...words.slice(first, p).map((w) => w.text), owner[1]!].join(' '));
      if (source?.kind === 'speaker' && source.speaker.name) return { cue: { source, verb: words[k]!.key }, at: k };
    }
  }
  return null;
}

// A cheap test before the `according to` patterns: most texts do not have the words.
function mentionsAccording(text: string): boolean {
  return /according to/i.test(text);
}

function withSource(source: Source | null, verb: string): Cue | null {
  return source ? { source, verb } : null;
}
