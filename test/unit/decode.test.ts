import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/load/decode.js';
import { stripUnsafe } from '../../src/load/sanitize.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
  it.each([
    ['drops a BOM', bytes([0xef, 0xbb, 0xbf], 'Hi'), 'Hi'],
    ['normalises CRLF and lone CR', bytes('a\r\nb\rc'), 'a\nb\nc'],
    ['strips ESC sequences to harmless text', bytes('a\u001b[31mred'), 'a[31mred'],
    ['strips C1 controls such as CSI 0x9B', bytes('a\u009b31mb'), 'a31mb'],
    ['strips bidi overrides', bytes('a\u202eb\u2066c'), 'abc'],
    ['keeps tab and newline', bytes('a\tb\nc'), 'a\tb\nc'],
  ])('%s', (_name, input, expected) => {
    expect(decodeText(input, 'x')).toBe(expected);
  });

  it.each([
    ['NUL bytes', bytes('ab', [0], 'c'), /binary/],
    ['invalid UTF-8, with the offset', bytes('abc', [0xff], 'd'), /not valid UTF-8 \(first bad byte at offset 3\)/],
    ['only white space', bytes(' \n\t '), /is empty/],
  ])('refuses %s', (_name, input, message) => {
    expect(() => decodeText(input, 'x')).toThrow(message);
  });
});

describe('stripUnsafe', () => {
  it('removes DEL and every C0 control but tab and newline', () => {
    let all = '';
    for (let c = 0; c < 0x20; c++) all += String.fromCharCode(c);
    expect(stripUnsafe(`${all}\u007f`)).toBe('\t\n');
  });

  it('removes soft hyphens, which would cut a name in two', () => {
    expect(stripUnsafe('Vladi\u00ADmir Pu\u00ADtin')).toBe('Vladimir Putin');
  });
});
