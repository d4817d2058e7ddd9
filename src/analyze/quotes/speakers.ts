/**
 * Reading a speaker from the words of an attribution: the name, the
 * honorific kept apart, the description (from an appositive or the words
 * before the name) and the organisation named in that description.
 */
import { isSpace } from '../../chars.js';
import { PLACES } from '../facts/gazetteer.js';
import { isHonorific, isNameParticle, isNameWord, isOrganizationName, isRoleWord, splitHonorific, titleInside } from '../names.js';
import { hasLetter, hasLower, isAnyCase, lower, startsLower, startsUpper } from './letters.js';
import type { Person } from './types.js';

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

const PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'following', 'with', 'without', 'from', 'for', 'by', 'under',
  'over', 'among', 'amid', 'since', 'despite', 'when', 'while', 'speaking', 'asked']);
// Word lists are Sets, tested whatever their ASCII case: cheaper than a regex, to run and to compile.
const LINKS = new Set(['at', 'of', 'for', 'with', 'from']);
const THE = new Set(['the']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'his', 'her', 'their']);
const TRAILERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'for', 'from', 'with', 'by', 'this', 'last', 'earlier', 'later', 'told']);
// Abbreviations that keep their period at the end of a name (`Jr.`), besides initials.
const KEPT_PERIOD = new Set(['Jr', 'Sr', 'Inc', 'Co', 'Corp', 'Ltd', 'St']);
// Characters trimmed off a word's ends (besides white space).
const OPENING_PUNCTUATION = new Set([...'"\'“”‘’(['].map((ch) => ch.charCodeAt(0)));
const CLOSING_PUNCTUATION = new Set([...'"“”‘’,;:)]!?'].map((ch) => ch.charCodeAt(0)));
// After a last abbreviation's period: white space and closing punctuation.
const AFTER_ABBREVIATION = new Set([...',;:"”’)'].map((ch) => ch.charCodeAt(0)));

// Documents that speak for whoever issued them.
const DOCUMENTS = /^(?:report|memo|memorandum|statement|study|article|analysis|brief|letter|filing|ad|advertisement|poll|survey|document|editorial|release|website|complaint|lawsuit|ruling|order|guidance|audit|tweet|post|email|video|book|speech|office|campaign|team|staff|spokesman|spokeswoman|spokesperson|aides?|lawyers?|attorneys?)$/i;
// The kinds of outlet a name is written with in lower case (`Time magazine`).
const OUTLETS = /^(?:magazine|newspaper|website|network|tabloid|weekly|daily)$/i;
// `her statement said`, `its tweet`: the possessive pronoun's person speaks.
const POSSESSIVE_PRONOUNS: Readonly<Record<string, string>> = { his: 'he', her: 'she', its: 'it', their: 'they', our: 'we', my: 'i' };

/** What an attribution phrase names: a speaker, or a pronoun still to resolve. */
export type Source = { kind: 'speaker'; speaker: Person } | { kind: 'pronoun'; pronoun: string };

// Words that can lead an attribution phrase without belonging to it.
const LEADING = new Set(['and', 'but', 'so', 'as', 'while', 'then', 'also', 'yet', 'or', 'that', 'because', 'when', 'where', 'who', 'whom']);
// Adverbs and auxiliaries between a subject and its verb (`Trump has repeatedly said`).
const TRAILING = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'should', 'might', 'may', 'can', 'did',
  'does', 'do', 'also', 'later', 'then', 'once', 'again', 'previously', 'recently', 'repeatedly', 'often', 'frequently', 'never', 'not',
  'always', 'just', 'first', 'even', 'still', 'already', 'further', 'simply', 'flatly', 'publicly', 'privately', 'openly', 'famously', 'told',
  // `Carter however said`, `Cruz himself said`: words between a name and its verb that name no one.
  'however', 'too', 'himself', 'herself', 'themselves']);

