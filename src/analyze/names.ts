/**
 * Person-name helpers shared by the analyzers: honorifics and titles, words
 * that end an organisation's name, and the test of whether capitalised words
 * name a person.
 */
import { isAnyCase, lower } from './quotes/letters.js';

/**
 * Titles that stand before a name and are kept apart from it (`Dr.`, `Sen.`,
 * `Lt. Gen.`, `President`), lower case, without their periods.
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative',
  'gov', 'governor', 'lt', 'gen', 'general', 'maj', 'brig', 'col', 'colonel', 'capt', 'captain', 'cmdr',
  'adm', 'admiral', 'sgt', 'cpl', 'pvt', 'rev', 'reverend', 'fr', 'father', 'sister', 'rabbi', 'imam',
  'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'secretary', 'judge', 'justice', 'mayor',
  'del', 'delegate', 'atty', 'attorney', 'amb', 'ambassador', 'chancellor', 'premier', 'minister',
  'prime', 'pope', 'king', 'queen', 'prince', 'princess', 'sheriff', 'coach', 'chairman',
  'chairwoman', 'speaker', 'supt', 'insp', 'det', 'officer', 'commissioner', 'chief', 'hon',
  'councilman', 'councilwoman', 'assemblyman', 'assemblywoman', 'congressman', 'congresswoman',
  'retired', 'ret', 'former', 'sens', 'reps', 'govs', 'gens', 'messrs', 'state', 'u.s', 'us',
]);

/** Honorifics that begin a title without being one alone (`State Sen.`, `Former Gov.`, `U.S. Rep.`). */
const TITLE_PREFIXES = new Set(['retired', 'ret', 'former', 'state', 'u.s', 'us', 'vice', 'prime', 'lt', 'maj', 'brig', 'atty']);

/** Last words that make capitalised words an organisation, not a person (lower case). */
const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'institute', 'institution', 'university', 'college', 'school', 'foundation', 'center', 'centre',
  'council', 'committee', 'commission', 'agency', 'association', 'society', 'union', 'party',
  'department', 'ministry', 'office', 'bureau', 'service', 'services', 'administration', 'board',
  'court', 'senate', 'house', 'congress', 'parliament', 'assembly', 'government', 'company', 'corp',
  'corporation', 'inc', 'ltd', 'llc', 'group', 'network', 'post', 'times', 'news', 'journal',
  'herald', 'tribune', 'press', 'report', 'review', 'magazine', 'channel', 'campaign', 'fund', 'bank',
  'trust', 'coalition', 'alliance', 'league', 'federation', 'organization', 'organisation', 'project',
  'program', 'forces', 'army', 'navy', 'police', 'staff', 'chiefs', 'caucus', 'pac', 'politifact',
  'reuters', 'cnn', 'nbc', 'cbs', 'abc', 'fox', 'msnbc', 'npr', 'bbc', 'ap', 'afp', 'yonhap', 'kcna',
  'poll', 'survey', 'study', 'partners', 'associates', 'lab', 'laboratory', 'hospital', 'clinic',
  'club', 'church', 'museum', 'library', 'authority', 'commission', 'watch', 'initiative', 'industries',
  'systems', 'media', 'institute', 'today', 'street', 'magazine', 'times', 'daily', 'weekly', 'wire',
]);

