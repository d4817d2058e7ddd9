/**
 * A line-based Markdown scanner (the CommonMark + GFM block structure, and an
 * inline stripper) that gives the model its blocks without loading marked:
 * marked's module set-up and first lex cost every command about 15 ms, and the
 * model needs only the headings and the plain text of each prose block.
 * Everything here runs in time linear in the input, whatever the input.
 */
import { boilerplateRole } from './boilerplate.js';
import { isSpace } from './chars.js';
import type { Block } from './model.js';
import { decodeEntities, stripUnsafe } from './load/sanitize.js';

/** A top-level heading and where its lines sit in the scanned Markdown. */
export interface ScannedHeading {
  level: number;
  /** Plain text; '' when the heading reads as nothing (the model then skips it). */
  text: string;
  /** Offset of the heading's first line; for a setext heading, of its text line. */
  start: number;
  /** Offset of the end of its last line (the underline of a setext heading). */
  end: number;
}

/** What the scanner finds: prose blocks in reading order and the top-level headings. */
export interface MarkdownScan {
  /** Headings (top-level only) and prose paragraphs, including those in lists and quotes. */
  blocks: Block[];
  headings: ScannedHeading[];
  /** Offset of the first line that is not blank, where the first block of any kind starts; -1 if none. */
  firstBlock: number;
}

/** Scan Markdown into the model's blocks; code, tables, HTML, breaks and link definitions are not prose. */
export function scanMarkdown(markdown: string): MarkdownScan {
  const scanner = new BlockScanner();
  let lineStart = 0;
  for (;;) {
    let end = markdown.indexOf('\n', lineStart);
    if (end < 0) end = markdown.length;
    let line = markdown.slice(lineStart, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.includes('\t')) line = expandTabs(line);
    scanner.line(line, lineStart, end);
    if (end === markdown.length) break;
    lineStart = end + 1;
  }
  scanner.finish();
  const blocks: Block[] = [];
  const headings: ScannedHeading[] = [];
  for (const raw of scanner.out) {
    const text = inlineText(raw.text, scanner.refs);
    if (raw.level === 0) {
      const role = text ? boilerplateRole(text) : undefined;
      if (role) blocks.push({ kind: 'boilerplate', role, text });
      else if (text) blocks.push({ kind: 'paragraph', text });
    } else {
      blocks.push({ kind: 'heading', level: raw.level, text });
      headings.push({ level: raw.level, text, start: raw.start, end: raw.end });
    }
  }
  return { blocks, headings, firstBlock: scanner.firstBlock };
}

// ---------------------------------------------------------------------------
// Blocks

/** A prose block before its inline text is resolved (reference links need the whole document). */
interface RawBlock {
  /** 0 for a paragraph, 1-6 for a top-level heading. */
  level: number;
  text: string;
  start: number;
  end: number;
}

/** An open container: a block quote, or a list item whose content starts `indent` columns in. */
interface Container {
  quote: boolean;
  indent: number;
}

type Leaf =
  | { kind: 'paragraph'; lines: string[]; starts: number[]; end: number; top: boolean; task: boolean }
  | { kind: 'fence'; char: string; length: number }
  | { kind: 'indented' }
  | { kind: 'html'; type: number }
  | { kind: 'table' };

