import chalk from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, RenderTimeout } from '../../src/present/markdown.js';
import { renderWithin } from '../../src/present/render-budget.js';

const ctx = { width: 80, color: true, pager: false, rows: 0 } as never;

describe('rendering under a deadline', () => {
  it('a deadline already past stops the render with RenderTimeout', () => {
    expect(() => renderMarkdown('A paragraph.\n\n- a list\n', ctx, 0)).toThrow(RenderTimeout);
  });

  it('a small article past its budget is reported too slow, for the plain-text fallback', async () => {
    expect(await renderWithin('A paragraph.\n\n- item\n', ctx, -1)).toEqual({ failed: 'too slow' });
  });

  it('within its budget, it renders', async () => {
    expect(await renderWithin('A paragraph.', ctx, 60_000)).toEqual({ text: expect.stringContaining('A paragraph.') });
  });

  it('nested lists do not multiply colour codes: output grows with depth, not twice a level', () => {
    const nested = (depth: number) => Array.from({ length: depth }, (_, x) => `${'  '.repeat(x)}* a`).join('\n');
    const level = chalk.level;
    chalk.level = 1;
    try {
      const small = renderMarkdown(nested(4), ctx).length;
      const large = renderMarkdown(nested(8), ctx).length;
      expect(large).toBeLessThan(small * 4);
    } finally {
      chalk.level = level;
    }
  });
});
