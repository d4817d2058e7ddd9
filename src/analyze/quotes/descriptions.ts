/**
 * A speaker the article calls by a description (`the Vermont senator`, `the president`,
 * `the New York businessman`) is often someone it named a little earlier. The description
 * is read as that person when exactly one person named within reach was introduced with
 * its role or its other words (`Sen. Bernie Sanders (Vt.)` … `the Vermont senator`);
 * with none or several, it stays a description.
 */
import { PLACES } from '../facts/gazetteer.js';
import { isHonorific, isOrganizationName, lastWord } from '../names.js';
import { genderOfFirstName } from './first-names.js';
import { lower } from './letters.js';

// The words a role is written with before a name: `senator` in `Sen. Bernie Sanders`.
const ROLE_TITLES: Record<string, readonly string[]> = {
  senator: ['sen.', 'senator'],
  governor: ['gov.', 'governor'],
  representative: ['rep.', 'representative'],
  congressman: ['rep.', 'congressman'],
  congresswoman: ['rep.', 'congresswoman'],
  president: ['president'],
  secretary: ['secretary'],
  mayor: ['mayor'],
  minister: ['minister'],
  chancellor: ['chancellor'],
  general: ['gen.', 'general'],
};

// Nouns a description of one person ends with (`the former first lady` ends with `lady`).
const ROLES = new Set([
  ...Object.keys(ROLE_TITLES), 'businessman', 'businesswoman', 'billionaire', 'mogul', 'candidate', 'nominee', 'leader',
  'lady', 'actor', 'actress', 'singer', 'star', 'rapper', 'coach', 'player', 'quarterback', 'defenceman',
  'defenseman', 'striker', 'rookie', 'lawmaker', 'chairman', 'chairwoman', 'founder', 'executive', 'chief',
  'director', 'commissioner', 'spokesman', 'spokeswoman', 'host', 'anchor', 'author', 'writer', 'columnist',
  'physicist', 'economist', 'pontiff', 'pope', 'king', 'queen', 'prince', 'premier', 'republican', 'democrat',
]);

// How far around a mention its introduction is read: a title before the name, an appositive after it.
const BEFORE = 60;
const AFTER = 120;
// At most this many words: a longer phrase is a clause, not a description.
const MAX_WORDS = 8;

export interface Named {
  at: number;
  name: string;
  honorific: string | null;
  /** A speaker the engine attributed a quote to, not only a name in the text. */
  speaker?: boolean;
}

// Roles only a woman or only a man holds.
const FEMALE_ROLES = new Set(['lady', 'actress', 'businesswoman', 'chairwoman', 'spokeswoman', 'congresswoman', 'queen']);
const MALE_ROLES = new Set(['businessman', 'chairman', 'spokesman', 'congressman', 'king', 'prince', 'actor']);

/**
 * The one person named in `people` (earlier in `text`, nearest first or not) whom `description`
 * describes, or null. `people` are the named speakers and mentions within reach.
 */