/** Words that are capitalised without naming anyone (sentence openers, days, months, places of the calendar). */
const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his',
  'her', 'its', 'their', 'our', 'my', 'your', 'but', 'and', 'or', 'so', 'if', 'when', 'while', 'as',
  'in', 'on', 'at', 'for', 'with', 'from', 'by', 'to', 'of', 'after', 'before', 'since', 'then', 'still',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'some', 'many', 'most', 'several', 'both', 'all', 'each', 'every', 'no', 'one', 'two', 'three',
  'republicans', 'democrats', 'republican', 'democrat', 'democratic', 'americans', 'american',
  'officials', 'experts', 'analysts', 'critics', 'sources', 'aides', 'supporters', 'voters', 'people',
  'who', 'what', 'which', 'where', 'why', 'how', 'there', 'here', 'according', 'asked', 'also',
  // sentence openers: prepositions, quantifiers and adverbs
  'more', 'less', 'fewer', 'nearly', 'about', 'almost', 'over', 'under', 'only', 'just', 'during', 'following',
  'despite', 'among', 'amid', 'however', 'meanwhile', 'even', 'though', 'although', 'because', 'instead',
  'now', 'yet', 'indeed', 'perhaps', 'speaking', 'without', 'within', 'through', 'until', 'unless', 'whether',
  'later', 'earlier', 'besides', 'today', 'yesterday', 'tonight', 'once', 'again', 'soon', 'afterward', 'afterwards',
  'finally', 'moreover', 'furthermore', 'otherwise', 'thus', 'therefore', 'nonetheless', 'nevertheless',
  'immediately', 'recently', 'currently', 'previously', 'separately', 'elsewhere', 'overall', 'already',
  'never', 'always', 'often', 'sometimes', 'citing', 'challenged', 'describing', 'calling', 'saying',
  'another', 'whenever', 'wherever', 'whatever', 'whoever', 'anyway', 'anyhow', 'hence', 'accordingly', 'consequently',
  'likewise', 'similarly', 'additionally', 'ultimately', 'eventually', 'initially', 'originally', 'apparently',
  'obviously', 'clearly', 'certainly', 'fortunately', 'unfortunately', 'hopefully', 'frankly', 'basically',
  'essentially', 'generally', 'typically', 'usually', 'normally', 'naturally', 'luckily', 'sadly', 'importantly',
  'notably', 'specifically', 'especially', 'particularly', 'increasingly', 'interestingly', 'surprisingly',
]);

/** Job and role words: capitalised before a name (`Spokeswoman Jessica Ditto`) they describe, they do not name. */
const ROLE_WORDS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide', 'strategist', 'pollster', 'director',
  'manager', 'candidate', 'nominee', 'lawyer', 'analyst', 'economist', 'official', 'leader', 'founder', 'ceo', 'cto', 'cfo', 'coo',
  'executive', 'editor', 'columnist', 'reporter', 'correspondent', 'anchor', 'host', 'commentator', 'writer',
  'author', 'historian', 'researcher', 'scientist', 'expert', 'surrogate', 'activist', 'organizer', 'envoy',
  'negotiator', 'head', 'donor', 'lobbyist', 'consultant', 'operative', 'staffer', 'press', 'campaign',
  'communications', 'deputy', 'senior', 'acting', 'top', 'chair', 'chairperson', 'treasurer', 'counsel',
  'whip', 'majority', 'minority', 'veteran', 'pastor', 'bishop', 'cardinal', 'doctor', 'physician', 'nurse',
  'teacher', 'student', 'protester', 'voter', 'supporter', 'critic', 'comedian', 'actor', 'actress', 'singer',
  'rapper', 'businessman', 'businesswoman', 'billionaire', 'entrepreneur', 'journalist', 'blogger', 'pundit',
  'member', 'delegate',
]);

/** Is `word` a job or role word (`Spokeswoman`, `Adviser`), a description rather than a name? */
export function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(wordKey(word));
}

/** Lower-case words that may sit inside a name (`Bill de Blasio`, `Ludwig van Beethoven`). */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'da', 'di', 'del', 'la', 'le', 'du', 'dos', 'st.']);
/** Words that end a name without being one (`Jr.`, `III`), as written. */
const NAME_SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);
/** Words that describe rather than title (`Former Gov.`), any case. */
const NOT_TITLES = new Set(['former', 'retired', 'ret', 'ret.']);

/** The bare key of a word for the lists above: lower case, no trailing period or possessive. */
export function wordKey(word: string): string {
  // Called for every capitalised word of an article: trim by char codes, not regexes.
  let key = lower(word);
  const n = key.length;
  if (n >= 2 && key.charCodeAt(n - 1) === 115 /* s */ && (key[n - 2] === "'" || key[n - 2] === '’')) key = key.slice(0, -2);
  if (key.charCodeAt(key.length - 1) === 46 /* . */) key = key.slice(0, -1);
  return key;
}

/** Is `word` an honorific or title that can stand before a name? */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(wordKey(word));
}

