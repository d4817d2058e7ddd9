import { describe, expect, it } from 'vitest';
import { fit, formatCompact, formatNumber, visibleWidth, wrap } from '../../src/present/text.js';

describe('present/text', () => {
  it.each([
    [0, 0, '0'],
    [34352, 0, '34,352'],
    [1234567.891, 2, '1,234,567.89'],
    [-1500, 0, '-1,500'],
    [2.5, 2, '2.5'],
    [64, 2, '64'],
  ])('formatNumber(%d, %d) = %s', (n, digits, out) => {
    expect(formatNumber(n, digits)).toBe(out);
  });

  it.each([
    [3360000000, '3.36B'],
    [1500000, '1.5M'],
    [999, '999'],
    [12345, '12.35K'],
  ])('formatCompact(%d) = %s', (n, out) => {
    expect(formatCompact(n)).toBe(out);
  });

  it.each([
    ['plain', 5],
    ['\u001b[1mbold\u001b[22m', 4],
    ['中文', 4],
    ['é', 1],
  ])('visibleWidth(%j) = %d', (text, width) => {
    expect(visibleWidth(text)).toBe(width);
  });

  it('fits text to a width with an ellipsis', () => {
    expect(fit('Historical Context', 10)).toBe('Historica…');
    expect(fit('short', 10)).toBe('short');
  });

  it('wraps to the width, indenting continuation lines', () => {
    const out = wrap('one two three four five six seven', 10, '  ');
    expect(out.split('\n').every((l) => l.length <= 10)).toBe(true);
    expect(out).toBe('one two\n  three\n  four\n  five six\n  seven');
  });

  it.each([
    ['Japanese with no spaces', 'トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」（CNET Japan）', 20, ''],
    ['Chinese after a Latin word, indented', 'Headline 中华人民共和国国务院新闻办公室今天举行发布会介绍情况', 16, '  '],
  ])('wide text with no spaces is cut between characters: %s', (_name, text, width, indent) => {
    const lines = wrap(text, width, indent).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(visibleWidth(line)).toBeLessThanOrEqual(width);
    expect(lines.map((l) => l.trim()).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});
