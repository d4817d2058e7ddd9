import { describe, expect, it } from 'vitest';
import { boilerplateRole } from '../../src/boilerplate.js';
import { buildArticle } from '../../src/model.js';
import { parseMarkdown } from '../../src/load/markdown.js';

describe('boilerplateRole', () => {
  it.each([
    ['Photo: Jane Doe/AFP', 'credit'],
    ['In this photo dated Tuesday, Nov. 29, 2016, the rocket is installed on a launch pad.', 'caption'],
    ['Credit: Jeon Heon-Kyun/EPA, via Shutterstock', 'credit'],
    ['Chang W. Lee/Getty Images', 'credit'],
    ['By Erin Cunningham', 'byline'],
    ['By Ann Lee and Bo Chan', 'byline'],
    ['Sept. 25, 2018', 'dateline'],
    ['Updated 12:00 PM PT', 'dateline'],
    ['Published 3 hours ago', 'dateline'],
    ['READ MORE: Council votes again on the plan', 'related'],
    ['Related: The quay, explained', 'related'],
    ['WATCH: the storm hits the coast', 'related'],
    ['Sign up for our daily newsletter to get the news first.', 'prompt'],
  ])('%s is %s', (text, role) => {
    expect(boilerplateRole(text)).toBe(role);
  });

  it.each([
    'By the end of the year, the council had spent twelve million pounds on the quay.',
    'The photo shows the harbour at dawn, and the council says it will be kept as it is.',
    '“Sign up or leave,” the mayor told the fishermen, according to two people present.',
    'Related stories were told by the fishermen for decades before the council listened to them.',
    'Reuters reported that the vote was close.',
    'In this town, the photo shop is the last one open after six.',
  ])('%s is prose', (text) => {
    expect(boilerplateRole(text)).toBeUndefined();
  });

  it('keeps boilerplate out of the sections, paragraphs and text', () => {
    const article = buildArticle(parseMarkdown('# T\n\nPhoto: Jane Doe/AFP\n\nThe council met.\n\nREAD MORE: [Next](https://x.org)\n', 'x.md', 'x'));
    expect(article.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(['The council met.']);
    expect(article.text).not.toContain('AFP');
    expect(article.markdown).toContain('Photo: Jane Doe/AFP');
  });
});
