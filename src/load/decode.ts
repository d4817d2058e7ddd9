import { TextDecoder } from 'node:util';
import { ArticleError } from '../errors.js';
import { stripUnsafe } from './sanitize.js';

/**
 * Bytes to the text every loader works on: strict UTF-8 (a BOM dropped), line
 * ends normalised to \n, and no character that could drive the terminal.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) {
    throw new ArticleError(`${name} looks like a binary file, not text (it contains NUL bytes)`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ArticleError(`${name} is not valid UTF-8 (first bad byte at offset ${firstBadByte(bytes)})`, 1, 'convert it first, e.g. iconv -f latin1 -t utf-8');
  }
  text = stripUnsafe(text.replace(/\r\n?/g, '\n'));
  if (!/\S/.test(text)) throw new ArticleError(`${name} is empty`);
  return text;
}

function firstBadByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search for the longest prefix that decodes (a prefix may end mid-character, so allow 3 bytes).
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (decodesWithin(decoder, bytes.subarray(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function decodesWithin(decoder: TextDecoder, prefix: Uint8Array): boolean {
  for (let cut = 0; cut <= 3 && cut <= prefix.length; cut++) {
    try {
      decoder.decode(prefix.subarray(0, prefix.length - cut));
      return true;
    } catch {
      // try a shorter prefix: the cut may have split a character
    }
  }
  return false;
}
