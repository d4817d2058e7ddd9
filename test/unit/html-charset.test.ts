import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/load/html/charset.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

// “Café” €5 — in windows-1252: 0x93 C a f 0xE9 0x94 space 0x80 5
const CAFE_1252 = [0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80, 0x35];
const CAFE = '“Café” €5';

describe('decodeHtml', () => {
  it.each([
    ['UTF-8 with no declaration', Buffer.from(`<p>${CAFE}</p>`), undefined, `<p>${CAFE}</p>`],
    ['a UTF-8 byte-order mark over a wrong header', bytes([0xef, 0xbb, 0xbf], Buffer.from(CAFE).toString('latin1')), 'text/html; charset=windows-1252', CAFE],
    ['the charset of the Content-Type header', bytes(CAFE_1252), 'text/html; charset=windows-1252', CAFE],
    ['a quoted header charset', bytes(CAFE_1252), 'text/html; charset="ISO-8859-1"', CAFE],
    ['<meta charset>', bytes('<meta charset="windows-1252"><p>', CAFE_1252), null, `<meta charset="windows-1252"><p>${CAFE}`],
    ['<meta http-equiv>', bytes('<meta http-equiv="Content-Type" content="text/html; charset=latin1">', CAFE_1252), undefined, `<meta http-equiv="Content-Type" content="text/html; charset=latin1">${CAFE}`],
    ['the header over <meta>', bytes('<meta charset="utf-8">', CAFE_1252), 'text/html;charset=cp1252', `<meta charset="utf-8">${CAFE}`],
    ['windows-1252 when the bytes are not UTF-8 and nothing is declared', bytes(CAFE_1252), 'text/html', CAFE],
    ['sniffing when the label is unknown', bytes(CAFE_1252), 'text/html; charset=x-no-such-thing', CAFE],
    ['UTF-8 for a page that claims UTF-16 from inside itself', Buffer.from(`<meta charset="utf-16">${CAFE}`), undefined, `<meta charset="utf-16">${CAFE}`],
    // A page saved as UTF-8 keeps its old declaration: bytes that are valid UTF-8 are read as UTF-8.
    ['UTF-8 bytes under a stale <meta charset=gb2312>', Buffer.from('<meta charset="gb2312"><p>谷歌</p>'), null, '<meta charset="gb2312"><p>谷歌</p>'],
    ['UTF-8 bytes under a stale <meta charset=windows-1252>', Buffer.from(`<meta charset="windows-1252">${CAFE}`), undefined, `<meta charset="windows-1252">${CAFE}`],
    ['Shift_JIS from the header', bytes([0x93, 0xfa, 0x96, 0x7b]), 'text/html; charset=Shift_JIS', '日本'],
    ['CRLF line ends', Buffer.from('a\r\nb\rc'), undefined, 'a\nb\nc'],
  ])('follows %s', (_name, input, contentType, expected) => {
    expect(decodeHtml(input, contentType)).toBe(expected);
  });

  it.each([
    ['an escape character', bytes('a', [0x1b], '[31mb'), 'a[31mb'],
    ['a one-byte CSI in UTF-8', Buffer.from('a\u009b31mb'), 'a31mb'],
    ['a bidi override', Buffer.from('a\u202eb'), 'ab'],
  ])('drops %s', (_name, input, expected) => {
    expect(decodeHtml(input)).toBe(expected);
  });

  it('maps every windows-1252 byte from 0x80 to 0x9F as browsers do', () => {
    const high = decodeHtml(bytes(Array.from({ length: 32 }, (_, i) => 0x80 + i)), 'text/html; charset=windows-1252');
    // The five bytes the standard leaves as C1 controls are then dropped as unsafe.
    expect(high).toBe('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
  });
});
