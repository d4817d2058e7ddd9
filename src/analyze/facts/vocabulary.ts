/**
 * The words an article writes in lower case somewhere. A word here is a whole
 * run of letters, apostrophes and hyphens that starts with a lower-case letter.
 * This reads every character of the article, so it goes by character code
 * through a table, and a word met again is compared in place rather than cut
 * out of its sentence as a new string each time.
 */

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

// The last word seen with each hash slot: most words of a text are words it has already used.
const RECENT_SLOTS = 4096;

/** Every lower-case word of these texts. */
export function lowercaseVocabulary(texts: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const recent: string[] = new Array(RECENT_SLOTS).fill('');
  for (const text of texts) {
    const n = text.length;
    let i = 0;
    while (i < n) {
      let kind = classAt(text, i);
      if (kind === NONE) {
        i++;
        continue;
      }
      const start = i;
      const lower = kind === LOWER_CASE;
      let hash = 0;
      do {
        hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
        i += charWidth(text, i);
        kind = i < n ? classAt(text, i) : NONE;
      } while (kind !== NONE);
      if (!lower) continue;
      const slot = hash & (RECENT_SLOTS - 1);
      if (sameAt(recent[slot]!, text, start, i)) continue;
      const word = text.slice(start, i);
      recent[slot] = word;
      seen.add(word);
    }
  }
  return seen;
}

// Whether `word` is written at text[start..end], compared in place.
function sameAt(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c]!;
  if (c === 0x2019) return OTHER; // ’
  // General punctuation (quotes, dashes, spaces) holds no letter; it is the commonest text beyond ASCII.
  if (c >= 0x2000 && c <= 0x206f) return NONE;
  LETTER.lastIndex = i;
  if (!LETTER.test(text)) return NONE;
  LOWER.lastIndex = i;
  return LOWER.test(text) ? LOWER_CASE : OTHER;
}

// UTF-16 units of the character at `i`: two for a surrogate pair.
function charWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}