export function describedPerson(description: string, text: string, people: readonly Named[]): Named | null {
  const words = description.split(/\s+/);
  if (words.length > MAX_WORDS || lower(words[0]!) !== 'the') return null;
  const head = lower(words[words.length - 1]!.replace(/[^\p{L}]/gu, ''));
  if (!ROLES.has(head)) return null;
  // The role (or its title) must be said of the person, and every other word of the description
  // (`Vermont`, `vice`), generic ones apart.
  const titles = [head, ...(ROLE_TITLES[head] ?? [])];
  const proper = words.slice(1, -1).map((w) => lower(w.replace(/[^\p{L}.'’-]/gu, ''))).filter((w) => w && !GENERIC.has(w));
  let found: Named | null = null;
  // Someone named more recently with another role may be whom it means (`star Selenis Leyva` … `the actress`).
  let otherRoleSince = false;
  for (const person of [...people].sort((a, b) => b.at - a.at)) {
    if (found && sameName(found.name, person.name)) continue;
    const around = introduction(text, person);
    if (!personLike(person) || !genderFits(head, person.name)) {
      if (!found && person.name.includes(' ') && hasRole(around)) otherRoleSince = true;
      continue;
    }
    const titled = person.honorific !== null && titles.includes(lower(person.honorific)) && !qualified(around.split(/\s+/), words);
    const role = titles.some((t) => holdsRole(around, t, words)) || titled;
    if (!role || !proper.every((w) => containsWord(around, w))) {
      if (!found && hasRole(around)) otherRoleSince = true;
      continue;
    }
    if (found) return null; // two people fit: the article does not say which
    found = person;
  }
  return found && !otherRoleSince ? withoutTitle(found) : null;
}

function hasRole(around: string): boolean {
  return around.split(/\s+/).some((w) => ROLES.has(w.replace(/[^\p{L}]/gu, '')));
}

// Words that make a role another one (`Vice President`, `Deputy Director`): the description must say them too.
const LESSER = new Set(['vice', 'deputy', 'assistant', 'lieutenant', 'lt.', 'associate', 'under', 'acting']);

// `role` stands in the introduction unqualified, or qualified as the description qualifies it.
function holdsRole(around: string, role: string, description: readonly string[]): boolean {
  const words = around.split(/\s+/).map((w) => w.replace(/[^\p{L}.'’-]/gu, ''));
  return words.some((w, k) => (w === role || w.replace(/\.$/, '') === role) && !qualified(words.slice(0, k), description));
}

// The words before a role make it another (`Vice`, `Deputy` right before it; `former` a few words
// before: `the former New Jersey governor` is not `the governor`), unless the description says them too.
function qualified(before: readonly string[], description: readonly string[]): boolean {
  const said = new Set(description.map((w) => lower(w)));
  const last = lower(before.at(-1) ?? '');
  return (LESSER.has(last) && !said.has(last)) || before.slice(-4).some((p) => FORMER.has(lower(p)) && !said.has(lower(p)));
}

const FORMER = new Set(['former', 'ex', 'retired', 'late']);

// `Vermont Sen. Bernie Sanders` (a run of capitals as found) is Bernie Sanders, titled Sen.
function withoutTitle(person: Named): Named {
  const words = person.name.split(' ');
  const last = words.findLastIndex((w) => isHonorific(w.replace(/\.$/, '')));
  if (last === -1 || last === words.length - 1) return person;
  return { ...person, name: words.slice(last + 1).join(' '), honorific: words[last]! };
}

/**
 * What the article says of a person where it names them, lower case: the words just before the
 * name back to a clause's edge (`Florida Sen.`, `New York businessman`) and an appositive right
 * after it (`, the Vermont senator,`); not the name's own words (`the Lincoln actor` is not
 * Abraham Lincoln) nor a neighbour's.
 */
function introduction(text: string, person: Named): string {
  // A mention starts where its run of capitals does (`Vermont Sen. Bernie Sanders`): find the name in it.
  const found = text.slice(person.at, person.at + BEFORE + person.name.length).indexOf(person.name);
  const at = found === -1 ? person.at : person.at + found;
  const before = text.slice(Math.max(0, at - BEFORE), at).split(/\s+/).filter(Boolean);
  let k = before.length;
  while (k > 0 && before.length - k < TITLE_WORDS && !STOP.has(lower(before[k - 1]!)) && !/[,;:"“”]$|[^.]{5}\.$/.test(before[k - 1]!)) k--;
  const end = at + person.name.length;
  const appositive = /^\s*(?:\([^)]*\))?,\s*([^,.;]*)/.exec(text.slice(end, end + AFTER));
  // A run of capitals may carry its title (`Vermont Sen. Bernie Sanders`): all but its last two words.
  const title = person.name.split(' ').slice(0, -2).join(' ');
  return lower(`${before.slice(k).join(' ')} ${title} · ${appositive?.[1] ?? ''}`);
}

// Words of a description that time or grade a role rather than tell whose it is.
const GENERIC = new Set(['then', 'current', 'longtime', 'veteran', 'new', 'top', 'senior', 'outgoing', 'incoming']);

// A title before a name runs at most this many words back, and never past one of these.
const TITLE_WORDS = 6;
const STOP = new Set(['for', 'in', 'of', 'to', 'at', 'by', 'with', 'from', 'on', 'and', 'or', 'a', 'an', 'is', 'was', 'are', 'were',
  'said', 'says', 'told', 'that', 'who', 'which', 'as', 'than', 'like', 'against', 'about', 'after', 'before', 'when', 'while']);

// A person's name: a speaker the engine found, or a name with a title or a known first name; never a place or an organisation.
function personLike(person: Named): boolean {
  const words = person.name.split(' ');
  if (PLACES.has(person.name) || isOrganizationName(words)) return false;
  return person.honorific !== null || (words.length >= 2 && (person.speaker === true || words.some((w) => genderOfFirstName(w) !== null)));
}

function genderFits(role: string, name: string): boolean {
  const gender = genderOfFirstName(name.split(' ')[0]!);
  return !((FEMALE_ROLES.has(role) && gender === 'm') || (MALE_ROLES.has(role) && gender === 'f'));
}

// `Sanders` and `Bernie Sanders` are one person.
function sameName(a: string, b: string): boolean {
  return a === b || lastWord(a) === lastWord(b);
}

function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before === undefined || !/\p{L}/u.test(before)) && (after === undefined || !/\p{L}/u.test(after))) return true;
  }
  return false;
}
