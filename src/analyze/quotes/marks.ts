/**
 * Finding quote-mark spans in one paragraph: which marks open and close
 * quotes, and which single marks are apostrophes (`don't`, `soldiers'`, `'90s`).
 */
import { isSpace } from '../../chars.js';
import { isLetterOrDigitUnit } from '../../chars.js';
import { lower } from './letters.js';

/** A stretch of quoted text inside one paragraph; offsets are into the paragraph text. */
export interface MarkSpan {
  /** First and last offset of the quoted words (marks and surrounding spaces excluded). */
  start: number;
  end: number;
  /** Offset of the opening mark, and one past the closing mark (`end` of the paragraph when unclosed). */
  outerStart: number;
  outerEnd: number;
  kind: 'double' | 'single';
  /** No closing mark before the end of the paragraph: the quote may go on in the next one. */
  unclosed: boolean;
  /** The opening mark is the first thing in the paragraph. */
  opensParagraph: boolean;
}

interface Mark {
  at: number;
  /** Curly and straight marks pair within their own style first. */
  curly?: boolean;
  length: number;
  /** Where it can stand: opening a quote, closing one, or either. */
  role: 'open' | 'close' | 'either';
  /** A closing single mark after a plural `s` (`the soldiers' families`) may be a possessive. */
  weak?: boolean;
}

// Before an opening mark: start, space, or an opening bracket or dash.
function isBeforeOpen(c: number): boolean {
  return c === 40 /* ( */ || c === 91 /* [ */ || c === 123 /* { */ || c === 0x2014 || c === 0x2013 || c === 45 /* - */ || c === 47 /* / */ || isSpace(c);
}

// After a closing mark: end, space, or punctuation that follows a quote.
const AFTER_CLOSE = new Set([...'.,;:!?)]}\u2014\u2013-/…'].map((ch) => ch.charCodeAt(0)));

// Words that start with an elided letter: `'em`, `'til`, `'cause`, rock `'n'` roll.
const ELISIONS = new Set(['em', 'til', 'tis', 'twas', 'cause', 'bout', 'round', 'n', 'nuff', 'kay', 'sup']);

/** Every quote span in `text` (one paragraph), in order; single marks count only outside double quotes. */
export function findQuoteSpans(text: string): MarkSpan[] {
  const masked = maskMarkup(text);
  const doubles = pairDoubles(text, doubleMarks(masked));
  const singles = pair(text, singleMarks(masked, doubles), 'single');
  return [...doubles, ...singles].sort((a, b) => a.outerStart - b.outerStart);
}

// Markup such as `<tweet author="…">` is not prose: its marks are not quotes.
function maskMarkup(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(/<\/?[a-z][^<>]*>/gi, (m) => ' '.repeat(m.length));
}

