import { stripVTControlCharacters } from 'node:util';

/** Columns a string takes on screen, ignoring our own colour codes. */
export function visibleWidth(text: string): number {
  let width = 0;
  for (const ch of stripVTControlCharacters(text)) width += charWidth(ch.codePointAt(0)!);
  return width;
}

// East Asian wide and emoji characters take two columns; combining marks none.
function charWidth(code: number): number {
  if (code >= 0x300 && code <= 0x36f) return 0;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** A character of the scripts that may break between any two characters (wide East Asian text). */
export const WIDE_CHAR = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** A word cut into pieces of at most `width` columns, between characters. */
export function cutToWidth(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const ch of word) {
    const w = charWidth(ch.codePointAt(0)!);
    if (piece && used + w > width) {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += ch;
    used += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Cut plain text to `width` columns with an ellipsis. */
export function fit(text: string, width: number): string {
  if (visibleWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0)!);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

export function padEndVisible(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleWidth(text)));
}

/** Wrap plain text to `width` columns, each line after the first indented by `indent`. */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = visibleWidth(word);
    const room = width - (lines.length ? indent.length : 0);
    // Chinese and Japanese put no spaces between words and may break between any two characters.
    if (w > room && WIDE_CHAR.test(word)) {
      if (line) lines.push(line);
      const pieces = cutToWidth(word, Math.max(1, width - indent.length));
      line = pieces.pop()!;
      used = visibleWidth(line);
      lines.push(...pieces);
      continue;
    }
    if (line && used + 1 + w > room) {
      lines.push(line);
      line = word;
      used = w;
    } else if (line) {
      line += ` ${word}`;
      used += 1 + w;
    } else {
      line = word;
      used = w;
    }
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

// Number formatting by hand: the first Intl call (toLocaleString, NumberFormat)
// loads ICU data and costs a start-up about 20 ms.

/** `34352.5` → `34,352.5`: thousands separated, at most `maxFraction` decimals. */
export function formatNumber(n: number, maxFraction = 0): string {
  const [whole, fraction] = String(Math.abs(Number(n.toFixed(maxFraction)))).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** `3360000000` → `3.36B`: compact, four significant digits at most. */
export function formatCompact(n: number): string {
  const abs = Math.abs(n);
  const [scale, suffix] = abs >= 1e12 ? [1e12, 'T'] : abs >= 1e9 ? [1e9, 'B'] : abs >= 1e6 ? [1e6, 'M'] : abs >= 1e3 ? [1e3, 'K'] : [1, ''];
  return `${n < 0 ? '-' : ''}${Number((abs / scale).toPrecision(4))}${suffix}`;
}

/** `1 word`, `2 words`: the count with its noun. */
export function counted(n: number, noun: string): string {
  return `${formatNumber(n)} ${n === 1 ? noun : `${noun}s`}`;
}