const BLANK = /^[ \t]*$/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const ATX = /^(#{1,6})(?:[ \t]+(.*))?$/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const LIST_MARKER = /^(?:[-+*]|(\d{1,9})[.)])(?=[ \t]|$)/;
const TASK = /^\[[ xX]\][ \t]+(?=\S)/;
const TABLE_DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
// `[label]: destination "title"`, over up to three lines (the destination and the title may each start a line).
const LINK_DEFINITION =
  /^\[((?:[^\\[\]]|\\.){0,999})\]:[ \t]*(?:\n[ \t]*)?(?:<[^<>\n]*>|\S+)(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$/;
const HTML_RAW = /^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i;
const HTML_BLOCK_TAG = /^<\/?([A-Za-z][A-Za-z0-9]*)(?:[ \t]|\/?>|$)/;
const BLOCK_TAGS = new Set(
  ('address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link ' +
    'main menu menuitem meta nav noframes ol optgroup option p param search section summary table tbody td tfoot th ' +
    'thead title tr track ul').split(' '),
);
// How each kind of HTML block (CommonMark types 1-5) ends; types 6 and 7 end at a blank line.
const HTML_END = ['', '', '-->', '?>', '>', ']]>'];
const RAW_END = /<\/(?:script|pre|style|textarea)>/i;

class BlockScanner {
  readonly out: RawBlock[] = [];
  readonly refs = new Set<string>();
  firstBlock = -1;
  private readonly stack: Container[] = [];
  private leaf: Leaf | undefined;

  line(line: string, start: number, end: number): void {
    if (this.firstBlock < 0 && !BLANK.test(line)) this.firstBlock = start;
    let pos = 0;
    let matched = 0;
    for (; matched < this.stack.length; matched++) {
      const c = this.stack[matched]!;
      const indent = indentAt(line, pos);
      if (c.quote) {
        if (indent > 3 || line[pos + indent] !== '>') break;
        pos += indent + 1;
        if (line[pos] === ' ') pos++;
      } else if (pos + indent >= line.length) {
        pos = line.length;
      } else if (indent >= c.indent) {
        pos += c.indent;
      } else break;
    }
    const leaf = this.leaf;
    const allMatched = matched === this.stack.length;
    if (allMatched && leaf && leaf.kind !== 'paragraph' && this.continueLeaf(leaf, line, pos)) return;
    if (!allMatched && leaf?.kind === 'paragraph' && !BLANK.test(line.slice(pos)) && !startsBlock(line, pos, 'lazy')) {
      // A lazy continuation line: paragraph text that leaves out the containers' markers.
      this.extend(leaf, line.slice(pos + indentAt(line, pos)), start, end);
      return;
    }
    this.closeTo(matched);

    let opened = false;
    let inItem = false;
    for (;;) {
      const indent = indentAt(line, pos);
      const at = pos + indent;
      if (indent > 3) break;
      if (line[at] === '>') {
        this.closeLeaf();
        this.stack.push({ quote: true, indent: 0 });
        pos = at + 1;
        if (line[pos] === ' ') pos++;
        opened = true;
        inItem = false;
        continue;
      }
      const rest = line.slice(at);
      if (THEMATIC_BREAK.test(rest)) break;
      if (this.leaf?.kind === 'paragraph' && !opened && SETEXT.test(rest)) break;
      const marker = LIST_MARKER.exec(rest);
      if (!marker) break;
      const width = marker[0].length;
      const after = indentAt(line, at + width);
      const empty = at + width + after >= line.length;
      // Only a bullet or `1.` with text after it may interrupt a paragraph.
      if (this.leaf?.kind === 'paragraph' && !opened && (empty || (marker[1] !== undefined && marker[1] !== '1'))) break;
      const gap = empty || after > 4 ? 1 : after;
      this.closeLeaf();
      this.stack.push({ quote: false, indent: indent + width + gap });
      pos = empty ? line.length : at + width + gap;
      opened = true;
      inItem = true;
    }

    if (BLANK.test(line.slice(pos))) {
      if (this.leaf?.kind !== 'indented' || opened) this.closeLeaf();
      return;
    }
    const para = this.leaf;
    if (para?.kind === 'paragraph' && !opened) {
      const indent = indentAt(line, pos);
      const rest = line.slice(pos + indent);
      if (indent < 4) {
        if (SETEXT.test(rest)) {
          this.setext(para, rest, start, end);
          return;
        }
        if (this.table(para, rest)) return;
        if (startsBlock(line, pos, 'paragraph')) this.closeLeaf();
      }
      if (this.leaf) {
        this.extend(para, rest, start, end);
        return;
      }
    }
    this.closeLeaf();
    this.newLeaf(line, pos, start, end, inItem);
  }

  /** Close every container from `depth` in, and the open leaf with them. */
  closeTo(depth: number): void {
    if (depth < this.stack.length) this.closeLeaf();
    this.stack.length = depth;
  }

  /** Close whatever is still open at the end of the text. */
  finish(): void {
    this.closeLeaf();
    this.stack.length = 0;
  }

  /** Open the leaf block that starts at `pos`; `inItem` when it opens a list item, where a task box may lead. */
  private newLeaf(line: string, pos: number, start: number, end: number, inItem: boolean): void {
    const indent = indentAt(line, pos);
    const rest = line.slice(pos + indent);
    if (indent >= 4) {
      this.leaf = { kind: 'indented' };
      return;
    }
    const fence = FENCE.exec(rest);
    if (fence && !(fence[1]![0] === '`' && fence[2]!.includes('`'))) {
      this.leaf = { kind: 'fence', char: fence[1]![0]!, length: fence[1]!.length };
      return;
    }
    const atx = ATX.exec(rest);
    if (atx) {
      const text = atxText(atx[2] ?? '');
      const level = atx[1]!.length;
      this.out.push(this.stack.length ? { level: 0, text, start, end } : { level, text, start, end });
      return;
    }
    if (THEMATIC_BREAK.test(rest)) return;
    const html = htmlStart(rest, false);
    if (html) {
      this.leaf = { kind: 'html', type: html };
      if (html <= 5 && htmlEnds(html, rest)) this.leaf = undefined;
      return;
    }
    this.leaf = { kind: 'paragraph', lines: [rest], starts: [start], end, top: this.stack.length === 0, task: inItem };
  }

  /** Feed a line to an open code, HTML or table block; false when the line does not belong to it. */
  private continueLeaf(leaf: Exclude<Leaf, { kind: 'paragraph' }>, line: string, pos: number): boolean {
    const indent = indentAt(line, pos);
    const rest = line.slice(pos + indent);
    switch (leaf.kind) {
      case 'fence': {
        let n = 0;
        while (rest[n] === leaf.char) n++;
        if (indent < 4 && n >= leaf.length && BLANK.test(rest.slice(n))) this.leaf = undefined;
        return true;
      }
      case 'indented':
        return indent >= 4 || rest === '';
      case 'html':
        if (leaf.type >= 6) {
          if (rest === '') this.leaf = undefined;
        } else if (htmlEnds(leaf.type, rest)) this.leaf = undefined;
        return true;
      case 'table':
        if (rest === '' || startsBlock(line, pos, 'table')) return false;
        return true;
    }
  }

  private extend(para: Extract<Leaf, { kind: 'paragraph' }>, text: string, start: number, end: number): void {
    para.lines.push(text);
    para.starts.push(start);
    para.end = end;
  }

  /** A paragraph's last line followed by a delimiter row with as many cells is a table's header. */
  private table(para: Extract<Leaf, { kind: 'paragraph' }>, rest: string): boolean {
    if (!rest.includes('|') && !rest.includes(':')) return false;
    if (!TABLE_DELIMITER.test(rest)) return false;
    const header = para.lines[para.lines.length - 1]!;
    if (cellCount(header) !== cellCount(rest)) return false;
    para.lines.pop();
    para.starts.pop();
    this.closeLeaf();
    this.leaf = { kind: 'table' };
    return true;
  }

  private setext(para: Extract<Leaf, { kind: 'paragraph' }>, underline: string, start: number, end: number): void {
    const level = underline[0] === '=' ? 1 : 2;
    const first = this.definitions(para);
    this.leaf = undefined;
    if (first >= para.lines.length) {
      // Only link definitions above: `===` is then a paragraph of its own, `---` a thematic break.
      if (level === 1) this.leaf = { kind: 'paragraph', lines: [underline], starts: [start], end, top: para.top, task: false };
      return;
    }
    const text = para.lines.slice(first).join('\n').trim();
    this.out.push({ level: para.top ? level : 0, text, start: para.starts[first]!, end });
  }

  private closeLeaf(): void {
    const leaf = this.leaf;
    this.leaf = undefined;
    if (leaf?.kind !== 'paragraph') return;
    const first = this.definitions(leaf);
    if (first >= leaf.lines.length) return;
    let text = leaf.lines.slice(first).join('\n').trim();
    if (leaf.task && first === 0) text = text.replace(TASK, '');
    this.out.push({ level: 0, text, start: leaf.starts[first]!, end: leaf.end });
  }

  /** Record the link reference definitions that open a paragraph; returns the index of the first other line. */
  private definitions(para: Extract<Leaf, { kind: 'paragraph' }>): number {
    const lines = para.lines;
    let i = 0;
    while (i < lines.length && lines[i]![0] === '[') {
      // The longest reading wins: a title on the next line belongs to the definition.
      let taken = Math.min(3, lines.length - i);
      for (; taken > 0; taken--) {
        const m = LINK_DEFINITION.exec(lines.slice(i, i + taken).join('\n'));
        if (m && !BLANK.test(m[1]!)) {
          this.refs.add(normalizeLabel(m[1]!));
          break;
        }
      }
      if (taken === 0) break;
      i += taken;
    }
    return i;
  }
}

/**
 * True when the text at `pos` opens a block that ends what is open: a paragraph
 * in the same container, a paragraph whose containers this line does not
 * continue (`lazy`: any list item may start then), or a table's rows.
 */
function startsBlock(line: string, pos: number, ends: 'paragraph' | 'lazy' | 'table'): boolean {
  const indent = indentAt(line, pos);
  if (indent > 3) return ends === 'table';
  const rest = line.slice(pos + indent);
  const c = rest[0];
  if (c === '>') return true;
  if (c === '#' && ATX.test(rest)) return true;
  if ((c === '`' || c === '~') && FENCE.test(rest)) return !(c === '`' && FENCE.exec(rest)![2]!.includes('`'));
  if ((c === '*' || c === '-' || c === '_') && THEMATIC_BREAK.test(rest)) return true;
  if (c === '<' && htmlStart(rest, ends !== 'lazy')) return true;
  const marker = LIST_MARKER.exec(rest);
  if (!marker) return false;
  if (ends === 'lazy') return true;
  const empty = BLANK.test(rest.slice(marker[0].length));
  return !empty && (marker[1] === undefined || marker[1] === '1');
}

/** The CommonMark HTML block type (1-7) that starts the line, or 0; type 7 never interrupts a paragraph. */
function htmlStart(rest: string, interrupting: boolean): number {
  if (rest[0] !== '<') return 0;
  if (HTML_RAW.test(rest)) return 1;
  if (rest.startsWith('<!--')) return 2;
  if (rest.startsWith('<?')) return 3;
  if (rest.startsWith('<![CDATA[')) return 5;
  if (/^<![A-Za-z]/.test(rest)) return 4;
  const tag = HTML_BLOCK_TAG.exec(rest);
  if (tag && BLOCK_TAGS.has(tag[1]!.toLowerCase())) return 6;
  if (interrupting) return 0;
  const end = scanTag(rest, 0, new Misses());
  return end > 0 && BLANK.test(rest.slice(end)) && !HTML_RAW.test(rest) ? 7 : 0;
}

function htmlEnds(type: number, rest: string): boolean {
  return type === 1 ? RAW_END.test(rest) : rest.includes(HTML_END[type]!);
}

/** Heading text without the optional closing run of #s. */
function atxText(content: string): string {
  let text = content.trimEnd();
  let e = text.length;
  while (e > 0 && text[e - 1] === '#') e--;
  if (e === 0) return '';
  if (e < text.length && (text[e - 1] === ' ' || text[e - 1] === '\t')) text = text.slice(0, e);
  return text.trim();
}

function cellCount(row: string): number {
  let s = row.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  let n = 1;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '|') n++;
  }
  return n;
}

