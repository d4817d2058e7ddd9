import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/sentences.js';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['two plain sentences', 'It rained. We stayed in.', ['It rained.', 'We stayed in.']],
    ['title abbreviations', 'Dr. Park met Mr. Kim and Mrs. Lee. Then they left.', ['Dr. Park met Mr. Kim and Mrs. Lee.', 'Then they left.']],
    ['saint', 'They met on St. Mark Street. It was cold.', ['They met on St. Mark Street.', 'It was cold.']],
    ['month abbreviation', 'It began on Sept. 12 in Ohio. Nobody came.', ['It began on Sept. 12 in Ohio.', 'Nobody came.']],
    ['No. before a number', 'He lives at No. 10 Downing Street. It is old.', ['He lives at No. 10 Downing Street.', 'It is old.']],
    ['company suffix mid-sentence', 'Apple Inc. Chief Tim Cook spoke. He smiled.', ['Apple Inc. Chief Tim Cook spoke.', 'He smiled.']],
    ['company suffix at the end', 'He joined Acme Inc. The firm grew.', ['He joined Acme Inc.', 'The firm grew.']],
    ['dotted acronym mid-sentence', 'The U.S. Army said so. Others did not.', ['The U.S. Army said so.', 'Others did not.']],
    ['dotted acronym at the end', 'He moved to the U.S. The move was hard.', ['He moved to the U.S.', 'The move was hard.']],
    ['decimals and money', 'Sales hit $3.36bn. The road is 2.5 miles long.', ['Sales hit $3.36bn.', 'The road is 2.5 miles long.']],
    ['initials', 'J. K. Rowling wrote it. Fans cheered.', ['J. K. Rowling wrote it.', 'Fans cheered.']],
    ['a number before the stop is no initial', 'It is on March 8. "Go," she said.', ['It is on March 8.', '"Go," she said.']],
    ['non-ASCII capitals start a sentence', 'Il est parti. Été arrive.', ['Il est parti.', 'Été arrive.']],
    [
      'a quote ended by a comma stays with its attribution',
      "'This is rare in place,' said Dr. Park Ji-young, a security analyst at the Sejong Institute. 'The soldier knew.'",
      ["'This is rare in place,' said Dr. Park Ji-young, a security analyst at the Sejong Institute.", "'The soldier knew.'"],
    ],
    ['closing quote after the stop', '“We won.” The crowd roared.', ['“We won.”', 'The crowd roared.']],
    ['question quote with attribution', '"Why now?" he asked. Nobody knew.', ['"Why now?" he asked.', 'Nobody knew.']],
    ['lower-case continuation', 'It cost approx. five dollars. Fine.', ['It cost approx. five dollars.', 'Fine.']],
    ['ellipsis', 'He paused... Then he spoke.', ['He paused...', 'Then he spoke.']],
    ['one sentence without a stop', 'No stop here', ['No stop here']],
    ['white space around', '  Padded.  Again.  ', ['Padded.', 'Again.']],
    ['a run of stops is one stop', 'Wait?!?! Then?!... Go.', ['Wait?!?!', 'Then?!...', 'Go.']],
    ['a long run of stops with no space after is no boundary', `A start${'.'.repeat(100_000)}`, [`A start${'.'.repeat(100_000)}`]],
    ['long runs between words', `One${'!'.repeat(50_000)} Two${'…'.repeat(50_000)} Three.`, [`One${'!'.repeat(50_000)}`, `Two${'…'.repeat(50_000)}`, 'Three.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('returns nothing for white space', () => {
    expect(splitSentences('   \n ')).toEqual([]);
  });
});
