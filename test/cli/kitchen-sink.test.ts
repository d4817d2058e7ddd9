import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// Every Markdown construct through the built binary, at 40 and 80 columns, with colour and without, and --plain.
const SINK = 'test/fixtures/kitchen-sink.md';
const ESC = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0007]*\u0007/g;
const CODE_LINE = 'unlabeled code line that is very long and must never be wrapped by the renderer, whatever the width is';

const modes = [
  { name: 'no colour', args: ['--no-color'], env: {} },
  { name: 'colour', args: [], env: { FORCE_COLOR: '1' } },
  { name: 'plain', args: ['--plain'], env: { FORCE_COLOR: '1' } },
];

describe.each([40, 80])('the kitchen sink at %i columns', (width) => {
  describe.each(modes)('$name', ({ name, args, env }) => {
    const { code, stdout, stderr } = runCli(['read', SINK, '--no-pager', '--width', String(width), ...args], { env });
    const text = stdout.replace(ESC, '');
    const lines = text.split('\n');
    const flat = text.replace(/\s+/g, ' ');

    it('exits 0 and prints no raw Markdown', () => {
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(text).not.toMatch(/\*\*|!\[|\]\(|\[\^|\[ \]|\[x\]|^#+ /m);
      if (name !== 'colour') expect(stdout).not.toMatch(/\u001b/);
      else expect(stdout).toMatch(/\u001b\[1m/);
    });

    it('fits the width everywhere but in code, which is never wrapped', () => {
      const wide = lines.filter((l) => [...l].length > width);
      expect(wide.map((l) => l.trim())).toEqual(wide.length ? [CODE_LINE] : []);
      expect(lines.some((l) => l.trim() === CODE_LINE)).toBe(true);
      expect(lines.some((l) => l.trim() === 'indented code line' && / {2}indented/.test(l))).toBe(true);
    });

    it('shows the title once and tells heading levels apart', () => {
      expect(lines.filter((l) => l.trim() === 'Kitchen Sink')).toHaveLength(1);
      const after = (heading: string) => lines[lines.findIndex((l) => l.includes(heading)) + 1]!;
      expect(after('Second Level')).toMatch(/^─+$/);
      expect(lines.find((l) => l.includes('Third Level'))).toMatch(/^▸ Third Level$/);
      expect(lines.find((l) => l.includes('Fourth Level'))).toMatch(/^· Fourth Level$/);
    });

    it('keeps nested list levels and hangs wrapped lines under their own bullet', () => {
      const outer = lines.findIndex((l) => l.startsWith('• Outer item'));
      const inner = lines.findIndex((l) => l.startsWith('  ◦ Inner item'));
      expect(outer).toBeGreaterThanOrEqual(0);
      expect(inner).toBeGreaterThan(outer);
      for (const l of lines.slice(outer + 1, inner)) expect(l).toMatch(/^ {2}\S/);
      expect(lines.some((l) => l.startsWith('    ▪ Innermost item'))).toBe(true);
      expect(flat).toContain('emphasis inside the item');
    });

    it('numbers ordered lists and shows each task box once', () => {
      expect(lines.filter((l) => /^[123]\. (?:First|Second|Third) step$/.test(l))).toHaveLength(3);
      expect(lines.filter((l) => l === '☐ Open task')).toHaveLength(1);
      expect(lines.filter((l) => l === '☑ Done task')).toHaveLength(1);
    });

    it('bars block quotes, nested ones twice', () => {
      expect(lines.some((l) => l.startsWith('│ A quote with styled words'))).toBe(true);
      expect(lines.some((l) => l === '│ │ A nested quote.')).toBe(true);
    });

    it('fits tables to the width with their alignment, or one record a row', () => {
      const row = lines.find((l) => l.includes('Ada Lovelace'))!;
      expect(row).toMatch(/analyst/);
      // The Count column is right-aligned: 7 ends where 1200 ends.
      const count = lines.find((l) => /\b1200\b/.test(l))!;
      expect(row.indexOf('7') + 1).toBe(count.indexOf('1200') + 4);
      if (width === 40) expect(lines).toContain('Theta: eighth value');
      for (const value of ['Alpha', 'first', 'Theta', 'eighth']) expect(flat).toContain(value);
    });

    it('shows pictures as caption lines, footnotes as numbered notes, links as numbered targets', () => {
      expect(lines.some((l) => l.startsWith('▣ A harbour at dawn'))).toBe(true);
      expect(lines.some((l) => l.startsWith('▣ A linked picture of a lighthouse'))).toBe(true);
      expect(flat).toMatch(/a note\.¹/);
      expect(lines.some((l) => l.startsWith("¹ The footnote's own text."))).toBe(true);
      expect(flat).toContain('link to a page[1]');
      const target = lines.findIndex((l) => l.startsWith('[1] https://example.com/a/very/long/'));
      expect(target).toBeGreaterThan(0);
      // A long URL is cut only after a slash, never inside a word.
      expect(lines.slice(target, target + 3).map((l) => l.replace(/^\[1\]/, '').trim()).join('')).toContain('index.html?query=1&b=2');
    });

    it('draws horizontal rules', () => {
      expect(lines.filter((l) => /^─{20,}$/.test(l)).length).toBeGreaterThanOrEqual(2);
    });
  });
});

describe('read --links and --images', () => {
  const page = (args: string[]) => runCli(['read', SINK, '--no-pager', '--width', '80', ...args]).stdout.replace(/\s+/g, ' ');

  it('--links inline shows each URL in place and no list', () => {
    const out = page(['--links', 'inline']);
    expect(out).toContain('link to a page <https://example.com/a/very/long/path');
    expect(out).not.toContain(' Links [1] ');
  });

  it('--links none shows the text only', () => {
    const out = page(['--links', 'none']);
    expect(out).toContain('link to a page and a note');
    expect(out).not.toContain('https://example.com/a/very');
  });

  it('--images none leaves pictures out', () => {
    expect(page(['--images', 'none'])).not.toContain('▣');
  });

  it('rejects an unknown style with exit 2', () => {
    expect(runCli(['read', SINK, '--links', 'sideways']).code).toBe(2);
  });

  it('makes link text clickable with OSC 8 where the terminal supports it, never inside tmux', () => {
    const env = { FORCE_COLOR: '1', FORCE_HYPERLINK: '1' };
    // Piped output is not a terminal: no OSC 8, whatever the environment says.
    expect(runCli(['read', SINK, '--no-pager'], { env }).stdout).not.toContain('\u001b]8;;');
  });
});
