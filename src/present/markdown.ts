import chalk from 'chalk';
import { Marked, type Token, type Tokens } from 'marked';
import { breakUrl, wrapStyled } from './wrap.js';
import { decodeEntities, stripUnsafe } from '../load/sanitize.js';
import type { OutputContext } from './context.js';
import { footnotes, type FootnoteDefinition, type FootnoteReference } from './markdown-footnotes.js';
import { renderTable } from './markdown-table.js';
import { highlight } from './lazy/cli-highlight.js';
import { visibleWidth } from './text.js';

/** How links show: a numbered mark and a list at the end (as w3m and lynx dump), the URL in place, or nothing. */
export type LinkStyle = 'footnote' | 'inline' | 'none';
export type ImageStyle = 'caption' | 'none';

/** How to render: the output context, plus what `read` lets the reader choose. */
export interface RenderContext extends OutputContext {
  links?: LinkStyle;
  images?: ImageStyle;
  /** The terminal shows OSC 8 links: link text is clickable too. */
  hyperlinks?: boolean;
  /** No styling at all (`--plain`): ASCII markers, tables without borders. */
  plain?: boolean;
}

// Narrower than this a nested block has no room to say anything.
const MIN_WIDTH = 10;
const BULLETS = ['•', '◦', '▪'];

/**
 * A monotonic clock in milliseconds. Not `performance.now()`: the first touch of
 * `performance` loads perf_hooks, 1–2 ms of every `read`'s start.
 */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Thrown when rendering passes its deadline: the caller shows plain text instead. */
export class RenderTimeout extends Error {}

/**
 * Render Markdown for the terminal: marked's lexer (with footnotes), then every
 * block laid out here at the width it has, so nested lists, quotes, tables and
 * long links all fit the width; code blocks keep their lines as written.
 * Lexing steps, blocks and runs of inline text check the clock, so a render
 * past `deadline` (a `nowMs()` time) stops with RenderTimeout.
 */
export function renderMarkdown(markdown: string, ctx: RenderContext, deadline = Infinity): string {
  const onTime = (): void => {
    if (nowMs() > deadline) throw new RenderTimeout();
  };
  const marked = new Marked({ gfm: true });
  marked.use(footnotes());
  // marked's lexer is quadratic on some runs (`!` or `*a` repeated): each block and
  // each inline token starts with these two, so the clock is read between steps.
  const stepOnTime = (): false => {
    onTime();
    return false;
  };
  if (deadline !== Infinity) marked.use({ tokenizer: { space: stepOnTime, escape: stepOnTime } });
  const tokens = marked.lexer(markdown);
  const renderer = new TerminalRenderer(ctx, onTime);
  const body = renderer.blocks(tokens, ctx.width);
  return [body, ...renderer.endNotes()].filter(Boolean).join('\n\n').trimEnd();
}

class TerminalRenderer {
  private readonly links = new Map<string, number>();
  private readonly notes = new Map<string, { number: number; tokens: Token[] }>();
  private readonly style: Style;

  constructor(
    private readonly ctx: RenderContext,
    private readonly onTime: () => void = () => {},
  ) {
    this.style = ctx.plain || !ctx.color ? PLAIN_STYLE : COLOR_STYLE;
  }

  /** Blocks separated by blank lines, each fitted to `width`. */
  blocks(tokens: Token[], width: number, tight = false): string {
    const out: string[] = [];
    for (const token of tokens) {
      const text = this.block(token, Math.max(MIN_WIDTH, width));
      if (text) out.push(text);
    }
    return out.join(tight ? '\n' : '\n\n');
  }

  private block(token: Token, width: number): string {
    this.onTime();
    switch (token.type) {
      case 'paragraph':
      case 'text':
        return this.paragraph((token as Tokens.Paragraph).tokens ?? [{ type: 'text', raw: token.raw, text: (token as Tokens.Text).text }], width);
      case 'heading':
        return this.heading(token as Tokens.Heading, width);
      case 'list':
        return this.list(token as Tokens.List, width, 0);
      case 'blockquote':
        return this.quote(token as Tokens.Blockquote, width);
      case 'code':
        return this.code(token as Tokens.Code);
      case 'table':
        return renderTable(token as Tokens.Table, width, (cell) => this.inline(cell), this.ctx.plain);
      case 'hr':
        return this.style.dim(this.style.rule.repeat(Math.min(width, 60)));
      case 'html':
        return this.paragraph([{ type: 'text', raw: token.raw, text: htmlText(token.raw) }], width);
      case 'footnoteDefinition': {
        const def = token as FootnoteDefinition;
        const note = this.notes.get(def.label);
        if (note) note.tokens = def.tokens;
        else this.notes.set(def.label, { number: 0, tokens: def.tokens });
        return '';
      }
      default:
        return '';
    }
  }

