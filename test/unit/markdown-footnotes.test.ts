import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/present/markdown.js';

const ctx = { width: 80, color: false, pager: false, rows: 0, plain: true } as never;

describe('footnote definitions', () => {
  it.each([
    ['after a blank line', 'A claim.[^1]\n\n[^1]: The source.\n'],
    ['right under the paragraph that cites it', 'A claim.[^1]\n[^1]: The source.\n'],
    ['after many paragraphs without one', `${'Plain words here.\n\n'.repeat(50)}A claim.[^1]\n\n[^1]: The source.\n`],
  ])('are numbered notes, %s', (_name, markdown) => {
    const out = renderMarkdown(markdown, ctx);
    expect(out).not.toContain('[^1]');
    expect(out).toMatch(/The source\./);
  });
});
