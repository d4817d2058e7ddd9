import { describe, expect, it } from 'vitest';
import { MAX_RUN, redact } from '../../src/redact.js';

describe('redact', () => {
  it.each([
    ['a password in a URL is hidden', 'cannot fetch https://ann:s3cret@example.com/x', 'cannot fetch https://ann:***@example.com/x'],
    ['a user name alone stays', 'https://ann@example.com/', 'https://ann@example.com/'],
    ['ordinary text is untouched', 'no such file: story.md', 'no such file: story.md'],
  ])('%s', (_name, input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('a 100 KB URL is cut to one screen line', () => {
    const out = redact(`article: https://example.com/${'a'.repeat(100_000)} is not a web page`);
    expect(out.length).toBeLessThan(MAX_RUN + 40);
    expect(out).toMatch(/^article: https:\/\/example\.com\/a+… is not a web page$/);
  });

  it('a long word with no scheme in it costs one pass', () => {
    expect(redact(`x${'a'.repeat(200_000)}`)).toHaveLength(MAX_RUN);
  });
});
