import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/analyze/quotes/marks.js';

const quoted = (text: string) => findQuoteSpans(text).map((s) => text.slice(s.start, s.end));

describe('quote marks', () => {
  it.each([
    ['straight double', 'He said "we will win" today.', ['we will win']],
    ['curly double', 'He said “we will win” today.', ['we will win']],
    ['single marks', "'This is rare,' said Dr. Park.", ['This is rare,']],
    ['curly single', '‘This is rare,’ said Dr. Park.', ['This is rare,']],
    ['NYT two apostrophes', "''Hopefully,'' the president said, ''this ends.''", ['Hopefully,', 'this ends.']],
    ['nested single inside double', '"He told me \'no way\' twice," she said.', ["He told me 'no way' twice,"]],
    ['curly nested in straight', '"I read it: “As you know,” he wrote," she said.', ['I read it: “As you know,” he wrote,']],
    ['mixed styles pair', 'He found “no evidence" of it.', ['no evidence']],
    ['a straight open closed by a curly mark, a straight quote after', '"It is a long process,” said Paul Lindsay. "Some will struggle."', ['It is a long process,', 'Some will struggle.']],
    ['missing close runs to paragraph end', '"We will fight on and on', ['We will fight on and on']],
    ['closing mark opening a paragraph', '” … what I learned is this,” he said.', ['… what I learned is this,']],
    ['several sentences in one quote', '"One. Two. Three," he said.', ['One. Two. Three,']],
    ['a capital after the mark is no elision', "'Til Death Do Us Part,' she said.", ['Til Death Do Us Part,']],
    ['accented first letter', '‘Élan is everything,’ she said.', ['Élan is everything,']],
    ['accented word in single marks', "He said 'Ōsaka is home' twice.", ['Ōsaka is home']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it.each([
    ['contractions and possessives', "The soldier's story isn't Pyongyang's to tell."],
    ['plural possessive', "The soldiers' families waited."],
    ['decades', "It was the '90s and the ’80s before that."],
    ["rock 'n' roll", "He loved rock 'n' roll all his life."],
    ['elisions', "Stay 'til dawn and tell 'em."],
    ['curly apostrophes in accented words', 'L’Étoile’s owner sold it in the ’90s.'],
    ['curly elisions', 'Tell ’em we’re coming.'],
    ['markup attributes', '<tweet author="someone" id="1">Hello</tweet>'],
  ])('no quote in %s', (_name, text) => {
    expect(quoted(text)).toEqual([]);
  });

  it('keeps a plural possessive inside a single-quoted quote', () => {
    expect(quoted("'The soldiers' families deserve better,' she said.")).toEqual(["The soldiers' families deserve better,"]);
  });

  it('marks a quote left open at the end of its paragraph', () => {
    const [span] = findQuoteSpans('"We will go on.');
    expect(span).toMatchObject({ unclosed: true, opensParagraph: true });
  });
});

// A storm of marks is paired in one pass: the spans stay few, in order and apart.
describe('quote-mark storms', () => {
  it.each([
    ['opening marks that never close', '“'.repeat(50_000), 1],
    ['four kinds of mark repeated', '"\'“‘'.repeat(50_000), 2],
    ['short quotes one after another', 'a “b” c. '.repeat(20_000), 20_000],
  ])('%s', (_name, text, count) => {
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(count);
    spans.forEach((s, k) => {
      expect(s.start).toBeLessThanOrEqual(s.end);
      if (k > 0) expect(s.outerStart).toBeGreaterThanOrEqual(spans[k - 1]!.outerEnd);
    });
  });
});