/** Read a speaker from a phrase such as `Dr. Park Ji-young, a security analyst at the Sejong Institute`. */
export function parseSource(phrase: string): Source | null {
  const text = clean(phrase);
  if (!text) return null;
  const key = lower(text);
  if (PRONOUNS.has(key)) return { kind: 'pronoun', pronoun: key };
  const owned = /^(\S+)\s+(\S+)$/.exec(key);
  if (owned && POSSESSIVE_PRONOUNS[owned[1]!] && DOCUMENTS.test(owned[2]!)) return { kind: 'pronoun', pronoun: POSSESSIVE_PRONOUNS[owned[1]!]! };
  const comma = text.indexOf(',');
  const head = comma === -1 ? text : text.slice(0, comma).trim();
  // `At a forum in Washington, Marc Morial, the chief executive …`: an opening phrase is no source.
  if (comma !== -1 && opensWithPreposition(head)) return parseSource(text.slice(comma + 1));
  // A relative clause at the end describes a place, not the source (`…, a commissioner in Kenton County, where …`).
  const apposition = comma === -1 ? '' : clean(text.slice(comma + 1).replace(/,\s*(?:where|which|when|while)\b[^]*$/i, ''));
  // `Cummings and Conyers wrote`: two named people speak together.
  const joint = /^(\S+(?: \S+)?) and (\S+(?: \S+)?)$/.exec(head);
  if (joint && [joint[1]!, joint[2]!].every((n) => n.split(' ').every((w) => isNameWord(trimPunctuation(w))))) {
    return { kind: 'speaker', speaker: { name: head, honorific: null, description: apposition || null, organization: null } };
  }
  let found = findName(head);
  // `Another critic, Laurence H. Tribe, likened …`: the description first, the name in apposition.
  const appositive = apposition.split(',')[0]!.trim();
  const named = !found && apposition ? findName(appositive) : null;
  // Only a prefix may come before the name; a phrase after it says where they work (`Andrew J.
  // Pincus of the law firm Mayer Brown`).
  const at = named ? appositive.indexOf(named.honorific ?? named.words[0]!) : -1;
  const lead = at === -1 ? appositive : appositive.slice(0, at);
  if (named && /^(?:(?:the|state|former|retired|then|acting)\s*)*$/i.test(lead.trim()) && hasLetter(head)) {
    found = { ...named, before: head };
    return speakerOf(found, head);
  }
  if (!found) {
    // No name: the whole phrase describes the source (`a military spokesperson`).
    if (!hasLetter(head) || head.split(/\s+/).length > 14) return null;
    return { kind: 'speaker', speaker: { name: null, honorific: null, description: head, organization: organizationIn(head) } };
  }
  return speakerOf(found, apposition || found.before || null);
}

