import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../src/load/plaintext.js';

const blocks = (text: string) => parsePlainText(text, 'test').blocks.map((b) => (b.kind === 'heading' ? `# ${b.text}` : b.text));

describe('parsePlainText', () => {
  it('takes the first non-empty line as the title', () => {
    expect(parsePlainText('\n\n  The Title  \nBody text here.', 't').title).toBe('The Title');
  });

  it.each([
    ['a headline of two short sentences', 'Virginian could make history. Again.\nBody.', 'Virginian could make history. Again.', 1],
    ['a paragraph of three sentences is the story', 'It rained. We stayed. Then it stopped.', 'story', 1],
    ['a long line of two sentences is the story', `${'A very long opening sentence that goes on and on about the council. '.repeat(2).trim()}`, 'story', 1],
  ])('%s', (_name, text, title, paragraphs) => {
    const doc = parsePlainText(text, 't', 'story');
    expect(doc.title).toBe(title);
    expect(doc.blocks).toHaveLength(paragraphs);
  });

  it.each([
    ['a paragraph a line', 'T\nFirst paragraph here.\nSecond paragraph here.', ['First paragraph here.', 'Second paragraph here.']],
    ['blank lines between paragraphs', 'T\n\nFirst one.\n\nSecond one.', ['First one.', 'Second one.']],
    [
      'hard-wrapped paragraphs are joined',
      'T\n\nThe committee met on Tuesday to discuss the budget and\nthe plans for the coming year, which were long\ndelayed.\n\nNext paragraph.',
      ['The committee met on Tuesday to discuss the budget and the plans for the coming year, which were long delayed.', 'Next paragraph.'],
    ],
    [
      'a short line without a stop before prose is a heading',
      'T\nLead paragraph.\nWhat Happened Next\nThe council voted.',
      ['Lead paragraph.', '# What Happened Next', 'The council voted.'],
    ],
    ['a line ending in a stop is not a heading', 'T\nIt ended.\nThe council voted.', ['It ended.', 'The council voted.']],
    ['a run of short lines is a list, not headings', 'T\nStop lying\nShow humility\nFill in the gaps.', ['Stop lying', 'Show humility', 'Fill in the gaps.']],
    ['a broken line before a lower-case one is not a heading', 'T\nEditor’s note: he regularly\nincites violence.', ['Editor’s note: he regularly', 'incites violence.']],
    ['the last line is never a heading', 'T\nSome text here.\nThe End', ['Some text here.', 'The End']],
  ])('%s', (_name, text, expected) => {
    expect(blocks(text)).toEqual(expected);
  });

  it('escapes Markdown in the text it renders', () => {
    const doc = parsePlainText('T\n*not emphasis* and <b>not html</b> &amp; 1. not a list', 't');
    expect(doc.markdown).toBe('\\*not emphasis\\* and \\<b\\>not html\\</b\\> \\&amp; 1. not a list');
  });
});
