import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HONORIFICS } from '../../src/analyze/facts/names.js';
import { Words, lastWordBefore, wordAfter } from '../../src/analyze/facts/words.js';

const words = (text: string) => {
  const ws = new Words(text);
  return Array.from({ length: ws.length }, (_, k) => ({ text: ws.text(k), start: ws.start(k), end: ws.end(k), after: ws.after(k), before: ws.before(k), capitalised: ws.capitalised(k) }));
};
const tokens = (text: string) => words(text).map((w) => [w.before, w.text, w.after]);

describe('Words', () => {
  it.each([
    ['plain words', 'Kim met Lee', [['', 'Kim', ''], ['', 'met', ''], ['', 'Lee', '']]],
    ['punctuation after a word', 'Seoul, Tokyo.', [['', 'Seoul', ','], ['', 'Tokyo', '.']]],
    ['opening quotes and brackets', '“(Hello', [['“(', 'Hello', '']]],
    ['hyphens, apostrophes and ampersands inside', "Ji-young AT&T don't", [['', 'Ji-young', ''], ['', 'AT&T', ''], ['', "don't", '']]],
    ['an honorific keeps its period', 'Dr. Park', [['', 'Dr.', ''], ['', 'Park', '']]],
    ['an initial keeps its period', 'John F. Kennedy', [['', 'John', ''], ['', 'F.', ''], ['', 'Kennedy', '']]],
    ['a dotted acronym', 'the U.S. said', [['', 'the', ''], ['', 'U.S.', ''], ['', 'said', '']]],
    ['a dotted acronym inside a sentence end', 'in the U.S.A.', [['', 'in', ''], ['', 'the', ''], ['', 'U.S.A.', '']]],
    ['an initial before a letter', 'U.S', [['', 'U.', 'S']]],
    ['a sentence-final period', 'in Seoul.', [['', 'in', ''], ['', 'Seoul', '.']]],
    ['a possessive', "Pyongyang's army", [['', 'Pyongyang', "'s"], ['', 'army', '']]],
    ['a plural possessive', 'the Smiths’ house', [['', 'the', ''], ['', 'Smiths', '’'], ['', 'house', '']]],
    ['no possessive in lower case', "the dog's", [['', 'the', ''], ['', "dog's", '']]],
    ['a closing quote is not possessive', "'Gunbae'", [["'", "Gunbae'", '']]],
    ['letters beyond ASCII', 'Łódź São Paulo', [['', 'Łódź', ''], ['', 'São', ''], ['', 'Paulo', '']]],
    ['combining marks', 'Jose\u0301 said', [['', 'Jose\u0301', ''], ['', 'said', '']]],
    ['digits', '38 defectors, 2.5%', [['', '38', ''], ['', 'defectors', ','], ['', '2', '.5%']]],
    ['letters outside the BMP', '𝐀bc 😀x', [['', '𝐀bc', ''], ['', 'x', '']]],
    ['punctuation with no word', '— ... !!', []],
  ])('splits %s', (_why, text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  // The tokenizer is a hand-written form of this pattern (with the same period and possessive rules after it).
  const PATTERN = /([("'‘“[]*)([\p{L}\p{N}][\p{L}\p{M}\p{N}'’&-]*(?:\.(?=\p{L}\.))?(?:\p{L}\.)*)([^\s]*)/gu;
  function byPattern(text: string) {
    return [...text.matchAll(PATTERN)].map((m) => {
      let word = m[2]!;
      let after = m[3]!;
      if (after.startsWith('.') && (HONORIFICS.has(word) || /^\p{Lu}$/u.test(word) || /\.\p{L}$/u.test(word))) {
        word += '.';
        after = after.slice(1);
      }
      const possessive = /^(.*?)(['’]s?)$/u.exec(word);
      if (possessive?.[1] && /^\p{Lu}/u.test(word) && (possessive[2]!.length === 2 || /s$/.test(possessive[1]))) {
        word = possessive[1];
        after = possessive[2]! + after;
      }
      const start = m.index! + m[1]!.length;
      return { text: word, start, end: start + word.length, after, before: m[1]!, capitalised: /^\p{Lu}/u.test(word) };
    });
  }

  it('reads any text as the word pattern does', () => {
    const piece = fc.constantFrom(
      'a', 'Z', 'é', 'É', '5', '½', '\u0301', "'", '’', '‘', '“', '"', '(', '[', '&', '-', '.', ',', ' ', '\u00a0', '\n',
      's', 'Dr', 'U', '—', '😀', '𝐀', '\ud800', '\udc00', 'ß', 'ǅ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }).map((p) => p.join('')), (text) => {
        expect(words(text)).toEqual(byPattern(text));
      }),
      { seed: 20261126, numRuns: 3000 },
    );
  });
});

describe('lastWordBefore', () => {
  it.each([
    ['the word before a name', 'said Dr. ', 5, 'Dr.'],
    ['punctuation after it is skipped', 'told reporters, “', 5, 'reporters'],
    ['joiners inside are kept', "Jean-Luc O'Neill's ", 9, "O'Neill's"],
    ['the run holding the last letter, numbers after it skipped', 'in May 2024, ', 3, 'May'],
    ['a leading joiner is not', "meet -'ok ", 7, 'ok'],
    ['digits and letters in one run', 'page 2a-3 ', 5, '2a-3'],
    ['digits alone: the first run', '12 ,34 ', 0, '12'],
    ['letters beyond the BMP', 'x 𝐀bc) ', 2, '𝐀bc'],
    ['nothing but punctuation', ' — , ', -1, ''],
  ])('finds %s', (_why, text, start, word) => {
    const found = lastWordBefore(text, text.length);
    expect(found ? [found.start, found.word] : [-1, '']).toEqual([start, word]);
  });

  // A hand-written form of this pattern, which backtracks at every start of a stretch.
  const PATTERN = /([\p{L}\p{N}][\p{L}\p{N}.'’-]*)\P{L}*$/u;
  it('reads any text as the pattern does, and the word before that', () => {
    const piece = fc.constantFrom('a', 'Z', 'é', '5', '٣', 'ⅷ', '\u0301', "'", '’', '-', '.', ',', ' ', '(', '“', '_', '😀', '𝐀', '\ud835', '\udc00');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }).map((p) => p.join('')), (text) => {
        const m = PATTERN.exec(text);
        const found = lastWordBefore(text, text.length);
        expect(found).toEqual(m ? { word: m[1], start: m.index } : null);
        if (!m) return;
        const m2 = PATTERN.exec(text.slice(0, m.index));
        expect(lastWordBefore(text, m.index)).toEqual(m2 ? { word: m2[1], start: m2.index } : null);
      }),
      { seed: 20261203, numRuns: 3000 },
    );
  });
});

describe('wordAfter', () => {
  it.each([
    ['the verb after a name', ' said on Monday', 'said'],
    ['the verb after an -ly adverb', ' quickly said', 'said'],
    ['an -ly word with nothing after it', ' only, he', 'only'],
    ['no space first', ', who', null],
    ['a capital after the space', ' Corp said', null],
    ['letters beyond ASCII', ' élu', 'élu'],
  ])('reads %s', (_why, tail, word) => {
    expect(wordAfter(tail)).toBe(word);
  });

  const PATTERN = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u;
  it('captures what the pattern captures', () => {
    const piece = fc.constantFrom(' ', '\u00a0', '\n', 'a', 'l', 'y', 'ly', 'é', 'Z', '1', '_', ',', '-', '𝐚', '\ud835', 'ß', 'ǅ', 'said');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (tail) => {
        expect(wordAfter(tail)).toBe(PATTERN.exec(tail)?.[1] ?? null);
      }),
      { seed: 20261203, numRuns: 3000 },
    );
  });
});
