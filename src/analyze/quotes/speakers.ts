/**
 * Reading a speaker from the words of an attribution: the name, the
 * honorific kept apart, the description (from an appositive or the words
 * before the name) and the organisation named in that description.
 */
import { isHonorific, isNameParticle, isNameWord, isOrganizationName, isRoleWord, splitHonorific } from '../names.js';
import type { Speaker } from './types.js';

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

const PREPOSITION = /^(?:at|in|on|during|after|before|following|with|without|from|for|by|under|over|among|amid|since|despite|when|while|speaking|asked)\s/i;

// Documents that speak for whoever issued them.
const DOCUMENTS = /^(?:report|memo|memorandum|statement|study|article|analysis|brief|letter|filing|ad|advertisement|poll|survey|document|editorial|release|website|complaint|lawsuit|ruling|order|guidance|audit)$/i;

/** What an attribution phrase names: a speaker, or a pronoun still to resolve. */
export type Source = { kind: 'speaker'; speaker: Speaker } | { kind: 'pronoun'; pronoun: string };

// Words that can lead an attribution phrase without belonging to it.
const LEADING = /^(?:(?:and|but|so|as|while|then|also|yet|or|that|because|when|where|whom?)\s+)+/i;
// Adverbs and auxiliaries between a subject and its verb (`Trump has repeatedly said`).
const TRAILING = /(?:\s+(?:has|have|had|was|were|is|are|would|will|could|should|might|may|can|did|does|do|also|later|then|once|again|previously|recently|repeatedly|often|frequently|never|not|always|just|first|even|still|already|further|simply|flatly|publicly|privately|openly|famously|told|then|once))+$/i;

/** Read a speaker from a phrase such as `Dr. Park Ji-young, a security analyst at the Sejong Institute`. */
export function parseSource(phrase: string): Source | null {
  const text = clean(phrase);
  if (!text) return null;
  if (PRONOUNS.has(text.toLowerCase())) return { kind: 'pronoun', pronoun: text.toLowerCase() };
  const comma = text.indexOf(',');
  const head = comma === -1 ? text : text.slice(0, comma).trim();
  // `At a forum in Washington, Marc Morial, the chief executive …`: an opening phrase is no source.
  if (comma !== -1 && PREPOSITION.test(head)) return parseSource(text.slice(comma + 1));
  const apposition = comma === -1 ? '' : clean(text.slice(comma + 1));
  let found = findName(head);
  // `Another critic, Laurence H. Tribe, likened …`: the description first, the name in apposition.
  const named = !found && apposition ? findName(apposition.split(',')[0]!.trim()) : null;
  if (named && /^(?:(?:state|former|retired|then|acting)\s*)*$/i.test(named.before) && /\p{L}/u.test(head)) {
    found = { ...named, before: head };
    return speakerOf(found, head);
  }
  if (!found) {
    // No name: the whole phrase describes the source (`a military spokesperson`).
    if (!/\p{L}/u.test(head) || head.split(/\s+/).length > 14) return null;
    return { kind: 'speaker', speaker: { name: null, honorific: null, description: head, organization: organizationIn(head) } };
  }
  return speakerOf(found, apposition || found.before || null);
}

function speakerOf(found: { words: string[]; honorific: string | null }, description: string | null): Source {
  const isOrg = isOrganizationName(found.words);
  return {
    kind: 'speaker',
    speaker: {
      name: found.words.join(' '),
      honorific: isOrg ? null : found.honorific,
      description,
      organization: isOrg ? found.words.join(' ') : description ? organizationIn(description) : null,
    },
  };
}

/** The organisation a description names: `a senior research fellow at the Heritage Foundation` → `Heritage Foundation`. */
export function organizationIn(description: string): string | null {
  const words = description.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    if (!/^(?:at|of|for|with|from)$/i.test(words[i]!)) continue;
    let j = i + 1;
    if (/^the$/i.test(words[j] ?? '')) j++;
    const run = nameRun(words, j);
    if (run.length) return trimPunctuation(run.join(' '));
  }
  // A run of capitalised words that ends like an organisation, anywhere (`a Heritage Foundation fellow`).
  for (let i = 0; i < words.length; i++) {
    const run = nameRun(words, i);
    if (run.length && isOrganizationName(run.map(trimPunctuation))) return trimPunctuation(run.join(' '));
    i += run.length;
  }
  return null;
}

