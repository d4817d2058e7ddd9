import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/present/progress.js';

function fakeTerminal(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, columns: 60, write: (s: string) => writes.push(s) }, writes };
}

describe('progress bar', () => {
  it('draws nothing for work done within half a second, then the bar with counts', () => {
    let t = 0;
    const { stream, writes } = fakeTerminal(true);
    const bar = progressBar(4, 'articles', stream, () => t);
    t = 100;
    bar.tick();
    expect(writes).toEqual([]);
    t = 600;
    bar.tick();
    expect(writes.at(-1)).toMatch(/^\r\u001b\[2K\[█+░+\] 2\/4 articles$/);
    bar.end();
    expect(writes.at(-1)).toBe('\r\u001b\[2K');
  });

  it('redraws at most ten times a second', () => {
    let t = 0;
    const { stream, writes } = fakeTerminal(true);
    const bar = progressBar(100, 'articles', stream, () => t);
    t = 1000;
    for (let i = 0; i < 50; i++) bar.tick();
    expect(writes).toHaveLength(1);
  });

  it('is silent when standard error is not a terminal', () => {
    let t = 0;
    const { stream, writes } = fakeTerminal(false);
    const bar = progressBar(4, 'articles', stream, () => t);
    t = 5000;
    bar.tick();
    bar.show();
    bar.end();
    expect(writes).toEqual([]);
  });
});
