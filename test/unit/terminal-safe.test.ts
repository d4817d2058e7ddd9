import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/present/terminal-safe.js';

const ESC = '\u001b';

describe('terminalSafe', () => {
  it.each([
    ['our colours pass', `${ESC}[1mbold${ESC}[22m ${ESC}[34mblue${ESC}[39m ${ESC}[2;3mdim${ESC}[0m`, `${ESC}[1mbold${ESC}[22m ${ESC}[34mblue${ESC}[39m ${ESC}[2;3mdim${ESC}[0m`],
    ['256 and true colours pass', `${ESC}[38;5;12mx${ESC}[38;2;1;2;3my`, `${ESC}[38;5;12mx${ESC}[38;2;1;2;3my`],
    ['conceal never passes, even marked as ours', `${ESC}[8mhidden${ESC}[0m`, `hidden${ESC}[0m`],
    ['conceal inside a list of codes', `${ESC}[1;8mhidden`, 'hidden'],
    ['blink and reverse never pass', `${ESC}[5ma${ESC}[7mb`, 'ab'],
    ['cursor moves lose their ESC, so they are only text', `${ESC}[2Jclear${ESC}[10;10H`, '[2Jclear[10;10H'],
    ['an OSC 8 link to a file: URL is dropped', `${ESC}]8;;file:///etc/passwd${ESC}\\x${ESC}]8;;${ESC}\\`, `x${ESC}]8;;${ESC}\\`],
  ])('%s', (_name, input, expected) => {
    expect(terminalSafe(input)).toBe(expected);
  });

  it('text not ours keeps no escape at all', () => {
    expect(terminalSafe(`${ESC}[1mbold${ESC}[0m`, false)).toBe('bold');
  });
});
