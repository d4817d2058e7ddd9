/** Deepest block nesting (quotes, list levels) passed on to the Markdown parser. */
export const MAX_NESTING = 8;

// Quote marks at the start of a line, each opening a level.
const QUOTES = /^(?:[ \t]{0,3}>[ \t]?)+/;
// Container markers after the indentation: list bullets (and quote marks inside them), each opening a level.
const CONTAINERS = /^(?:(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*)+/;
const MARKER = /(?:>|[-*+]|\d{1,9}[.)])[ \t]*/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const INDENT = /^[ \t]*/;

/**
 * Cap block nesting before marked sees the text: thousands of `>` or `- `
 * overflow its stack, lists nested a thousand deep take it half a minute, and
 * marked-terminal's work grows with every level. Levels are counted as the
 * parser opens them, whatever the indentation: each list item's own content
 * column (two spaces in, or six) is what a deeper item must pass. An item past
 * MAX_NESTING levels becomes a sibling at the deepest level kept, markers past
 * the cap on one line are dropped, and indentation is cut to what the open
 * levels need; fenced code is left as written.
 */
export function capNesting(markdown: string): string {
  let fence: string | undefined;
  // Content columns of the open list items, within the current run of quote marks.
  let items: number[] = [];
  let quoteDepth = 0;
  let afterBlank = true;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    if (!line.trim()) {
      afterBlank = true;
      continue;
    }
    const quotes = QUOTES.exec(line)?.[0] ?? '';
    const quoteCount = countQuotes(quotes);
    if (quoteCount !== quoteDepth) {
      items = [];
      quoteDepth = quoteCount;
    }
    const lead = quoteCount > MAX_NESTING ? `${'>'.repeat(MAX_NESTING)} ` : quotes;
    const rest = line.slice(quotes.length);
    const indent = INDENT.exec(rest)![0];
    const column = columns(indent);
    const body = rest.slice(indent.length);
    const prefix = CONTAINERS.exec(body)?.[0];
    const top = items[items.length - 1] ?? 0;
    let out = line;
    // Four columns past the innermost item's content is code, not a deeper item.
    if (prefix && column < top + 4) {
      // A new item closes every open item whose content it does not reach.
      while (items.length > 0 && items[items.length - 1]! > column) items.pop();
      const markers = prefix.match(MARKER)!;
      const outer = Math.min(quoteCount, MAX_NESTING);
      let room = MAX_NESTING - outer - items.length;
      let at = column;
      if (room < 1) {
        // Too deep: a child of the deepest item kept, at that item's content column.
        items.length = Math.max(0, MAX_NESTING - outer - 1);
        at = items[items.length - 1] ?? 0;
        room = 1;
      }
      const kept = markers.slice(0, room);
      if (kept.length < markers.length || at !== column || lead !== quotes) {
        out = `${lead}${' '.repeat(at)}${kept.join('').trimEnd()} ${body.slice(prefix.length)}`;
      }
      for (const m of kept) items.push((at += m.length));
    } else {
      // Text after a blank line belongs only to the items its indentation reaches.
      if (afterBlank) while (items.length > 0 && items[items.length - 1]! > column) items.pop();
      // Beyond the innermost item's content, four more columns make code; more than that is only depth.
      const most = (items[items.length - 1] ?? 0) + 4;
      if (column > most || lead !== quotes) out = `${lead}${' '.repeat(Math.min(column, most))}${body}`;
    }
    lines[i] = out;
    afterBlank = false;
  }
  return lines.join('\n');
}

function countQuotes(quotes: string): number {
  let n = 0;
  for (let i = quotes.indexOf('>'); i !== -1; i = quotes.indexOf('>', i + 1)) n++;
  return n;
}

// Tabs advance to the next multiple of four, as CommonMark counts them.
function columns(indent: string): number {
  let n = 0;
  for (const c of indent) n = c === '\t' ? n + 4 - (n % 4) : n + 1;
  return n;
}