  private paragraph(tokens: Token[], width: number): string {
    // A paragraph that holds nothing but pictures is their captions, one a line.
    if (tokens.every((t) => isPicture(t) || (t.type === 'text' && !/\S/.test((t as Tokens.Text).text)) || t.type === 'br')) {
      const captions = tokens.filter(isPicture).map((t) => this.caption(t));
      const mark = `${this.style.image} `;
      return captions
        .filter(Boolean)
        .map((c) => hang(this.style.caption(mark), fitText(c, width - mark.length).split('\n').map(this.style.caption).join('\n')))
        .join('\n');
    }
    return fitText(this.inline(tokens), width);
  }

  private heading(token: Tokens.Heading, width: number): string {
    const text = this.inline(token.tokens);
    const s = this.style;
    if (token.depth <= 2) {
      const lines = fitText(text, width);
      const rule = (token.depth === 1 ? s.h1Rule : s.h2Rule).repeat(Math.min(width, longestLine(lines)));
      return `${s.heading(token.depth, lines)}\n${s.dim(rule)}`;
    }
    const marker = `${s.headingMarker(token.depth)} `;
    return s.heading(token.depth, hang(marker, fitText(text, width - visibleWidth(marker))));
  }

  private list(token: Tokens.List, width: number, depth: number): string {
    const start = typeof token.start === 'number' ? token.start : 1;
    const markers = token.items.map((item, i) => {
      if (item.task) return item.checked ? this.style.checked : this.style.unchecked;
      return token.ordered ? `${start + i}.` : this.style.bullets[depth % this.style.bullets.length]!;
    });
    const markerWidth = markers.reduce((most, m) => Math.max(most, visibleWidth(m)), 0) + 1;
    const items = token.items.map((item, i) => {
      const body = this.item(item, width - markerWidth, depth);
      const marker = token.ordered && !item.task ? markers[i]!.padStart(markerWidth - 1) : markers[i]!.padEnd(markerWidth - 1);
      return hang(`${this.style.dim(marker)} `, body, markerWidth);
    });
    return items.join(token.loose ? '\n\n' : '\n');
  }

  private item(item: Tokens.ListItem, width: number, depth: number): string {
    const parts: string[] = [];
    for (const token of item.tokens) {
      if (token.type === 'checkbox') continue;
      const text = token.type === 'list' ? this.list(token as Tokens.List, Math.max(MIN_WIDTH, width), depth + 1) : this.block(token, Math.max(MIN_WIDTH, width));
      if (text) parts.push(text);
    }
    return parts.join(item.loose ? '\n\n' : '\n');
  }

  private quote(token: Tokens.Blockquote, width: number): string {
    const body = this.blocks(token.tokens, width - 2);
    const bar = this.style.dim(this.style.quoteBar);
    return body
      .split('\n')
      .map((line) => (line ? `${bar} ${this.style.quote(line)}` : bar))
      .join('\n');
  }

  // Code keeps its lines: never wrapped, never reflowed; only a labelled block is highlighted.
  private code(token: Tokens.Code): string {
    const text = token.text.replace(/\n+$/, '');
    const lang = token.lang?.trim().split(/\s+/)[0];
    let shown = text;
    if (lang && this.ctx.color && !this.ctx.plain) {
      try {
        shown = highlight(text, { language: lang, ignoreIllegals: true });
      } catch {
        shown = chalk.yellow(text); // a language highlight.js does not know
      }
    } else if (this.ctx.color && !this.ctx.plain) {
      shown = chalk.yellow(text);
    }
    return shown
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n');
  }

  // ---------------------------------------------------------------------------
  // Inline

  inline(tokens: Token[] | undefined): string {
    this.onTime();
    let out = '';
    for (const token of tokens ?? []) out += this.span(token);
    return out;
  }

