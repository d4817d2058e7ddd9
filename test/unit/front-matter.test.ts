import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/load/front-matter.js';

const meta = (yaml: string) => splitFrontMatter(`---\n${yaml}\n---\nBody`, 's').meta;

describe('splitFrontMatter', () => {
  it.each([
    ['plain scalars', 'title: A Title\nauthor: Jo Bloggs', { title: 'A Title', author: 'Jo Bloggs' }],
    ['double quotes with a colon and escapes', 'title: "Analysis: \\"It\\" works"', { title: 'Analysis: "It" works' }],
    ['single quotes', "title: 'It''s here'", { title: "It's here" }],
    ['dates and numbers stay text', 'date: 2025-10-19\nyear: 2025', { date: '2025-10-19', year: '2025' }],
    ['comments, blanks and nulls are skipped', '# note\n\ntitle: T\nauthor: ~\nsource:', { title: 'T' }],
    ['lists are richer YAML, read by js-yaml, and kept', 'title: T\ntags:\n  - a\n  - b', { title: 'T', tags: ['a', 'b'] }],
    ['maps are kept, their strings made safe', 'title: T\nby:\n  name: "A\\eB"', { title: 'T', by: { name: 'AB' } }],
    ['a list that aliases make huge is dropped', `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle: T`, { a: Array(10).fill('x'), b: Array(10).fill(Array(10).fill('x')), title: 'T' }],
    ['folded blocks go to js-yaml', 'title: >\n  Long\n  title', { title: 'Long title\n' }],
    ['flow mappings go to js-yaml', '{title: Flow}', { title: 'Flow' }],
  ])('%s', (_name, yaml, expected) => {
    expect(meta(yaml)).toEqual(expected);
  });

  it('returns the body after the front matter, and the text unchanged without any', () => {
    expect(splitFrontMatter('---\ntitle: T\n---\nBody', 's').body).toBe('Body');
    expect(splitFrontMatter('No front matter', 's')).toEqual({ meta: {}, body: 'No front matter' });
  });

  it('names the source when the YAML is broken', () => {
    expect(() => meta('title: [unclosed')).toThrow(/^s: the front matter is not valid YAML/);
  });
});
