import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/analyze/summary.js';
import { parseMarkdown } from '../../src/load/markdown.js';
import { parsePlainText } from '../../src/load/plaintext.js';
import { buildArticle } from '../../src/model.js';
import { FIXTURES } from '../helpers/cli.js';

const plain = (text: string) => buildArticle(parsePlainText(text, 'test'));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

// Six plain news sentences; the position of each is its number.
const STORY = `Harbour reopens after storm

The city harbour reopened on Monday after a storm closed it for three days.
Port officials said 40 ships had waited offshore for the harbour to reopen.
The storm damaged two cranes and flooded the harbour's main warehouse.
Repairs to the cranes are expected to take about six weeks, officials said.
Fishermen returned to the harbour on Monday afternoon with their first catch.
The city council will meet on Friday to discuss the cost of the storm damage.
`;

describe('summarize', () => {
  it.each([
    [1, 1],
    [3, 3],
    [5, 5],
    [20, 6],
  ])('gives -n %i sentences as %i (never more than the article has)', (n, expected) => {
    expect(summarize(plain(STORY), n)).toHaveLength(expected);
  });

  it.each([1, 2, 3, 4])('keeps article order with -n %i', (n) => {
    const starts = summarize(plain(STORY), n).map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('starts from the top of a news story', () => {
    expect(summarize(plain(STORY), 1)[0]!.text).toBe('The city harbour reopened on Monday after a storm closed it for three days.');
  });

  it.each([
    ['a video prompt', 'Scroll down for video'],
    ['a byline', 'By Jane Smith, Political Editor.'],
    ['a question', 'What happens to the ships that waited offshore now?'],
    ['a fragment', 'No wonder.'],
    ['a credit line', "CNN's Jane Smith contributed to this report."],
    ['a fragment behind a dateline', 'London (CNN)A long, long time ago.'],
  ])('skips %s even at the top', (_kind, junk) => {
    const text = STORY.replace('\n\n', `\n\n${junk}\n\n`);
    const texts = summarize(plain(text), 3).map((s) => s.text);
    expect(texts).not.toContain(junk);
    expect(texts[0]).toBe('The city harbour reopened on Monday after a storm closed it for three days.');
  });

  it('prefers reported sentences to a quote-only sentence near the top', () => {
    const text = STORY.replace(
      'Port officials said',
      '"We have never seen anything like it in all our years at sea here," one captain said.\nPort officials said',
    );
    expect(summarize(plain(text), 3).map((s) => s.text).join(' ')).not.toContain('never seen anything');
  });

  it('passes over a photo caption glued to story text', () => {
    const text = STORY.replace(
      'Port officials said',
      'Damage: A crane (pictured) lies on its side on the quay after the storm hit the harbour late on Friday night Port officials said',
    );
    expect(summarize(plain(text), 3).map((s) => s.text).join(' ')).not.toContain('(pictured)');
  });

  it('does not repeat a sentence that says what a chosen one already said', () => {
    const text = STORY.replace(
      'Port officials said',
      'The city harbour reopened on Monday after the storm had closed it for three days.\nPort officials said',
    );
    const texts = summarize(plain(text), 3).map((s) => s.text);
    expect(texts.filter((t) => t.startsWith('The city harbour reopened'))).toHaveLength(1);
  });

  it('names the section and paragraph each sentence comes from', () => {
    const article = buildArticle(
      parseMarkdown(
        '# Title\n\nShort lead sentence about the harbour and its storm damage today.\n\n## Repairs\n\nCrews began repairing the two damaged harbour cranes on Tuesday morning.\n',
        'test',
        'Title',
      ),
    );
    expect(summarize(article, 2).map(({ section, paragraph }) => ({ section, paragraph }))).toEqual([
      { section: null, paragraph: 0 },
      { section: 'Repairs', paragraph: 1 },
    ]);
  });

  it('still answers for a text of nothing but fragments', () => {
    expect(summarize(plain('Notes\n\nShort one. Another.\n'), 3).map((s) => s.text)).toEqual(['Short one.', 'Another.']);
  });

  it('returns nothing for an article without sentences', () => {
    expect(summarize(plain('Just a title\n'), 3)).toEqual([]);
  });
});

// The dev corpus (summary-dev) is scored for fidelity by `npm run eval`; these are the project's own stories.
describe('summary fidelity on news stories', () => {
  const files = [`${FIXTURES}bundled/article.txt`, ...readdirSync(`${FIXTURES}text/`).map((f) => `${FIXTURES}text/${f}`)];

  it.each(files)('every sentence of %s is verbatim in the body, never the headline', (path) => {
    const raw = readFileSync(path, 'utf8');
    const article = plain(raw);
    const body = squash(raw.slice(raw.indexOf('\n') + 1));
    const sentences = summarize(article, 3);
    expect(sentences).toHaveLength(3);
    for (const s of sentences) {
      expect(body).toContain(squash(s.text));
      expect(article.text.slice(s.start, s.end)).toBe(s.text);
      expect(squash(s.text)).not.toBe(squash(article.title));
    }
  });
});
