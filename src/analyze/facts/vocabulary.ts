/**
 * The words an article writes in lower case somewhere. A word here is a whole
 * run of letters, apostrophes and hyphens that starts with a lower-case letter.
 * This reads every character of the article, so it goes by character code
 * through a table, and a word met again is compared in place rather than cut
 * out of its sentence as a new string each time.
 */
import { charWidth } from '../../chars.js';

// Sticky, so a test reads the character at lastIndex without slicing it out.
const LETTER = /\p{L}/uy;
const LOWER = /\p{Ll}/uy;

// What a character is to a run: not part of one, a lower-case letter, any other letter, apostrophe or hyphen.
const NONE = 0;
const LOWER_CASE = 1;
const OTHER = 2;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = LOWER_CASE;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = OTHER;
ASCII_CLASS[0x27] = OTHER; // '
ASCII_CLASS[0x2d] = OTHER; // -

/** Every lower-case word of these texts. */
export function lowercaseVocabulary(texts: Iterable<string>): Set<string> {
  const words = new WordTable();
  for (const text of texts) {
    const n = text.length;
    let i = 0;
    while (i < n) {
      const kind = classOf(text, i, text.charCodeAt(i));
      if (kind === NONE) {
        i++;
        continue;
      }
      const start = i;
      let hash = 0;
      for (let c = text.charCodeAt(i); ; ) {
        hash = (Math.imul(hash, 31) + c) | 0;
        i += c >= 0xd800 && c <= 0xdbff ? charWidth(text, i) : 1;
        if (i >= n) break;
        c = text.charCodeAt(i);
        if (classOf(text, i, c) === NONE) break;
      }
      if (kind === LOWER_CASE) words.add(text, start, i, hash);
    }
  }
  return new Set(words.words);
}

/**
 * The distinct words met, by hash: a word met again (most words of a text are) is found by comparing
 * it in place, so it is neither cut out of its sentence nor hashed again as a new string.
 */
class WordTable {
  readonly words: string[] = [];
  private readonly hashes: number[] = [];
  // Index + 1 into `words` of each slot's word, 0 for an empty slot; open addressing, at most half full.
  // Room at once for the ~16,000 words of a long article: a growth is code the optimised loop has never
  // run, and each one sent it back to the interpreter.
  private slots = new Int32Array(1 << 15);

  add(text: string, start: number, end: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let at = this.slots[slot]!; at !== 0; at = this.slots[slot]!) {
      if (this.hashes[at - 1] === hash && sameAt(this.words[at - 1]!, text, start, end)) return;
      slot = (slot + 1) & mask;
    }
    this.words.push(text.slice(start, end));
    this.hashes.push(hash);
    this.slots[slot] = this.words.length;
    if (this.words.length * 2 > this.slots.length) this.grow();
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.words.length; k++) {
      let slot = this.hashes[k]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = k + 1;
    }
    this.slots = slots;
  }
}

// Whether `word` is written at text[start..end], compared in place.
function sameAt(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

// The class of the character at `i`, whose first UTF-16 unit is `c`.
function classOf(text: string, i: number, c: number): number {
  if (c < 128) return ASCII_CLASS[c]!;
  if (c === 0x2019) return OTHER; // ’
  // General punctuation (quotes, dashes, spaces) holds no letter; it is the commonest text beyond ASCII.
  if (c >= 0x2000 && c <= 0x206f) return NONE;
  LETTER.lastIndex = i;
  if (!LETTER.test(text)) return NONE;
  LOWER.lastIndex = i;
  return LOWER.test(text) ? LOWER_CASE : OTHER;
}