  private span(token: Token): string {
    const s = this.style;
    switch (token.type) {
      case 'text':
      case 'escape':
        return (token as Tokens.Text).tokens ? this.inline((token as Tokens.Text).tokens) : readable((token as Tokens.Text).text);
      case 'strong':
        return s.strong(this.inline((token as Tokens.Strong).tokens));
      case 'em':
        return s.em(this.inline((token as Tokens.Em).tokens));
      case 'del':
        return s.del(this.inline((token as Tokens.Del).tokens));
      case 'codespan':
        return s.code(readable((token as Tokens.Codespan).text));
      case 'br':
        return '\n';
      case 'link':
        return this.link(token as Tokens.Link);
      case 'image':
        return this.picture(token);
      case 'html':
        return /^<br\s*\/?>$/i.test(token.raw.trim()) ? '\n' : '';
      case 'footnoteReference':
        return s.dim(superscript(this.noteNumber((token as FootnoteReference).label)));
      default:
        return 'tokens' in token && Array.isArray(token.tokens) ? this.inline(token.tokens) : readable(token.raw);
    }
  }

  private link(token: Tokens.Link): string {
    // A picture inside a link is the picture.
    if (token.tokens.length > 0 && token.tokens.every((t) => isPicture(t) || (t.type === 'text' && !/\S/.test((t as Tokens.Text).text)))) {
      return token.tokens.filter(isPicture).map((t) => this.picture(t)).join(' ');
    }
    const text = this.inline(token.tokens);
    const href = token.href;
    const web = /^(?:https?:|mailto:)/i.test(href);
    if (!web || !/\S/.test(text)) return text;
    const shown = this.ctx.hyperlinks ? osc8(href, this.style.link(text)) : this.style.link(text);
    const mode = this.ctx.links ?? 'footnote';
    // A link whose text is its address needs no note, nor a citation mark (`[12]`) that is one already.
    if (mode === 'none' || sameAddress(text, href) || /^\[[^\]]*\]$/.test(text.trim())) return shown;
    if (mode === 'inline') return `${shown} ${this.style.dim(`<${href}>`)}`;
    let n = this.links.get(href);
    if (n === undefined) {
      n = this.links.size + 1;
      this.links.set(href, n);
    }
    return `${shown}${this.style.dim(`[${n}]`)}`;
  }

  private picture(token: Token): string {
    const caption = this.caption(token);
    return caption ? this.style.caption(`${this.style.image} ${caption}`) : '';
  }

  // A picture's words: its caption or alt text, or '' when it has none or images are off.
  private caption(token: Token): string {
    if (this.ctx.images === 'none') return '';
    const image = (token.type === 'link' ? (token as Tokens.Link).tokens.find((t) => t.type === 'image') : token) as Tokens.Image;
    const caption = (readable(image.text ?? '').trim() || image.title?.trim()) ?? '';
    // An image with no words (a spacer, a decoration) is not worth a line.
    // Alt text is an attribute: HTML written into it is text, not markup to show.
    return caption.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
  }

  private noteNumber(label: string): number {
    let note = this.notes.get(label);
    if (!note) {
      note = { number: 0, tokens: [] };
      this.notes.set(label, note);
    }
    if (note.number === 0) note.number = [...this.notes.values()].filter((n) => n.number > 0).length + 1;
    return note.number;
  }

  /** Footnotes, then the link list: what the body's numbered marks point to. */
  endNotes(): string[] {
    const s = this.style;
    const width = this.ctx.width;
    const out: string[] = [];
    const notes = [...this.notes.values()].filter((n) => n.number > 0 && n.tokens.length > 0).sort((a, b) => a.number - b.number);
    if (notes.length > 0) {
      const markWidth = String(notes.length).length + 1;
      const lines = notes.map((n) => hang(s.dim(superscript(n.number).padEnd(markWidth)), this.blocks(n.tokens, width - markWidth, true), markWidth));
      out.push(`${s.dim(s.rule.repeat(Math.min(width, 20)))}\n${lines.join('\n')}`);
    }
    if (this.links.size > 0) {
      const markWidth = String(this.links.size).length + 3;
      const lines = [...this.links].map(([href, n]) => {
        const pieces = breakUrl(href, width - markWidth).map((piece) => (this.ctx.hyperlinks ? osc8(href, s.dim(piece)) : s.dim(piece)));
        return hang(s.dim(`[${n}]`.padEnd(markWidth)), pieces.join('\n'), markWidth);
      });
      out.push(`${s.heading(4, 'Links')}\n${lines.join('\n')}`);
    }
    return out;
  }
}

