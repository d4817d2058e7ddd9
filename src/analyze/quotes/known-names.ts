/**
 * Is a speaker's name a name? A capitalised word that opens a sentence or a
 * headline (`Never`, `Dies`, `Either`, `Governance`) may be any word: it is an
 * ordinary one when the article also writes it in lower case and never
 * capitalises it inside a sentence, as it does a name (`said Clinton`,
 * `Hillary Clinton`, `, Trump said`). Shouted words are names
 * (`WALLACE:` in a transcript, `CNN`) unless they are web-page furniture
 * (`READ MORE:`, `WATCH BELOW`). A place speaks for its government.
 */
import { PLACES } from '../facts/gazetteer.js';
import { isHonorific } from '../names.js';
import { nextCapitalOrWide } from './letters.js';

// Web-page furniture in capitals: never a speaker, however often repeated.
const FURNITURE = new Set(['READ', 'MORE', 'WATCH', 'BELOW', 'ABOVE', 'CLICK', 'HERE', 'SHARE', 'RELATED', 'VIDEO', 'PHOTO', 'PHOTOS',
  'UPDATE', 'UPDATED', 'EDITOR', 'NOTE', 'ADVERTISEMENT', 'SUBSCRIBE', 'SIGN', 'UP', 'BREAKING', 'NEWS', 'LIVE', 'ALSO', 'SEE', 'LISTEN']);

// What introduces a record of someone's words, in any case never its speaker (`Transcript as follows:`).
const RECORDS = new Set(['transcript', 'excerpt', 'excerpts']);

// Words for anyone or no one: capitalised they open a sentence, never name a speaker.
const INDEFINITE = new Set(['Nobody', 'Everybody', 'Everyone', 'Someone', 'Somebody', 'Anyone', 'Anybody', 'None', 'Either', 'Neither', 'Each', 'Others']);

const PLURAL = /\p{Ll}(?:ors|ists|ants|ents|ians|ees)$/u;
const WORD_BEFORE = /[\p{L}\p{N},;(]/u;
const UPPER = /\p{Lu}/u;
const WORD_CHARACTER = /[\p{L}\p{M}'’\-]/u;

/**
 * The capitalised words `text` writes inside a sentence, without a possessive `'s`: one pass
 * over the text by character code (a Unicode regex over every word of a long article costs
 * more than the rest of the engine).
 */
function capitalisedInside(text: string): Set<string> {
  const known = new Set<string>();
  const n = text.length;
  let i = 0;
  while ((i = nextCapitalOrWide(text, i)) < n) {
    const c = text.charCodeAt(i);
    const upper = c < 128 || UPPER.test(text[i]!);
    if (!upper) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isWordCharacter(text.charCodeAt(end), text[end]!)) end++;
    if (insideSentence(text, i)) known.add(withoutPossessive(text, i, end));
    i = end;
  }
  return known;
}

// The word from `start` to `end`, its possessive `'s` (or bare `'`) cut.
function withoutPossessive(text: string, start: number, end: number): string {
  let cut = end;
  if (cut - start > 1 && text.charCodeAt(cut - 1) === 115 /* s */ && isApostrophe(text.charCodeAt(cut - 2))) cut -= 2;
  else if (isApostrophe(text.charCodeAt(cut - 1))) cut--;
  return text.slice(start, cut);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isWordCharacter(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45;
  return WORD_CHARACTER.test(ch);
}

// The word at `at` follows a word, a comma or an initial within its sentence, not its start.
function insideSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  // After a closing mark, the character before it decides: `"…," Trump said` is inside a sentence.
  if (i > 0 && isClosingMark(text.charCodeAt(i))) i--;
  if (i < 0 || i === at - 1) return false;
  const c = text.charCodeAt(i);
  if (c === 46 /* . */) return titleOrInitialBefore(text, i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 44 || c === 59 || c === 40;
  return WORD_BEFORE.test(text[i]!);
}

function isClosingMark(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019;
}

// The period at `dot` ends an initial or a title (`G.K.`, `E.`, `Mr.`), which a name follows inside a sentence.
function titleOrInitialBefore(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && !/\s/.test(text[start - 1]!) && dot - start < 12) start--;
  const word = text.slice(start, dot);
  return /^(?:\p{Lu}\.?)+$/u.test(word) || isHonorific(word);
}

/** Is `word` web-page furniture (`READ`, `Watch`), never a speaker? */
export function isFurniture(word: string): boolean {
  return FURNITURE.has(word.toUpperCase());
}

/** What the article shows of its words: which it capitalises inside sentences, and which it also writes in lower case. */
export class ArticleWords {
  private inside?: Set<string>;
  private readonly common = new Map<string, boolean>();

  constructor(private readonly text: string) {}

  /**
   * Does `name` (honorific apart), found at `at`, read as a name? A word capitalised only where a
   * sentence opens and written in lower case near it (`Never`, `Either`) is an ordinary word.
   */
  isName(name: string, at: number): boolean {
    // A country or city speaks for its government (`Russia insisted`).
    if (PLACES.has(name)) return true;
    if (INDEFINITE.has(name)) return false;
    const words = name.split(/\s+/);
    if (words.length === 1 && RECORDS.has(name.toLowerCase())) return false;
    return words.some((word, k) => {
      const bare = word.replace(/[.,]$/, '');
      // A title names no one, but a last word may be a name that is also one (`Mr. King`).
      if ((k < words.length - 1 && isHonorific(bare)) || bare.length < 2) return false;
      if (!/\p{Ll}/u.test(bare)) return !isFurniture(bare);
      if (this.writtenInside(bare)) return true;
      // `Visitors find …`, `Residents said`: one plural noun, capitalised only where sentences open,
      // describes (not -ers, the ending of many surnames: `Sanders`, `Rogers`).
      if (words.length === 1 && PLURAL.test(bare)) return false;
      return !this.inLowerCase(bare.toLowerCase(), at);
    });
  }

  /** Does the article write `word` capitalised inside a sentence, not only where one opens? */
  writtenInside(word: string): boolean {
    return (this.inside ??= capitalisedInside(this.text)).has(word);
  }

  // Each word is looked for once, in the text around where it is first needed (a window, so that
  // a long article is not read again for every word).
  private inLowerCase(word: string, near: number): boolean {
    let found = this.common.get(word);
    if (found !== undefined) return found;
    found = false;
    const from = Math.max(0, near - WINDOW);
    const around = this.text.slice(from, near + WINDOW);
    for (let at = around.indexOf(word); at !== -1 && !found; at = around.indexOf(word, at + 1)) {
      found = !isWordCharacter(around.charCodeAt(at - 1), around[at - 1] ?? ' ') && !isWordCharacter(around.charCodeAt(at + word.length), around[at + word.length] ?? ' ');
    }
    this.common.set(word, found);
    return found;
  }
}

// How far either side of a name its word is looked for in lower case, in characters.
const WINDOW = 20_000;
