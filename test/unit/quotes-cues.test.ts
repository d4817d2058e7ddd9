import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/analyze/quotes/index.js';
import { parseSource } from '../../src/analyze/quotes/speakers.js';
import { isSpeechVerb } from '../../src/analyze/quotes/speech-verbs.js';
import { parsePlainText } from '../../src/load/plaintext.js';
import { buildArticle } from '../../src/model.js';

// Paragraphs are lines; the first line is the headline.
const article = (...paragraphs: string[]) => buildArticle(parsePlainText(['Headline', ...paragraphs].join('\n\n'), 'test'));
const speakerOf = (text: string, k = 0) => extractQuotes(article(text))[k]?.speaker ?? null;

describe('speech verb lexicon', () => {
  it.each([
    ['condemned', true], ['lauded', true], ['likened', true], ['denounces', true], ['scolded', true],
    ['ridiculing', true], ['ruled', true], ['dismissed', true], ['exhorted', true], ['bemoaned', true],
    // forms that are more often nouns
    ['rules', false], ['ruling', false], ['brands', false], ['hints', false], ['terms', false],
  ])('%s → %s', (word, expected) => {
    expect(isSpeechVerb(word)).toBe(expected);
  });
});

describe('cues of speech', () => {
  it.each([
    ['a verb beyond the old lexicon', 'President Obama condemned the test as "provocative and destabilizing."', 'Obama'],
    ['as NAME put it, after the quote', 'The rule is a "lawful source of income," as a Homeland Security memo put it.', 'Homeland Security'],
    ['as NAME, ROLE, put it, before the quote', "As Steven Rosenthal, a tax lawyer, recently put it, ''Did he lower his taxes?''", 'Steven Rosenthal'],
    ["a possessor's noun of speech", 'Politifact looked at Donald Trump\'s claim that there were "thousands of shootings" in Chicago.', 'Donald Trump'],
    ['the main clause speaks for the nested verb', 'Trump said at a rally that Clinton once described the deal as "the gold standard" of trade.', 'Trump'],
    ['a pronoun nested in a named main clause', 'Clinton says she admired her courage through what she calls a "war of words."', 'Clinton'],
    ['a participle after before', '"Keep your hands in sight," Blige sings to Clinton before asking her, "where do we go from here?"', 'Blige', 1],
    ['a participle after an introductory phrase', 'During a speech earlier in the day, Trump attacked Clinton, saying, "She is unstable."', 'Trump'],
    ['according to at the end of the sentence', 'More than 100,000 people joined a "walk-in" at schools, according to union President Doris Crouse-Mays.', 'Doris Crouse-Mays'],
    ['and + verb shares the subject', 'Even China said it was "resolutely opposed" to the test and warned North Korea to refrain.', 'China'],
    ['Jr. does not end the subject', "Speaking in Philadelphia, Vice President Joseph R. Biden Jr. responded that it made him ''smart.''", 'Joseph R. Biden Jr.'],
    ['two appositives', '"It is an invasion," Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said.', 'Scott Pruitt'],
    ['a nickname inside the speaker does not cut the cue off', '"The nation is watching," Scott\'s niece, state Del. Marcia "Cia" Price, shouted to the crowd.', 'Marcia Cia Price'],
    ['a phrase between the quote and the subject', "''I admire the mechanics'' of the plan, Mr. Holtz-Eakin said.", 'Holtz-Eakin'],
  ])('%s', (_name, text, name, k = 0) => {
    expect(speakerOf(text as string, k as number)?.name).toBe(name);
  });

  it.each([
    ['a clause after the quote', 'Trump is promising "jobs, jobs, jobs," but he has also intensified the personal attacks.', 'Trump'],
    ['a participle qualifying a noun', 'Hillary Clinton is describing as "unhinged" a Donald Trump tweet attacking a former Miss Universe.', 'Hillary Clinton'],
    ['a dash that goes on with the sentence', 'Gingrich dismissed Estonia as the "suburbs of St. Petersburg" — a metaphor for the surrender of the party to Trump.', 'Gingrich'],
    ['United States is no verb', '"Their strategy is clear," Michael McFaul, a fellow at the Hoover Institution and a former United States ambassador to Russia, said.', 'Michael McFaul'],
  ])('not fooled by %s', (_name, text, name) => {
    expect(speakerOf(text)?.name).toBe(name);
  });
});

describe('speakers from attribution phrases', () => {
  it.each([
    ['Spokeswoman Jessica Ditto', { name: 'Jessica Ditto', description: 'Spokeswoman' }],
    ['Campaign Manager Robby Mook', { name: 'Robby Mook', description: 'Campaign Manager' }],
    ['Press Secretary Josh Earnest', { name: 'Josh Earnest', honorific: 'Secretary', description: 'Press' }],
    ['Another critic, Laurence H. Tribe', { name: 'Laurence H. Tribe', description: 'Another critic' }],
    ["Apple's chief executive, Tim Cook", { name: 'Tim Cook', description: "Apple's chief executive" }],
    ['At a forum in Washington, Marc H. Morial, the chief executive of the National Urban League', { name: 'Marc H. Morial', organization: 'National Urban League' }],
    ['the IMF report', { name: 'IMF', description: 'the IMF report' }],
    ["Ivana Trump's brief", { name: 'Ivana Trump', description: "Ivana Trump's brief" }],
    ['the Security Council issued a statement', { name: 'Security Council' }],
    ['the Vermont senator', { name: null, description: 'the Vermont senator' }],
    ['House Republican Thomas Massie', { name: 'Thomas Massie', description: 'House Republican' }],
  ])('%s', (phrase, expected) => {
    const source = parseSource(phrase);
    expect(source?.kind === 'speaker' && source.speaker).toMatchObject(expected);
  });

  it.each(['he will expand the armed forces', 'she was secretary of', 'personal'])('a clause is no source after a quote: %s', (phrase) => {
    expect(speakerOf(`"We will win," and ${phrase} said.`)).toBeNull();
  });
});
