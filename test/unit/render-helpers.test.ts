import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../src/load/html/metadata.js';
import { breakUrl, wrapStyled } from '../../src/present/wrap.js';

describe('cleanAuthor', () => {
  it.each([
    ['By Erin Cunningham', undefined, 'Erin Cunningham'],
    ['by Lucas Nolan 22 Dec 2016', undefined, 'Lucas Nolan'],
    ['Written by Rob Ewaschuk', undefined, 'Rob Ewaschuk'],
    ['Ann Lee and Bo Chan', undefined, 'Ann Lee, Bo Chan'],
    ['Sam Hill | Harbour News', 'Harbour News', 'Sam Hill'],
    ['Harbour News', 'Harbour News', undefined],
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', undefined, 'Bradley M. Kuhn'],
    ['The council said on Tuesday that it would look again at the whole plan.', undefined, undefined],
  ])('%s → %s', (raw, site, expected) => {
    expect(cleanAuthor(raw, site)).toBe(expected);
  });
});

describe('breakUrl', () => {
  it.each([
    ['https://a.org/short', 40, ['https://a.org/short']],
    ['https://example.com/one/two/three/four', 20, ['https://example.com/', 'one/two/three/four']],
    ['https://example.com/path?x=1&y=2', 24, ['https://example.com/', 'path?x=1&y=2']],
    ['https://example.com/averyveryverylongsegment', 20, ['https://example.com/', 'averyveryverylongseg', 'ment']],
    ['https://a.org/q?ids=1%2C2%2C3', 16, ['https://a.org/q?', 'ids=1%2C2%2C3']],
  ])('%s at %i', (url, width, expected) => {
    expect(breakUrl(url, width)).toEqual(expected);
  });
});

describe('wrapStyled', () => {
  const BOLD = '\u001b[1m';
  const OFF = '\u001b[22m';
  it.each([
    ['plain words', 'one two three four', 9, 'one two\nthree\nfour', false],
    ['a long word stays whole', 'see Donaudampfschifffahrt now', 10, 'see\nDonaudampfschifffahrt\nnow', false],
    ['a long address breaks between its parts', 'see https://example.com/long/url now', 20, 'see\nhttps://example.com/\nlong/url now', false],
    ['CJK breaks between characters', '一二三四五六', 4, '一二\n三四\n五六', false],
    ['hard cuts a long word', 'abcdefghij', 4, 'abcd\nefgh\nij', true],
    ['colour is closed and reopened across a break', `${BOLD}one two${OFF} three`, 4, `${BOLD}one\u001b[0m\n${BOLD}two${OFF}\nthree`, false],
  ])('%s', (_name, text, width, expected, hard) => {
    expect(wrapStyled(text, width, hard)).toBe(expected);
  });
});
