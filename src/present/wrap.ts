import { cutToWidth, visibleWidth, WIDE_CHAR } from './text.js';

// Our own escape sequences: SGR colours and OSC 8 links (nothing else reaches here).
// eslint-disable-next-line no-control-regex
const ESCAPE = /\u001b\[[0-9;]*m|\u001b\]8;[^;\u0007]*;([^\u0007]*)\u0007/g;
const RESET = '\u001b[0m';
const LINK_END = '\u001b]8;;\u0007';

/**
 * Wrap styled text at spaces to `width` columns. Each line closes the colours
 * and link it has open and the next reopens them, so a pager or a prefix (a
 * bullet, a quote bar) never inherits them. A word longer than the line (a URL)
 * stays whole unless `hard`, which cuts unstyled words (narrow table cells).
 *
 * Hand-written rather than wrap-ansi: wrap-ansi measures every word with a
 * regex pass and takes about 2 ms for a 1,600-character paragraph, 12 s for a
 * 10 MB article; this is one pass over the words.
 */
export function wrapStyled(text: string, width: number, hard = false): string {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  // The SGR codes in force (since the last reset) and the open link, to carry over a break.
  let sgr: string[] = [];
  let link = '';
  const breakLine = () => {
    lines.push(line + (link ? LINK_END : '') + (sgr.length ? RESET : ''));
    line = sgr.join('') + link;
    used = 0;
  };
  for (const word of text.split(' ')) {
    if (!word) continue;
    const styled = word.includes('\u001b');
    const w = styled ? visibleWidth(word) : plainWidth(word);
    if (used > 0 && used + 1 + w > width) breakLine();
    else if (used > 0) {
      line += ' ';
      used++;
    }
    // CJK text has no spaces to break at, and may break between any two characters; a long
    // address breaks between its parts. Either way the word is cut, never left over the width.
    const breakable = !styled && w > width && (hard || WIDE_CHAR.test(word) || /^(?:https?:|www\.|\S*[/%=])\S+$/.test(word));
    if (breakable) {
      for (const piece of WIDE_CHAR.test(word) || hard ? cutToWidth(word, width) : breakUrl(word, width)) {
        if (used > 0) breakLine();
        line += piece;
        used = plainWidth(piece);
      }
      continue;
    }
    line += word;
    used += w;
    if (styled) {
      for (const m of word.matchAll(ESCAPE)) {
        if (m[1] !== undefined) link = m[1] ? m[0] : '';
        else if (m[0] === RESET || m[0] === '\u001b[m') sgr = [];
        else sgr = track(sgr, m[0]);
      }
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines.join('\n');
}

// A closing code (22 bold/dim off, 39 default colour, ...) ends the codes it closes, so the list stays short.
function track(open: string[], code: string): string[] {
  const n = Number(/\d+/.exec(code)?.[0] ?? 0);
  const closes = (c: number) =>
    n === 22 ? c === 1 || c === 2 : n === 39 ? (c >= 30 && c <= 38) || (c >= 90 && c <= 97) : n === 49 ? (c >= 40 && c <= 48) || (c >= 100 && c <= 107) : c === n - 20;
  if (n === 22 || n === 39 || n === 49 || (n >= 23 && n <= 29)) return open.filter((o) => !closes(Number(/\d+/.exec(o)?.[0] ?? 0)));
  return [...open, code];
}

function plainWidth(word: string): number {
  // ASCII and Latin text: one column a character; anything else is measured.
  return /^[\x20-\x7e\u00a0-\u02ff\u2000-\u206f]*$/.test(word) ? word.length : visibleWidth(word);
}

/**
 * A URL longer than the line, cut after a `/ ? & # = - _ , .` or before a `%`
 * (between its words, never inside one); a piece longer than the line is cut anyway.
 */
export function breakUrl(url: string, width: number): string[] {
  if (url.length <= width) return [url];
  const parts = url.split(/(?<=[/?&#=_,.-])|(?=%)/).flatMap((part) => (part.length > width ? part.match(new RegExp(`.{1,${width}}`, 'gu'))! : [part]));
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    if (line && line.length + part.length > width) {
      lines.push(line);
      line = part;
    } else line += part;
  }
  if (line) lines.push(line);
  return lines;
}
