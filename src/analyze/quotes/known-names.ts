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

// Web-page furniture in capitals: never a speaker, however often repeated.
const FURNITURE = new Set(['READ', 'MORE', 'WATCH', 'BELOW', 'ABOVE', 'CLICK', 'HERE', 'SHARE', 'RELATED', 'VIDEO', 'PHOTO', 'PHOTOS',
  'UPDATE', 'UPDATED', 'EDITOR', 'NOTE', 'ADVERTISEMENT', 'SUBSCRIBE', 'SIGN', 'UP', 'BREAKING', 'NEWS', 'LIVE', 'ALSO', 'SEE', 'LISTEN']);

const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}'’\-]*/gu;
const WORD_BEFORE = /[\p{L}\p{N},;(]/u;

/** The capitalised words `text` writes inside a sentence, without a possessive `'s`: one pass over the text. */
export function capitalisedInside(text: string): Set<string> {
  const known = new Set<string>();
  CAPITALISED_WORD.lastIndex = 0;
  for (let m = CAPITALISED_WORD.exec(text); m; m = CAPITALISED_WORD.exec(text)) {
    let i = m.index - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
    // After a closing mark, the character before it decides: `"…," Trump said` is inside a sentence.
    if (i > 0 && /["”’']/.test(text[i]!)) i--;
    if (i >= 0 && i < m.index - 1 && (WORD_BEFORE.test(text[i]!) || (text[i] === '.' && titleOrInitialBefore(text, i)))) known.add(m[0].replace(/['’]s?$/, ''));
  }
  return known;
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
   * Does `name` (honorific apart) read as a name here? A word capitalised only where a sentence
   * opens and written in lower case elsewhere (`Never`, `Either`) is an ordinary word.
   */
  isName(name: string): boolean {
    // A country or city speaks for its government (`Russia insisted`).
    if (PLACES.has(name)) return true;
    const words = name.split(/\s+/);
    return words.some((word, k) => {
      const bare = word.replace(/[.,]$/, '');
      // A title names no one, but a last word may be a name that is also one (`Mr. King`).
      if ((k < words.length - 1 && isHonorific(bare)) || bare.length < 2) return false;
      if (!/\p{Ll}/u.test(bare)) return !isFurniture(bare);
      return (this.inside ??= capitalisedInside(this.text)).has(bare) || !this.inLowerCase(bare.toLowerCase());
    });
  }

  // Each word is looked for once, and only so many: past that, a name is taken as one (the search reads the whole text).
  private inLowerCase(word: string): boolean {
    let found = this.common.get(word);
    if (found !== undefined) return found;
    if (this.common.size >= MAX_LOOKUPS) return false;
    found = new RegExp(`(?<![\\p{L}\\p{M}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`, 'u').test(this.text);
    this.common.set(word, found);
    return found;
  }
}

const MAX_LOOKUPS = 64;