// ---------------------------------------------------------------------------
// Styles: with colour, and plain (no colour, still every marker).

interface Style {
  strong(t: string): string;
  em(t: string): string;
  del(t: string): string;
  code(t: string): string;
  link(t: string): string;
  dim(t: string): string;
  quote(t: string): string;
  caption(t: string): string;
  heading(level: number, t: string): string;
  headingMarker(level: number): string;
  bullets: string[];
  checked: string;
  unchecked: string;
  quoteBar: string;
  rule: string;
  h1Rule: string;
  h2Rule: string;
  image: string;
}

const PLAIN_STYLE: Style = {
  strong: (t) => t,
  em: (t) => t,
  del: (t) => t,
  code: (t) => t,
  link: (t) => t,
  dim: (t) => t,
  quote: (t) => t,
  caption: (t) => t,
  heading: (_level, t) => t,
  headingMarker: (level) => (level === 3 ? '▸' : '·'.repeat(level - 3)),
  bullets: BULLETS,
  checked: '☑',
  unchecked: '☐',
  quoteBar: '│',
  rule: '─',
  h1Rule: '═',
  h2Rule: '─',
  image: '▣',
};

const COLOR_STYLE: Style = {
  ...PLAIN_STYLE,
  strong: (t) => chalk.bold(t),
  em: (t) => chalk.italic(t),
  del: (t) => chalk.strikethrough(t),
  code: (t) => chalk.yellow(t),
  link: (t) => chalk.blue(t),
  dim: (t) => chalk.dim(t),
  quote: (t) => chalk.italic(t),
  caption: (t) => chalk.dim.italic(t),
  heading: (level, t) => (level === 1 ? chalk.bold.cyan.underline(t) : level === 2 ? chalk.bold.cyan(t) : level === 3 ? chalk.bold(t) : chalk.bold.dim(t)),
};

// ---------------------------------------------------------------------------
// Layout helpers

// Text as a reader sees it: entities decoded (marked decodes some itself), no control character left.
function readable(text: string): string {
  return stripUnsafe(decodeEntities(text));
}

function isPicture(token: Token): boolean {
  if (token.type === 'image') return true;
  return token.type === 'link' && (token as Tokens.Link).tokens.length > 0 && (token as Tokens.Link).tokens.every((t) => t.type === 'image' || (t.type === 'text' && !/\S/.test((t as Tokens.Text).text)));
}

/** Wrap styled text at spaces to `width`; a word longer than the line (a URL) is never cut. */
function fitText(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => wrapStyled(line.replace(/[ \t]+/g, ' ').trim(), Math.max(MIN_WIDTH, width)))
    .join('\n');
}

/** `marker` before the first line of `body`, the rest indented to line up under the first. */
function hang(marker: string, body: string, indent = visibleWidth(marker)): string {
  const pad = ' '.repeat(indent);
  return body
    .split('\n')
    .map((line, i) => (i === 0 ? marker + line : line ? pad + line : ''))
    .join('\n');
}

function longestLine(text: string): number {
  return text.split('\n').reduce((most, line) => Math.max(most, visibleWidth(line)), 0);
}

// Footnote marks are superscript numbers, so they never read as the `[n]` of a link.
function superscript(n: number): string {
  return String(n).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!);
}

const OSC = '\u001b]8;;';
const BEL = '\u0007';
function osc8(href: string, text: string): string {
  return `${OSC}${href}${BEL}${text}${OSC}${BEL}`;
}

function sameAddress(text: string, href: string): boolean {
  const bare = (s: string) => s.replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
  return bare(text) === bare(href);
}

// Raw HTML left in Markdown: its text, tags dropped.
function htmlText(html: string): string {
  return readable(html.replace(/<br\s*\/?>/gi, '\n').replace(/<!--[\s\S]*?-->|<[^>]*>/g, ' ')).trim();
}