// The capitalised run that names the source: the first one, unless it is a possessive
// (`Hillary Clinton's campaign manager Robby Mook`) or is followed by more description words
// (`the New York businessman`), in which case the last run that ends the phrase.
function findName(head: string): { words: string[]; honorific: string | null; before: string } | null {
  const words = head.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const run = nameRun(words, i);
    if (!run.length) continue;
    const end = i + run.length;
    const last = run[run.length - 1]!;
    const possessive = /['’]s?$/.test(last);
    const rest = words.slice(end);
    // `the New York businessman`: capitals used as an adjective of a lower-case noun.
    // Words with a determiner or a past tense (`Security Council issued a statement`) are a clause, not a noun.
    const adjective = rest.length > 0 && /^\p{Ll}/u.test(rest[0]!) && !isTrailer(rest) && (rest.length <= 3 || rest.some((w) => isNameWord(trimPunctuation(w))))
      && !rest.slice(0, 3).some((w) => /^(?:a|an|the|this|that|its|his|her|their)$/i.test(w) || /\p{Ll}ed$/u.test(w));
    // `the IMF report`, `a Homeland Security memo`, `Ivana Trump's brief`: a document speaks for who issued it.
    if ((possessive || adjective) && rest.length === 1 && DOCUMENTS.test(trimPunctuation(rest[0]!))) {
      const words = run.map((w) => trimPunctuation(w).replace(/['’]s?$/, ''));
      return { words: words[0] === 'The' ? words.slice(1) : words, honorific: null, before: head };
    }
    if (possessive || adjective) {
      i = end - 1;
      continue;
    }
    // `Spokeswoman Jessica Ditto`, `Campaign Manager Robby Mook`: the role words describe.
    let roles = 0;
    while (roles < run.length - 1 && isRoleWord(trimPunctuation(run[roles]!))) roles++;
    if (roles > 0) {
      const named = splitHonorific(run.slice(roles).map(trimPunctuation));
      if (!named.name.length || isHonorific(named.name[0]!)) return null;
      const before = words.slice(0, i + roles).join(' ');
      return { words: named.name, honorific: named.honorific, before };
    }
    const { honorific, name } = splitHonorific(run.map(trimPunctuation));
    // A title alone (`the President said`) names no one; `Mr. King` does.
    if (!name.length || (run.length === 1 && isHonorific(name[0]!))) return null;
    if (name.length === 1 && /^the$/i.test(words[i - 1] ?? '') && !isOrganizationName(name)) return null;
    const before = words.slice(0, i).filter((w) => !/^the$/i.test(w) || i > 1).join(' ');
    return { words: name, honorific, before: /\p{Ll}/u.test(before) ? before : '' };
  }
  return null;
}

// Lower-case words after a name that belong to the sentence, not the name (`Trump in an interview`).
function isTrailer(rest: string[]): boolean {
  return /^(?:in|on|at|during|after|before|to|for|from|with|by|this|last|earlier|later|told|on)$/i.test(rest[0]!);
}

// The longest run of name words from `start` (honorifics, capitalised words, particles inside).
function nameRun(words: readonly string[], start: number): string[] {
  const run: string[] = [];
  let i = start;
  if (/^The$/.test(words[i] ?? '') && isNameWord(trimPunctuation(words[i + 1] ?? ''))) run.push(words[i++]!);
  for (; i < words.length; i++) {
    const word = trimPunctuation(words[i]!);
    const ok = isNameWord(word) || isHonorific(word) && /^\p{Lu}/u.test(word) || (run.length > 0 && isNameParticle(word) && isNameWord(trimPunctuation(words[i + 1] ?? '')));
    if (!ok) break;
    run.push(words[i]!);
    // A comma or other punctuation after the word ends the name.
    if (/[,;:]$/.test(words[i]!)) break;
  }
  return run.length === 1 && run[0] === 'The' ? [] : run;
}

function trimPunctuation(word: string): string {
  const bare = word.replace(/^[\s"'“”‘’(\[]+/, '').replace(/[\s"“”‘’,;:)\]!?]+$/u, '');
  // Abbreviations keep their period (`Dr.`, `Jr.`, `C.`, `U.S.`); a sentence's last word loses it.
  if (!bare.endsWith('.') || /^(?:\p{Lu}|Jr|Sr|Inc|Co|Corp|Ltd|St)\.$/u.test(bare) || /\..+\.$/.test(bare) || isHonorific(bare)) return bare;
  return bare.replace(/\.+$/, '');
}

function clean(phrase: string): string {
  let text = phrase
    // Party and state labels (`Rep. Gwen Moore (D-Wis.)`) are not part of the name.
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s,;:.\-–—"“”'‘’(]+/, '');
  // The period of a last abbreviation stays (`Joseph R. Biden Jr.`); other end punctuation goes.
  const abbreviation = /(?:^|\s)(?:Jr|Sr|\p{Lu})\.[\s,;:"”’)]*$/u.test(text);
  text = text.replace(/[\s,;:.\-–—"“”'‘’)]+$/, '') + (abbreviation ? '.' : '');
  text = text.replace(LEADING, '').replace(TRAILING, '');
  return text.trim();
}
