/**
 * The words an article writes in lower case somewhere. A word here is a whole
 * run of letters, apostrophes and hyphens that starts with a lower-case letter.
 * This reads every character of the article, so it scans by character code and
 * keys each word by a hash computed on the way: a word is cut out of its
 * sentence (a new string) only the first time it is met, not at every use.
 */

/** A set of lower-case words, asked one word at a time. */
export interface Vocabulary {
  has(word: string): boolean;
}

// Sticky, so a test reads the character at lastIndex without slicing it out.
const LETTER = /\p{L}/uy;
const LOWER = /\p{Ll}/uy;

/** Every lower-case word of these texts. */
export function lowercaseVocabulary(texts: Iterable<string>): Vocabulary {
  // Hash → the word, or the words when two share a hash.
  const words = new Map<number, string | string[]>();
  for (const text of texts) {
    const n = text.length;
    for (let i = 0; i < n; ) {
      const start = i;
      let hash = 0;
      for (let w = runCharWidth(text, i, n); w > 0; w = runCharWidth(text, i, n)) {
        hash = addToHash(hash, text.charCodeAt(i));
        if (w === 2) hash = addToHash(hash, text.charCodeAt(i + 1));
        i += w;
      }
      if (i === start) i++;
      else if (isLowerAt(text, start)) add(words, hash, text, start, i);
    }
  }
  return {
    has(word) {
      let hash = 0;
      for (let i = 0; i < word.length; i++) hash = addToHash(hash, word.charCodeAt(i));
      const known = words.get(hash);
      return known !== undefined && (typeof known === 'string' ? known === word : known.includes(word));
    },
  };
}

const addToHash = (hash: number, c: number) => (Math.imul(hash, 31) + c) | 0;

function add(words: Map<number, string | string[]>, hash: number, text: string, start: number, end: number): void {
  const known = words.get(hash);
  if (known === undefined) words.set(hash, text.slice(start, end));
  else if (typeof known === 'string') {
    if (!sameAt(known, text, start, end)) words.set(hash, [known, text.slice(start, end)]);
  } else if (!known.some((word) => sameAt(word, text, start, end))) known.push(text.slice(start, end));
}

// Whether `word` is written at text[start..end], compared in place.
function sameAt(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

// How many UTF-16 units the character at `i` takes if it is a letter, an apostrophe or a hyphen; else 0.
function runCharWidth(text: string, i: number, n: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 ? 1 : 0;
  if (c === 0x2019) return 1;
  // General punctuation (quotes, dashes, spaces) holds no letter; it is the commonest text beyond ASCII.
  if ((c >= 0x2000 && c <= 0x206f) || i >= n) return 0;
  LETTER.lastIndex = i;
  return LETTER.test(text) ? (c >= 0xd800 && c <= 0xdbff ? 2 : 1) : 0;
}

function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  LOWER.lastIndex = i;
  return LOWER.test(text);
}
