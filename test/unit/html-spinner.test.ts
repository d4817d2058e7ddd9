import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeProgress, fetchSpinner } from '../../src/present/spinner.js';

const URL_ = 'https://news.example/story.html';
const terminal = () => {
  const writes: string[] = [];
  return { isTTY: true, columns: 80, writes, write: (text: string) => writes.push(text) };
};

describe('fetchSpinner', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is nothing when standard error is not a terminal', () => {
    expect(fetchSpinner({ isTTY: false, write: () => true })).toBeUndefined();
  });

  it('stays silent for a fetch that ends within half a second', () => {
    const stream = terminal();
    const progress = fetchSpinner(stream)!;
    progress({ phase: 'connecting', url: URL_ });
    vi.advanceTimersByTime(450);
    progress({ phase: 'done' });
    vi.advanceTimersByTime(2000);
    expect(stream.writes).toEqual([]);
  });

  it('says what a slow fetch waits for, animates, and clears its line when done', () => {
    const stream = terminal();
    const progress = fetchSpinner(stream)!;
    progress({ phase: 'connecting', url: URL_ });
    vi.advanceTimersByTime(600);
    expect(stream.writes.at(-1)).toMatch(/^\r\x1b\[2K\S waiting for news\.example…$/);
    progress({ phase: 'downloading', url: URL_, received: 3 * 1024 * 1024, total: 6 * 1024 * 1024 });
    vi.advanceTimersByTime(200);
    expect(new Set(stream.writes.map((w) => w.slice(5, 6))).size).toBeGreaterThan(1);
    expect(stream.writes.at(-1)).toMatch(/downloading from news\.example: 3\.0 MB of 6\.0 MB…$/);
    progress({ phase: 'done' });
    expect(stream.writes.at(-1)).toBe('\r\x1b[2K');
    const count = stream.writes.length;
    vi.advanceTimersByTime(2000);
    expect(stream.writes.length).toBe(count);
  });

  it('fits its line to the terminal width', () => {
    const stream = { ...terminal(), columns: 30 };
    const progress = fetchSpinner(stream)!;
    progress({ phase: 'connecting', url: `https://${'very-long-host-name.'.repeat(5)}example/` });
    vi.advanceTimersByTime(600);
    expect([...stream.writes.at(-1)!.replace('\r\x1b[2K', '')].length).toBeLessThanOrEqual(30);
  });
});

describe('describeProgress', () => {
  it.each([
    [{ phase: 'connecting', url: 'http://127.0.0.1:8080/a' } as const, 'waiting for 127.0.0.1:8080…'],
    [{ phase: 'downloading', url: URL_, received: 512 * 1024 } as const, 'downloading from news.example: 0.5 MB…'],
    [{ phase: 'downloading', url: URL_, received: 1024 * 1024, total: 2.5 * 1024 * 1024 } as const, 'downloading from news.example: 1.0 MB of 2.5 MB…'],
  ])('%o', (progress, text) => {
    expect(describeProgress(progress)).toBe(text);
  });
});