// A regex finds the marks: its search loop is much faster than one in JavaScript over every character.
// NYT archive texts write a double quote as two apostrophes: ''like this''.
const DOUBLE_MARK = /["\u201C\u201D\u201E]|''/g;
const SINGLE_MARK = /['\u2018\u2019]/g;

function doubleMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  DOUBLE_MARK.lastIndex = 0;
  for (let m = DOUBLE_MARK.exec(text); m; m = DOUBLE_MARK.exec(text)) {
    const length = m[0].length;
    marks.push({ at: m.index, length, role: doubleRole(text, m.index, length), curly: length === 1 && m[0] !== '"' });
  }
  return marks;
}

// Curly marks say which way they face, unless a writer's software got it wrong:
// `” … what I learned` opens a paragraph with a closing mark.
function doubleRole(text: string, at: number, length: number): Mark['role'] {
  const ch = text[at]!;
  const role = roleAt(text, at, length);
  if (ch === '\u201C' || ch === '\u201E') return role === 'close' ? 'either' : 'open';
  if (ch === '\u201D') return role === 'open' || onlySpaceBefore(text, at) ? 'open' : 'close';
  return role;
}

function singleMarks(text: string, doubles: MarkSpan[]): Mark[] {
  const marks: Mark[] = [];
  let d = 0;
  SINGLE_MARK.lastIndex = 0;
  for (let m = SINGLE_MARK.exec(text); m; m = SINGLE_MARK.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 39 && (text.charCodeAt(i + 1) === 39 || text.charCodeAt(i - 1) === 39)) continue;
    while (d < doubles.length && doubles[d]!.outerEnd <= i) d++;
    if (d < doubles.length && doubles[d]!.outerStart <= i) continue;
    // NaN (no character there) is neither a letter nor a space.
    const prev = i > 0 ? text.charCodeAt(i - 1) : NaN;
    const next = text.charCodeAt(i + 1);
    const letterBefore = i > 0 && isLetterOrDigitUnit(prev);
    // Inside a word: don't, Clinton's, rock'n'roll.
    if (letterBefore && i + 1 < text.length && isLetterOrDigitUnit(next)) continue;
    // A year or decade cut short: '90s, ’16.
    if (!letterBefore && next >= 48 && next <= 57) {
      const after = text.slice(i + 1, i + 8);
      if (/^\d\d(?:s|\b)(?!\d)/.test(after) && !/^\d\d\S*['\u2019]/.test(after)) continue;
    }
    if ((i === 0 || isSpace(prev)) && isElision(text.slice(i + 1, i + 8))) continue;
    if (letterBefore && next === 110 /* n */ && (i + 2 >= text.length || isSpace(text.charCodeAt(i + 2)))) continue;
    const role = c === 0x2018 ? 'open' : roleAt(text, i, 1);
    if (role === 'either') continue;
    const weak = role === 'close' && (prev === 115 /* s */ || prev === 83 /* S */) && isSpace(next) && /^\s+\p{L}/u.test(text.slice(i + 1, i + 8));
    marks.push({ at: i, length: 1, role, weak });
  }
  return marks;
}

// `after` (the next few characters) opens with an elided word in lower case: `'em`, `'til`, not `'Til`.
function isElision(after: string): boolean {
  let end = 0;
  while (end < after.length && isAsciiLetter(after.charCodeAt(end))) end++;
  // A non-ASCII letter may be part of the word, or fold to one of its letters (K, ſ): the full test.
  if (end < after.length && after.charCodeAt(end) >= 128) return ELISION.test(after) && !/^\p{Lu}/u.test(after);
  const c = after.charCodeAt(0);
  const digitAfter = end < after.length && after.charCodeAt(end) >= 48 && after.charCodeAt(end) <= 57;
  return !digitAfter && !(c >= 65 && c <= 90) && ELISIONS.has(lower(after.slice(0, end)));
}

const ELISION = /^(?:em|til|tis|twas|cause|bout|round|n|nuff|kay|sup)(?![\p{L}\p{N}])/iu;

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

// A mark with space (or nothing) before it and a word after opens; the reverse closes.
function roleAt(text: string, at: number, length: number): Mark['role'] {
  const spaceBefore = at === 0 || isBeforeOpen(text.charCodeAt(at - 1));
  const next = at + length < text.length ? text.charCodeAt(at + length) : NaN;
  const spaceAfter = Number.isNaN(next) || isSpace(next) || AFTER_CLOSE.has(next);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}

// Nothing but white space before `at`: the mark opens the paragraph.
function onlySpaceBefore(text: string, at: number): boolean {
  for (let i = 0; i < at; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

// Marks pair within their own style first (a straight quote with a curly one nested
// inside stays whole), then what is left pairs across styles; nested spans are dropped.
function pairDoubles(text: string, marks: Mark[]): MarkSpan[] {
  const curly = pairStyle(marks.filter((m) => m.curly));
  const straight = pairStyle(marks.filter((m) => !m.curly));
  const paired = [...curly.pairs, ...straight.pairs];
  const left = [...curly.left, ...straight.left].sort((a, b) => a.at - b.at);
  const cross = pairStyle(outside(left, paired));
  for (const pair of cross.pairs) paired.push(pair);
  const spans = paired.map(([o, c]) => span(text, o, c, 'double'));
  // A double quote left open runs to the end of the paragraph.
  const open = cross.left.find((m) => m.role !== 'close');
  if (open) spans.push(span(text, open, null, 'double'));
  spans.sort((a, b) => a.outerStart - b.outerStart || b.outerEnd - a.outerEnd);
  const outer: MarkSpan[] = [];
  for (const s of spans) {
    const last = outer[outer.length - 1];
    if (last && s.outerStart < last.outerEnd) continue;
    if (s.end > s.start) outer.push(s);
  }
  return outer;
}

// The marks (in order) that lie inside no pair: one sweep over the pairs by opening offset,
// keeping the furthest close seen so far, so a storm of marks stays linear.
function outside(marks: Mark[], pairs: [Mark, Mark][]): Mark[] {
  const sorted = [...pairs].sort((a, b) => a[0].at - b[0].at);
  const out: Mark[] = [];
  let p = 0;
  let furthest = -1;
  for (const m of marks) {
    while (p < sorted.length && sorted[p]![0].at < m.at) furthest = Math.max(furthest, sorted[p++]![1].at);
    if (furthest <= m.at) out.push(m);
  }
  return out;
}

// Pair marks of one style in order: an open quote closes at the next mark that can close it.
function pairStyle(marks: Mark[]): { pairs: [Mark, Mark][]; left: Mark[] } {
  const pairs: [Mark, Mark][] = [];
  const left: Mark[] = [];
  let open: Mark | null = null;
  for (const mark of marks) {
    if (!open) {
      if (mark.role === 'close') left.push(mark);
      else open = mark;
    } else if (mark.role === 'open' && (mark.curly ? open.curly : !open.curly)) {
      // A mark that can only open, while one of its style is open: that one closes in another style
      // (`"This is a long process,” said Lindsay. "Some …`), or not at all.
      left.push(open);
      open = mark;
    } else {
      pairs.push([open, mark]);
      open = null;
    }
  }
  if (open) left.push(open);
  return { pairs, left };
}

// Pair marks in order: an open quote closes at the next mark that can close it.
function pair(text: string, marks: Mark[], kind: MarkSpan['kind']): MarkSpan[] {
  const spans: MarkSpan[] = [];
  let lastCloser = -1;
  marks.forEach((m, k) => {
    if (m.role !== 'open') lastCloser = k;
  });
  let open: Mark | null = null;
  for (let k = 0; k < marks.length; k++) {
    const mark = marks[k]!;
    if (!open) {
      if (mark.role !== 'close') open = mark;
      continue;
    }
    // A single mark that can only open, while one is open, was an apostrophe-like stray.
    if (mark.role === 'open' && kind === 'single') {
      open = mark;
      continue;
    }
    // A plural possessive inside a quote (`'the soldiers' families'`) when a later mark closes.
    if (mark.weak && lastCloser > k) continue;
    spans.push(span(text, open, mark, kind));
    open = null;
  }
  // A double quote left open runs to the end of the paragraph; a single one only
  // when it opens the paragraph (else the mark was more likely an apostrophe).
  if (open && (kind === 'double' || onlySpaceBefore(text, open.at))) spans.push(span(text, open, null, kind));
  return spans.filter((s) => s.end > s.start);
}

function span(text: string, open: Mark, close: Mark | null, kind: MarkSpan['kind']): MarkSpan {
  let start = open.at + open.length;
  let end = close ? close.at : text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return {
    start,
    end,
    outerStart: open.at,
    outerEnd: close ? close.at + close.length : text.length,
    kind,
    unclosed: !close,
    opensParagraph: onlySpaceBefore(text, open.at),
  };
}