const SHOUTED = /^[\p{Lu}'’.\-]{6,}$/u;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.\-]*$/u;

/** Is `word` capitalised the way a name's word is (`Park`, `Ji-young`, `O'Brien`, `C.`, `McCain`)? */
export function isNameWord(word: string): boolean {
  const shape = asciiShape(word) ?? (SHOUTED.test(word) ? 'shouted' : CAPITALISED.test(word) ? 'capitalised' : 'neither');
  // Capitals-only words longer than an acronym are a shouted heading, not a name.
  return shape === 'capitalised' && !NOT_NAME_WORDS.has(wordKey(word)) && !isWordNoName(word);
}

// A capitalised word that is no name by its shape: a contraction (`I’d`, `We'll`, `Don’t`; `O'Neill`
// is a name), or a name made an adjective (`Mozilla-signed`, `Russian-backed`; `Ji-young` is a name).
const CONTRACTION = /['’](?:d|ll|m|re|ve|t)$/;
const NAME_ADJECTIVE = /-\p{Ll}+ed$/u;

function isWordNoName(word: string): boolean {
  if (word.includes('-')) return NAME_ADJECTIVE.test(word);
  return (word.includes("'") || word.includes('’')) && CONTRACTION.test(word);
}

// What SHOUTED and CAPITALISED say of an ASCII word, by character code (it runs for every
// capitalised word of an article); null for a word with a non-ASCII character.
function asciiShape(word: string): 'capitalised' | 'shouted' | 'neither' | null {
  const first = word.charCodeAt(0);
  if (first >= 128) return null;
  if (!(first >= 65 && first <= 90)) return 'neither';
  let upper = true;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return null;
    if (c >= 97 && c <= 122) upper = false;
    else if (!((c >= 65 && c <= 90) || c === 39 /* ' */ || c === 46 /* . */ || c === 45 /* - */)) return 'neither';
  }
  return upper && word.length >= 6 ? 'shouted' : 'capitalised';
}

/** Can `word` continue a name it does not begin (`de`, `Jr.`, `III`)? */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(lower(word)) || NAME_SUFFIXES.has(word);
}

/** Do the words end like an organisation's name (`Sejong Institute`, `The Washington Post`)? */
export function isOrganizationName(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const last = wordKey(words[words.length - 1]!);
  if (ORGANIZATION_WORDS.has(last)) return true;
  // Acronyms (NAACP, CNN, DNC) are organisations; a person's name is not all capitals.
  return words.length === 1 && /^[A-Z]{2,6}$/.test(words[0]!);
}

/**
 * Where a person's own words start in a run of capitalised words with a title or role inside it:
 * that title's index (`South Korean President Yoon Suk Yeol` → 2, `Mozilla CTO Andreas Gal` → 1),
 * the words before it a description. -1 when there is none, when the run opens with a title
 * (`Attorney General Jeff Sessions`), or when only a suffix follows (`Martin Luther King Jr.`: King
 * is a surname there).
 */
export function titleInside(run: readonly string[]): number {
  if (run.length < 3 || isHonorific(run[0]!) || isRoleWord(run[0]!)) return -1;
  const title = run.findIndex((w, k) => k > 0 && k < run.length - 1 && (isHonorific(w) || isRoleWord(w)));
  if (title === -1) return -1;
  return run.slice(title + 1).some((w) => !NAME_SUFFIXES.has(w) && !isHonorific(w) && !isRoleWord(w)) ? title : -1;
}

/**
 * Split leading honorifics off a name: `Dr. Park Ji-young` → `Dr.` and
 * `Park Ji-young`; `Lt. Gen. Michael Flynn` → `Lt. Gen.` and `Michael Flynn`.
 * The name keeps at least one word.
 */
export function splitHonorific(words: readonly string[]): { honorific: string | null; name: string[] } {
  let i = 0;
  while (i < words.length - 1 && isHonorific(words[i]!)) i++;
  // A prefix alone (`Former`, `State`) is description, not a title: keep it off both.
  const titles = words.slice(0, i).filter((w, k) => !(k === 0 && TITLE_PREFIXES.has(wordKey(w)) && i === 1));
  const honorific = titles.filter((w) => !isAnyCase(NOT_TITLES, w)).join(' ');
  return { honorific: honorific || null, name: words.slice(i) };
}

/** A name's last word: `Sanders` of `Bernie Sanders`. */
export function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}
