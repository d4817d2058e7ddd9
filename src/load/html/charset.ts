import { TextDecoder } from 'node:util';
import { stripUnsafe } from '../sanitize.js';

/**
 * A page's bytes to text, as a browser picks the encoding: a byte-order mark,
 * then the Content-Type header's charset, then `<meta charset>` or
 * `<meta http-equiv>` near the top (unless the bytes are valid UTF-8); with none, UTF-8 if the bytes are valid
 * UTF-8, else windows-1252 (what old Western pages mean by "latin1").
 * Line ends become \n and no character that could drive the terminal survives.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const given = bomCharset(bytes) ?? charsetParam(contentType);
  const meta = given ? undefined : metaCharset(bytes);
  // A page saved to disk is often re-encoded as UTF-8 by what saved it, its old `<meta charset>` kept:
  // non-ASCII bytes that are valid UTF-8 are next to never another encoding's text.
  const saved = meta ? strictUtf8(bytes) : undefined;
  const declared = given ?? meta;
  const text = saved ?? (declared && decodeAs(bytes, declared)) ?? utf8OrWindows1252(bytes);
  return stripUnsafe(text.replace(/\r\n?/g, '\n'));
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function charsetParam(contentType: string | null | undefined): string | undefined {
  return contentType ? /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)?.[1] : undefined;
}

// Browsers look for the declaration in the first 1024 bytes; real pages with
// long heads put it later, so look a little further.
const META_SCAN = 4096;

function metaCharset(bytes: Uint8Array): string | undefined {
  // Every charset a <meta> may declare is ASCII-compatible, so latin1 reads the tag whatever it is.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_SCAN)).toString('latin1');
  const label = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  // A page cannot declare UTF-16 from inside itself; browsers read that as UTF-8.
  return label && /^utf-?16/i.test(label) ? 'utf-8' : label;
}

// Undefined for a label TextDecoder does not know, so the caller falls back to sniffing.
function decodeAs(bytes: Uint8Array, label: string): string | undefined {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label.trim().toLowerCase());
  } catch {
    return undefined;
  }
  // latin1, iso-8859-1 and ascii are all windows-1252 on the web.
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

function utf8OrWindows1252(bytes: Uint8Array): string {
  return strictUtf8(bytes) ?? decodeWindows1252(bytes);
}

// The bytes as UTF-8 when they are valid UTF-8 with some non-ASCII in them (pure ASCII says nothing).
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return /[^\x00-\x7f]/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

// What windows-1252 puts at 0x80-0x9F (the WHATWG index; five bytes stay C1 controls).
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

// Node's TextDecoder decodes windows-1252 as ISO-8859-1 since 20.18.3 (nodejs/node#60888),
// which turns curly quotes, dashes and € into C1 controls; map that range here.
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}