function indentAt(line: string, pos: number): number {
  let i = pos;
  while (line.charCodeAt(i) === 32) i++;
  return i - pos;
}

// Tab stops every 4 columns, as CommonMark counts indentation.
function expandTabs(line: string): string {
  const pieces = line.split('\t');
  let out = pieces[0]!;
  for (let k = 1; k < pieces.length; k++) out += ' '.repeat(4 - (out.length % 4)) + pieces[k]!;
  return out;
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

// ---------------------------------------------------------------------------
// Inline text

const INLINE_SYNTAX = /[\\`*_~[\]<]/;
const NEXT_SYNTAX = /[\\`*_~[\]!<]/g;

/** The text a reader sees in a run of inline Markdown, white space collapsed. */
function inlineText(raw: string, refs: Set<string>): string {
  const text = INLINE_SYNTAX.test(raw) ? new InlineStripper(raw, refs).run() : decodeEntities(raw);
  return stripUnsafe(text).replace(COLLAPSIBLE_SPACE, ' ').trim();
}

// Runs of white space, or one white-space character that is not a plain space: single spaces are left be.
const COLLAPSIBLE_SPACE = /\s{2,}|[^\S ]/g;

/** Where a searched-for string is known to be absent, so failed searches are not repeated (keeps scans linear). */
class Misses {
  private readonly after = new Map<string, number>();

  find(text: string, needle: string, from: number): number {
    const missing = this.after.get(needle);
    if (missing !== undefined && from >= missing) return -1;
    const at = text.indexOf(needle, from);
    if (at < 0) this.after.set(needle, missing === undefined ? from : Math.min(missing, from));
    return at;
  }
}

// A delimiter is six numbers in a flat Int32Array (hostile input brings hundreds of thousands):
const POS = 0; // where the run starts
const COUNT = 1; // characters not yet matched
const ORIGINAL = 2; // its length as written
const FLAGS = 3; // which character, and what the run may do
const PREV = 4; // neighbours in the stack while emphasis is processed
const NEXT = 5;
const FIELDS = 6;
const STAR = 0;
const UNDERSCORE = 1;
const TILDE = 2;
const CAN_OPEN = 4;
const CAN_CLOSE = 8;

/**
 * One pass over the source finds the markup; the text is then the source with
 * edits applied: a span of source replaced (code spans, escapes, autolinks) or
 * removed (HTML, link syntax, images, the emphasis runs that matched). Unmatched
 * markup is left alone, so hostile input makes no garbage. Emphasis and links
 * follow CommonMark's delimiter and bracket stacks, kept in flat number arrays.
 */
class InlineStripper {
  private readonly editStart: number[] = [];
  private readonly editEnd: number[] = [];
  private readonly editText: string[] = [];
  // The delimiter stack: one entry per emphasis or strikethrough run.
  private d = new Int32Array(FIELDS * 64);
  private delimiters = 0;
  // The bracket stack: `[` or `![` positions, and the delimiter depth when each opened.
  private readonly bPos: number[] = [];
  private readonly bDelimiters: number[] = [];
  // Link openers below this depth of the bracket stack were open when a link closed: links do not nest.
  private inactiveBelow = 0;
  private readonly misses = new Misses();
  private backtickRuns: Map<number, { starts: number[]; next: number }> | undefined;
  // Bare URLs (GFM autolinks) as [start, end) pairs: their `*`, `_` and `~` are literal.
  private urls: number[] | undefined;
  private nextUrl = 0;

  constructor(
    private readonly src: string,
    private readonly refs: Set<string>,
  ) {}

  run(): string {
    const src = this.src;
    NEXT_SYNTAX.lastIndex = 0;
    // test() rather than exec(): no match object to allocate per character of markup.
    while (NEXT_SYNTAX.test(src)) {
      const i = NEXT_SYNTAX.lastIndex - 1;
      const c = src.charCodeAt(i);
      let next = -1;
      if (c === 92) next = this.escape(i);
      else if (c === 96) next = this.codeSpan(i);
      else if (c === 42 || c === 95 || c === 126) next = this.delimiterRun(i);
      else if (c === 91 || (c === 33 && src.charCodeAt(i + 1) === 91)) next = this.openBracket(i);
      else if (c === 93) next = this.closeBracket(i);
      else if (c === 60) next = this.angle(i);
      NEXT_SYNTAX.lastIndex = next < 0 ? i + 1 : next;
    }
    this.emphasis(0);
    return this.apply();
  }

  private edit(start: number, end: number, text: string): number {
    this.editStart.push(start);
    this.editEnd.push(end);
    this.editText.push(text);
    return end;
  }

  // Edits nest (an image holds whatever else its text had) or are disjoint; an edit inside one applied is skipped.
  private apply(): string {
    const src = this.src;
    const n = this.editStart.length;
    if (n === 0) return decodeEntities(src);
    const order = Array.from({ length: n }, (_, k) => k);
    order.sort((a, b) => this.editStart[a]! - this.editStart[b]! || this.editEnd[b]! - this.editEnd[a]!);
    const out: string[] = [];
    let cursor = 0;
    for (const k of order) {
      const start = this.editStart[k]!;
      if (start < cursor) continue;
      if (start > cursor) out.push(decodeEntities(src.slice(cursor, start)));
      out.push(this.editText[k]!);
      cursor = this.editEnd[k]!;
    }
    out.push(decodeEntities(src.slice(cursor)));
    return out.join('');
  }

  private escape(i: number): number {
    const next = this.src.charCodeAt(i + 1);
    if (next === 10) return this.edit(i, i + 2, ' ');
    if (isAsciiPunctuation(next)) return this.edit(i, i + 2, this.src[i + 1]!);
    return -1;
  }

  private codeSpan(i: number): number {
    const src = this.src;
    let n = 0;
    while (src.charCodeAt(i + n) === 96) n++;
    const close = this.nextBacktickRun(n, i + n);
    if (close < 0) return i + n;
    let code = src.slice(i + n, close).replace(/\n/g, ' ');
    if (code.length > 2 && code[0] === ' ' && code[code.length - 1] === ' ' && code.trim()) code = code.slice(1, -1);
    return this.edit(i, close + n, code);
  }

  // Every backtick run, by length, found once: each opener looks up the next run of its length.
  private nextBacktickRun(length: number, from: number): number {
    if (!this.backtickRuns) {
      this.backtickRuns = new Map();
      const src = this.src;
      for (let i = src.indexOf('`'); i >= 0; i = src.indexOf('`', i)) {
        let n = 0;
        while (src.charCodeAt(i + n) === 96) n++;
        let runs = this.backtickRuns.get(n);
        if (!runs) this.backtickRuns.set(n, (runs = { starts: [], next: 0 }));
        runs.starts.push(i);
        i += n;
      }
    }
    const runs = this.backtickRuns.get(length);
    if (!runs) return -1;
    while (runs.next < runs.starts.length && runs.starts[runs.next]! < from) runs.next++;
    return runs.next < runs.starts.length ? runs.starts[runs.next]! : -1;
  }

  private delimiterRun(i: number): number {
    const src = this.src;
    const c = src.charCodeAt(i);
    let n = 1;
    while (src.charCodeAt(i + n) === c) n++;
    if (this.inBareUrl(i)) return i + n;
    const before = i > 0 ? src.charCodeAt(i - 1) : 10;
    const after = i + n < src.length ? src.charCodeAt(i + n) : 10;
    const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
    const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
    let canOpen = left;
    let canClose = right;
    // Intraword underscores (snake_case) are not emphasis.
    if (c === 95) {
      canOpen = left && (!right || isPunctuation(before));
      canClose = right && (!left || isPunctuation(after));
    }
    // Strikethrough takes one or two tildes only.
    if (c === 126 && n > 2) canOpen = canClose = false;
    if (canOpen || canClose) {
      if ((this.delimiters + 1) * FIELDS > this.d.length) {
        const grown = new Int32Array(this.d.length * 2);
        grown.set(this.d);
        this.d = grown;
      }
      const at = this.delimiters++ * FIELDS;
      this.d[at + POS] = i;
      this.d[at + COUNT] = n;
      this.d[at + ORIGINAL] = n;
      this.d[at + FLAGS] = (c === 42 ? STAR : c === 95 ? UNDERSCORE : TILDE) | (canOpen ? CAN_OPEN : 0) | (canClose ? CAN_CLOSE : 0);
    }
    return i + n;
  }

  private inBareUrl(i: number): boolean {
    if (!this.urls) {
      this.urls = [];
      if (this.src.includes('://') || this.src.includes('www.')) {
        BARE_URL.lastIndex = 0;
        for (let m = BARE_URL.exec(this.src); m; m = BARE_URL.exec(this.src)) {
          // Trailing punctuation ends the sentence, not the address (GFM's rule, less its parenthesis count).
          let end = m.index + m[0].length;
          while (end > m.index && URL_TRAILER.includes(this.src[end - 1]!)) end--;
          this.urls.push(m.index, end);
        }
      }
    }
    const urls = this.urls;
    while (this.nextUrl < urls.length && urls[this.nextUrl + 1]! <= i) this.nextUrl += 2;
    return this.nextUrl < urls.length && urls[this.nextUrl]! <= i;
  }

  private openBracket(i: number): number {
    const image = this.src.charCodeAt(i) === 33;
    // An image opener is stored as -1 - position.
    this.bPos.push(image ? -1 - i : i);
    this.bDelimiters.push(this.delimiters);
    return i + (image ? 2 : 1);
  }

  private closeBracket(i: number): number {
    const top = this.bPos.length - 1;
    if (top < 0) return -1;
    const image = this.bPos[top]! < 0;
    const at = image ? -1 - this.bPos[top]! : this.bPos[top]!;
    const textStart = at + (image ? 2 : 1);
    const bottom = this.bDelimiters[top]!;
    const active = image || top >= this.inactiveBelow;
    const end = active ? (this.linkTail(i + 1) ?? this.reference(i, textStart)) : -1;
    this.bPos.pop();
    this.bDelimiters.pop();
    this.inactiveBelow = Math.min(this.inactiveBelow, this.bPos.length);
    if (end < 0) return -1;
    this.emphasis(bottom);
    // An image reads as nothing; a link reads as its text.
    if (image) return this.edit(at, end, '');
    this.edit(at, textStart, '');
    this.inactiveBelow = this.bPos.length;
    return this.edit(i, end, '');
  }

  /** `(destination "title")` after the brackets: the offset past `)`, or undefined. */
  private linkTail(at: number): number | undefined {
    const src = this.src;
    if (src[at] !== '(') return undefined;
    let i = skipSpace(src, at + 1);
    if (src[i] === '<') {
      i++;
      while (i < src.length && src[i] !== '>' && src[i] !== '<' && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
      if (src[i] !== '>') return undefined;
      i++;
    } else {
      let depth = 0;
      while (i < src.length) {
        const c = src.charCodeAt(i);
        if (c <= 32) break;
        if (c === 92) i++;
        else if (c === 40 && ++depth > 32) return undefined;
        else if (c === 41 && depth-- === 0) break;
        i++;
      }
      if (depth > 0) return undefined;
    }
    const spaced = skipSpace(src, i);
    const q = src[spaced];
    if (spaced > i && (q === '"' || q === "'" || q === '(')) {
      const close = q === '(' ? ')' : q;
      let j = spaced + 1;
      while (j < src.length && src[j] !== close) {
        if (q === '(' && src[j] === '(') return undefined;
        j += src[j] === '\\' ? 2 : 1;
      }
      if (j >= src.length) return undefined;
      i = j + 1;
    }
    i = skipSpace(src, i);
    return src[i] === ')' ? i + 1 : undefined;
  }

  /** `[text][label]`, `[text][]` or `[text]` with a defined label: the offset past it, or -1. */
  private reference(i: number, textStart: number): number {
    const src = this.src;
    if (src[i + 1] === '[') {
      let j = i + 2;
      while (j < src.length && src[j] !== ']' && src[j] !== '[' && j - i < 1002) j += src[j] === '\\' ? 2 : 1;
      if (src[j] === ']') {
        const label = src.slice(i + 2, j);
        if (label.trim()) return this.refs.has(normalizeLabel(label)) ? j + 1 : -1;
        return this.defined(src.slice(textStart, i)) ? j + 1 : -1;
      }
    }
    return this.defined(src.slice(textStart, i)) ? i + 1 : -1;
  }

  private defined(label: string): boolean {
    return this.refs.size > 0 && label.length <= 999 && label.trim() !== '' && this.refs.has(normalizeLabel(label));
  }

  /** `<scheme:…>` and `<a@b.c>` read as their address; HTML tags, comments and the like as nothing. */
  private angle(i: number): number {
    const src = this.src;
    AUTOLINK.lastIndex = i;
    const auto = AUTOLINK.exec(src);
    if (auto) return this.edit(i, i + auto[0].length, auto[1]!);
    let end = -1;
    if (src.startsWith('<!--', i)) {
      const close = this.misses.find(src, '-->', i + 4);
      end = close < 0 ? -1 : close + 3;
    } else if (src.startsWith('<?', i)) {
      const close = this.misses.find(src, '?>', i + 2);
      end = close < 0 ? -1 : close + 2;
    } else if (src.startsWith('<![CDATA[', i)) {
      const close = this.misses.find(src, ']]>', i + 9);
      end = close < 0 ? -1 : close + 3;
    } else if (src[i + 1] === '!' && isAsciiLetter(src.charCodeAt(i + 2))) {
      const close = this.misses.find(src, '>', i + 2);
      end = close < 0 ? -1 : close + 1;
    } else {
      end = scanTag(src, i, this.misses);
    }
    return end < 0 ? -1 : this.edit(i, end, '');
  }

  /**
   * CommonMark's "process emphasis" over the delimiters from `bottom` on, which
   * then leave the stack; the characters each matched run gave up become edits.
   * Openers already passed over are remembered per kind of closer, so each run
   * is looked at a bounded number of times.
   */
  private emphasis(bottom: number): void {
    const d = this.d;
    const n = this.delimiters;
    if (n === bottom) return;
    for (let k = bottom; k < n; k++) {
      d[k * FIELDS + PREV] = k - 1;
      d[k * FIELDS + NEXT] = k + 1 < n ? k + 1 : -1;
    }
    const prev = (k: number): number => d[k * FIELDS + PREV]!;
    const next = (k: number): number => d[k * FIELDS + NEXT]!;
    const unlink = (k: number): void => {
      if (prev(k) >= 0) d[prev(k) * FIELDS + NEXT] = next(k);
      if (next(k) >= 0) d[next(k) * FIELDS + PREV] = prev(k);
    };
    // Indexed by closer kind: character, whether it can also open, its original length mod 3.
    const openersBottom = new Int32Array(18).fill(bottom - 1);
    let current = bottom;
    while (current >= 0) {
      const closer = current * FIELDS;
      const f = d[closer + FLAGS]!;
      if (!(f & CAN_CLOSE)) {
        current = next(current);
        continue;
      }
      const char = f & 3;
      const key = char * 6 + (f & CAN_OPEN ? 3 : 0) + (d[closer + ORIGINAL]! % 3);
      let o = prev(current);
      let found = false;
      for (; o > openersBottom[key]!; o = prev(o)) {
        const opener = o * FIELDS;
        const g = d[opener + FLAGS]!;
        if ((g & 3) !== char || !(g & CAN_OPEN)) continue;
        if (char === TILDE) found = d[opener + COUNT] === d[closer + COUNT];
        else {
          const a = d[opener + ORIGINAL]!;
          const b = d[closer + ORIGINAL]!;
          // CommonMark's "rule of 3" for runs that can both open and close.
          found = !((g & CAN_CLOSE || f & CAN_OPEN) && (a + b) % 3 === 0 && !(a % 3 === 0 && b % 3 === 0));
        }
        if (found) break;
      }
      if (!found) {
        openersBottom[key] = prev(current);
        const after = next(current);
        if (!(f & CAN_OPEN)) unlink(current);
        current = after;
        continue;
      }
      const opener = o * FIELDS;
      const used = char === TILDE ? d[closer + COUNT]! : Math.min(2, d[opener + COUNT]!, d[closer + COUNT]!);
      d[opener + COUNT]! -= used;
      d[closer + COUNT]! -= used;
      // Runs between the pair can no longer match across it.
      d[opener + NEXT] = current;
      d[closer + PREV] = o;
      if (d[opener + COUNT] === 0) unlink(o);
      if (d[closer + COUNT] === 0) {
        const after = next(current);
        unlink(current);
        current = after;
      }
    }
    for (let k = bottom; k < n; k++) {
      const used = d[k * FIELDS + ORIGINAL]! - d[k * FIELDS + COUNT]!;
      if (used > 0) this.edit(d[k * FIELDS + POS]!, d[k * FIELDS + POS]! + used, '');
    }
    this.delimiters = bottom;
  }
}

const BARE_URL = /(?<![\w/.:-])(?:https?:\/\/|www\.)[^\s<]+/gi;
const URL_TRAILER = '?!.,:*_~\'")';
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\u0000-\u001f]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
const TAG_NAME = /[A-Za-z][A-Za-z0-9-]*/y;
const ATTRIBUTE_NAME = /[A-Za-z_:][A-Za-z0-9_.:-]*/y;
const UNQUOTED_VALUE = /[^\s"'=<>`]+/y;

/** The end of an HTML open or closing tag starting at `i` (`<`), or -1. */
function scanTag(src: string, i: number, misses: Misses): number {
  const closing = src[i + 1] === '/';
  let j = i + (closing ? 2 : 1);
  TAG_NAME.lastIndex = j;
  if (!TAG_NAME.test(src)) return -1;
  j = TAG_NAME.lastIndex;
  if (closing) {
    j = skipSpace(src, j);
    return src[j] === '>' ? j + 1 : -1;
  }
  for (;;) {
    const spaced = skipSpace(src, j);
    if (src[spaced] === '>') return spaced + 1;
    if (src.startsWith('/>', spaced)) return spaced + 2;
    if (spaced === j) return -1;
    ATTRIBUTE_NAME.lastIndex = spaced;
    if (!ATTRIBUTE_NAME.test(src)) return -1;
    j = ATTRIBUTE_NAME.lastIndex;
    const eq = skipSpace(src, j);
    if (src[eq] !== '=') continue;
    const v = skipSpace(src, eq + 1);
    const q = src[v];
    if (q === '"' || q === "'") {
      const close = misses.find(src, q, v + 1);
      if (close < 0) return -1;
      j = close + 1;
    } else {
      UNQUOTED_VALUE.lastIndex = v;
      if (!UNQUOTED_VALUE.test(src)) return -1;
      j = UNQUOTED_VALUE.lastIndex;
    }
  }
}

function skipSpace(src: string, i: number): number {
  while (i < src.length && (src[i] === ' ' || src[i] === '\t' || src[i] === '\n')) i++;
  return i;
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}


const UNICODE_PUNCTUATION = /[\p{P}\p{S}]/u;

function isPunctuation(c: number): boolean {
  return c < 128 ? isAsciiPunctuation(c) : UNICODE_PUNCTUATION.test(String.fromCharCode(c));
}
