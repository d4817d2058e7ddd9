import chalk from 'chalk';
import type { Tokens } from 'marked';
import { wrapStyled } from './wrap.js';
import { visibleWidth } from './text.js';

type Align = 'left' | 'right' | 'center' | null;

// A column narrower than this cannot hold a word: the table reads better one record a row.
const MIN_COLUMN = 6;

/**
 * A table fitted to `width`: drawn with box lines when every column gets room
 * (cells wrap, alignment honoured), else one record per row ("header: value").
 * `plain` tables use spaces for lines. Colour follows chalk's level.
 */
export function renderTable(token: Tokens.Table, width: number, inline: (cell: Tokens.TableCell['tokens']) => string, plain = false): string {
  const header = token.header.map((cell) => inline(cell.tokens).replace(/\s+/g, ' ').trim());
  const rows = token.rows.map((row) => header.map((_, i) => (row[i] ? inline(row[i]!.tokens).replace(/\s+/g, ' ').trim() : '')));
  const align = header.map((_, i) => token.align[i] ?? null);
  const columns = header.length;
  // Borders: `│ a │ b │` takes 3 columns a cell plus 1; plain: two spaces between cells.
  const frame = plain ? 2 * (columns - 1) : 3 * columns + 1;
  const natural = header.map((h, i) => Math.max(visibleWidth(h), ...rows.map((r) => visibleWidth(r[i]!)), 1));
  const widths = fitColumns(natural, width - frame);
  if (!widths) return records(header, rows, width);
  const lines: string[] = [];
  const bar = (left: string, mid: string, right: string) => `${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`;
  const dim = chalk.dim;
  const emit = (cells: string[], head: boolean) => {
    const wrapped = cells.map((c, i) => wrapStyled(c, widths[i]!, true).split('\n'));
    const height = wrapped.reduce((most, w) => Math.max(most, w.length), 0);
    for (let line = 0; line < height; line++) {
      const parts = wrapped.map((w, i) => {
        const text = w[line] ?? '';
        const cell = pad(text, widths[i]!, head ? 'left' : align[i]!);
        return head && text ? chalk.bold(cell) : cell;
      });
      lines.push(plain ? parts.join('  ').trimEnd() : `${dim('│')} ${parts.join(` ${dim('│')} `)} ${dim('│')}`);
    }
  };
  if (!plain) lines.push(dim(bar('┌', '┬', '┐')));
  emit(header, true);
  lines.push(plain ? widths.map((w) => '-'.repeat(w)).join('  ') : dim(bar('├', '┼', '┤')));
  for (const row of rows) emit(row, false);
  if (!plain) lines.push(dim(bar('└', '┴', '┘')));
  return lines.join('\n');
}

/** Column widths that fit `room`: natural widths if they fit, else the widest shrunk first; undefined when they cannot. */
function fitColumns(natural: number[], room: number): number[] | undefined {
  const widths = [...natural];
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > room) {
    let widest = 0;
    for (let i = 1; i < widths.length; i++) if (widths[i]! > widths[widest]!) widest = i;
    if (widths[widest]! <= MIN_COLUMN) return undefined;
    widths[widest]!--;
    total--;
  }
  return widths;
}

function pad(text: string, width: number, align: Align): string {
  const gap = Math.max(0, width - visibleWidth(text));
  if (align === 'right') return ' '.repeat(gap) + text;
  if (align === 'center') return ' '.repeat(gap >> 1) + text + ' '.repeat(gap - (gap >> 1));
  return text + ' '.repeat(gap);
}

// One record a row: each cell under its header's name, rows apart.
function records(header: string[], rows: string[][], width: number): string {
  return rows
    .map((row) =>
      row
        .map((cell, i) => wrapStyled(`${chalk.bold(`${header[i] || `${i + 1}`}:`)} ${cell}`, width, true).replace(/\n/g, '\n  '))
        .join('\n'),
    )
    .join('\n\n');
}
