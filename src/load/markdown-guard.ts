/** Deepest block nesting (quotes, list levels) passed on to the Markdown parser. */
export const MAX_NESTING = 8;

// Container markers at the start of a line: quote marks and list bullets, each opening a level.
const CONTAINERS = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?)+/;
const MARKER = /[ \t]*(?:>|[-*+]|\d{1,9}[.)])[ \t]?/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Cap block nesting before marked sees the text: thousands of `>` or `- `
 * overflow its stack and lists nested a thousand deep take it half a minute.
 * Container markers past MAX_NESTING on a line are dropped and indentation is
 * cut to MAX_NESTING levels; fenced code is left as written.
 */
export function capNesting(markdown: string): string {
  const maxIndent = MAX_NESTING * 4;
  let fence: string | undefined;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    const prefix = CONTAINERS.exec(line)?.[0];
    if (prefix) {
      const markers = prefix.match(MARKER)!;
      if (markers.length > MAX_NESTING) line = `${markers.slice(0, MAX_NESTING).join('').trimEnd()} ${line.slice(prefix.length)}`;
    }
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent.length > maxIndent) line = ' '.repeat(maxIndent) + line.slice(indent.length);
    lines[i] = line;
  }
  return lines.join('\n');
}