// The first word is a preposition and more words follow.
function opensWithPreposition(text: string): boolean {
  let end = 0;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return end < text.length && isAnyCase(PREPOSITIONS, text.slice(0, end));
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
    if (!isAnyCase(LINKS, words[i]!)) continue;
    let j = i + 1;
    if (isAnyCase(THE, words[j] ?? '')) j++;
    const run = nameRun(words, j);
    // `Sen. Richard Shelby of Alabama`: a place is where they are from, not an organisation.
    if (run.length && !PLACES.has(trimPunctuation(run.join(' ')))) return trimPunctuation(run.join(' '));
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
    // `RedMonk’s Stephens`, `Mozilla's CTO`: a possessive inside the run owns what follows it, a
    // person or only a role; the owner describes them.
    const owner = run.findIndex((w, k) => k < run.length - 1 && /['’]s?$/.test(trimPunctuation(w)));
    if (owner !== -1) {
      const inner = findName(words.slice(i + owner + 1).join(' '));
      if (!inner || inner.words.every((w) => isRoleWord(w))) return null;
      return { ...inner, before: [words.slice(0, i + owner + 1).join(' '), inner.before].filter(Boolean).join(' ') };
    }
    const end = i + run.length;
    const last = run[run.length - 1]!;
    const possessive = /['’]s?$/.test(last);
    const rest = words.slice(end);
    // `the New York businessman`: capitals used as an adjective of a lower-case noun.
    // Words with a determiner or a past tense (`Security Council issued a statement`) are a clause, not a noun.
    // `Jingyi Pan of IG`, `Sen. Richard Shelby of Alabama`: `of` after a person's name says where they are from
    // (an organisation's name goes on through it: `Bank of America`).
    const from = rest.length > 0 && lower(rest[0]!) === 'of' && !isOrganizationName(run.map(trimPunctuation));
    const adjective = rest.length > 0 && !from && startsLower(rest[0]!) && !isTrailer(rest) && (rest.length <= 3 || rest.some((w) => isNameWord(trimPunctuation(w))))
      && !rest.slice(0, 3).some((w) => isAnyCase(DETERMINERS, w) || isPastTense(w));
    // `The Kansas Republican`, `the Vermont senator`: a place before a party or role word describes.
    const described = rest.length > 0 && words[i] !== undefined && isAnyCase(THE, words[i]!) && startsUpper(rest[0]!) && !isNameWord(trimPunctuation(rest[0]!));
    // `UFCW Local 832 president Jeff Traeger`: a role word and a name further on name the person.
    const roleThenName = rest.findIndex((w, k) => k < 4 && startsLower(w) && (isRoleWord(trimPunctuation(w)) || isHonorific(w)) && isNameWord(trimPunctuation(rest[k + 1] ?? '')));
    // `House Republican Thomas Massie`: a party between a name and a person's name makes the
    // first a description too.
    const partyThenName = rest.length >= 2 && isAnyCase(PARTIES, trimPunctuation(rest[0]!)) && isNameWord(trimPunctuation(rest[1]!));
    if (described || ((roleThenName !== -1 || partyThenName) && !from)) {
      i = end - 1;
      if (described) return null;
      continue;
    }
    // `Time magazine`, `the Politico website`: an outlet named by its kind speaks as itself.
    if (adjective && rest.length === 1 && OUTLETS.test(trimPunctuation(rest[0]!))) {
      return { words: withoutThe(run.map(trimPunctuation)), honorific: null, before: '' };
    }
    // `the IMF report`, `a Homeland Security memo`, `Ivana Trump's brief`: a document speaks for who issued it.
    if ((possessive || adjective) && rest.length === 1 && DOCUMENTS.test(trimPunctuation(rest[0]!))) {
      return { words: withoutThe(run.map((w) => trimPunctuation(w).replace(/['’]s?$/, ''))), honorific: null, before: head };
    }
    if (possessive || adjective) {
      i = end - 1;
      continue;
    }
    // `Spokeswoman Jessica Ditto`, `Campaign Manager Robby Mook`: the role words describe; so do the
    // words before a title or role inside the run (`South Korean President Yoon Suk Yeol`, `Mozilla
    // CTO Andreas Gal`), unless the run opens with a title (`Attorney General Jeff Sessions`).
    let roles = 0;
    while (roles < run.length - 1 && isRoleWord(trimPunctuation(run[roles]!))) roles++;
    if (roles === 0) {
      const title = titleInside(run.map(trimPunctuation));
      const named = title === -1 ? null : splitHonorific(run.slice(title).map(trimPunctuation).filter((w, k) => k > 0 || !isRoleWord(w)));
      if (named && named.name.length && !named.name.every((w) => isHonorific(w) || isRoleWord(w))) {
        const titled = i + run.length - named.name.length - (named.honorific?.split(' ').length ?? 0);
        return { words: named.name, honorific: named.honorific, before: words.slice(0, titled).join(' ') };
      }
    }
    if (roles > 0) {
      const named = splitHonorific(run.slice(roles).map(trimPunctuation));
      if (!named.name.length || isHonorific(named.name[0]!)) return null;
      const before = words.slice(0, i + roles).join(' ');
      return { words: named.name, honorific: named.honorific, before };
    }
    const { honorific, name } = splitHonorific(run.map(trimPunctuation));
    // A title alone (`the President said`, `U.S. Republican …`) names no one; `Mr. King` does.
    if (!name.length || (run.length === 1 && isHonorific(name[0]!))) {
      i = end - 1;
      continue;
    }
    if (name.length === 1 && isAnyCase(THE, words[i - 1] ?? '') && !isOrganizationName(name)) return null;
    const before = words.slice(0, i).filter((w) => !isAnyCase(THE, w) || i > 1).join(' ');
    const description = [hasLower(before) ? before : '', from ? rest.join(' ') : ''].filter(Boolean).join(' ');
    return { words: name, honorific, before: description };
  }
  return null;
}

// A body's name without the article before it (`The Washington Post` → `Washington Post`).
function withoutThe(words: string[]): string[] {
  return words[0] === 'The' ? words.slice(1) : words;
}

const PARTIES = new Set(['republican', 'democrat', 'democratic', 'independent', 'libertarian', 'gop']);

// Lower-case words after a name that belong to the sentence, not the name (`Trump in an interview`).
function isTrailer(rest: string[]): boolean {
  return isAnyCase(TRAILERS, rest[0]!);
}

// A lower-case word in -ed (`issued`): a verb's past tense (`/\p{Ll}ed$/u`).
function isPastTense(word: string): boolean {
  if (!word.endsWith('ed') || word.length < 3) return false;
  const c = word.charCodeAt(word.length - 3);
  return c < 128 ? c >= 97 && c <= 122 : /\p{Ll}ed$/u.test(word);
}

// The longest run of name words from `start` (honorifics, capitalised words, particles inside).
function nameRun(words: readonly string[], start: number): string[] {
  const run: string[] = [];
  let i = start;
  if (words[i] === 'The' && isNameWord(trimPunctuation(words[i + 1] ?? ''))) run.push(words[i++]!);
  for (; i < words.length; i++) {
    const word = trimPunctuation(words[i]!);
    const ok = isNameWord(word) || isHonorific(word) && startsUpper(word) || (run.length > 0 && isNameParticle(word) && isNameWord(trimPunctuation(words[i + 1] ?? '')));
    if (!ok) break;
    run.push(words[i]!);
    // A comma or other punctuation after the word ends the name.
    if (/[,;:]$/.test(words[i]!)) break;
  }
  return run.length === 1 && run[0] === 'The' ? [] : run;
}

function trimPunctuation(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && (isSpace(word.charCodeAt(start)) || OPENING_PUNCTUATION.has(word.charCodeAt(start)))) start++;
  while (end > start && (isSpace(word.charCodeAt(end - 1)) || CLOSING_PUNCTUATION.has(word.charCodeAt(end - 1)))) end--;
  const bare = word.slice(start, end);
  // Abbreviations keep their period (`Dr.`, `Jr.`, `C.`, `U.S.`); a sentence's last word loses it.
  if (!bare.endsWith('.') || isInitialOrAbbreviation(bare.slice(0, -1)) || /\..+\.$/.test(bare) || isHonorific(bare)) return bare;
  return bare.replace(/\.+$/, '');
}

// One capital letter (`C`) or an abbreviation that keeps its period (`Jr`, `Inc`).
function isInitialOrAbbreviation(text: string): boolean {
  if (KEPT_PERIOD.has(text)) return true;
  if (text.length === 1 && text.charCodeAt(0) < 128) return text >= 'A' && text <= 'Z';
  return text.length <= 2 && /^\p{Lu}$/u.test(text);
}

function clean(phrase: string): string {
  let text = phrase
    // Party and state labels (`Rep. Gwen Moore (D-Wis.)`) are not part of the name.
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s,;:.\-–—"“”'‘’(]+/, '');
  // The period of a last abbreviation stays (`Joseph R. Biden Jr.`); other end punctuation goes.
  const abbreviation = endsWithAbbreviation(text);
  text = text.replace(/[\s,;:.\-–—"“”'‘’)]+$/, '') + (abbreviation ? '.' : '');
  return withoutTrailing(withoutLeading(text)).trim();
}

// A last word `Jr.`, `Sr.` or an initial (`R.`), closing punctuation after it allowed.
function endsWithAbbreviation(text: string): boolean {
  let end = text.length;
  while (end > 0 && (isSpace(text.charCodeAt(end - 1)) || AFTER_ABBREVIATION.has(text.charCodeAt(end - 1)))) end--;
  if (text.charCodeAt(end - 1) !== 46 /* . */) return false;
  const opens = (at: number) => at === 0 || isSpace(text.charCodeAt(at - 1));
  const last = text.charCodeAt(end - 2);
  if (last >= 128) return /(?:^|\s)(?:Jr|Sr|\p{Lu})\.[\s,;:"”’)]*$/u.test(text);
  if (last >= 65 && last <= 90 && opens(end - 2)) return true;
  const word = text.slice(end - 3, end - 1);
  return end >= 3 && (word === 'Jr' || word === 'Sr') && opens(end - 3);
}

// Without the words that lead into a phrase (`and`, `but so`), each followed by white space.
function withoutLeading(text: string): string {
  let at = 0;
  for (;;) {
    let end = at;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    if (end === text.length || end === at || !isAnyCase(LEADING, text.slice(at, end))) return text.slice(at);
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    at = end;
  }
}

// Without the auxiliaries and adverbs that end a phrase (`has repeatedly`), each after white space.
function withoutTrailing(text: string): string {
  let end = text.length;
  for (;;) {
    let start = end;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    if (start === 0 || start === end || !isAnyCase(TRAILING, text.slice(start, end))) return text.slice(0, end);
    while (start > 0 && isSpace(text.charCodeAt(start - 1))) start--;
    end = start;
  }
}
