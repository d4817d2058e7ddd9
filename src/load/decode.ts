import { TextDecoder } from 'node:util';
import { ArticleError, EXIT } from '../errors.js';
import { stripUnsafe } from './sanitize.js';

/**
 * Bytes to the text every loader works on: strict UTF-8 (a BOM dropped), line
 * ends normalised to \n, and no character that could drive the terminal.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) {
    if (looksLikeUtf16(bytes)) {
      throw new ArticleError(`${name} is UTF-16 text, not UTF-8`, EXIT.input, 'convert it first, e.g. iconv -f utf-16 -t utf-8');
    }
    throw new ArticleError(`${name} looks like a binary file, not text (it contains NUL bytes)`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ArticleError(`${name} is not valid UTF-8 (first bad byte at offset ${firstBadByte(bytes)})`, EXIT.input, 'convert it first, e.g. iconv -f latin1 -t utf-8');
  }
  text = stripUnsafe(text.replace(/\r\n?/g, '\n'));
  if (!/\S/.test(text)) throw new ArticleError(`${name} is empty`);
  return text;
}

// Where strict decoding failed: the first byte that does not start or continue a valid sequence.
function firstBadByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) {
      return i;
    }
    i += len;
  }
  return bytes.length;
}

// A UTF-16 byte-order mark, or ASCII text with a NUL beside every character (UTF-16 without a mark).
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const n = Math.min(bytes.length & ~1, 512);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return n >= 4 && Math.max(even, odd) >= (n / 2) * 0.9 && Math.min(even, odd) === 0;
}
