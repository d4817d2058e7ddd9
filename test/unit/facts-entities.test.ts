import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntities, isNameWord, isTitleCaseLine, type TextUnit } from '../../src/analyze/facts/entities.js';
import { type EntityEvidence, entityFeatures, lineKind } from '../../src/analyze/facts/entity-model.js';

const prose = (...sentences: string[]): TextUnit[] => sentences.map((text) => ({ text, heading: false }));
const names = (units: TextUnit[]) => findEntities(units).map((e) => [e.kind, e.name]);

describe('findEntities', () => {
  it.each([
    ['an honorific', "'It is rare,' said Dr. Park Ji-young.", ['person', 'Park Ji-young']],
    ['a title', 'It came after President Lee Jae-myung took office.', ['person', 'Lee Jae-myung']],
    ['said and an appositive', "'It matters,' noted Kim Sung-han, a former vice minister.", ['person', 'Kim Sung-han']],
    ['a speaker before said', 'Bruce Klingner said the risk was real.', ['person', 'Bruce Klingner']],
    ['an age', 'Jane Doe, 45, was arrested on the spot.', ['person', 'Jane Doe']],
    ['an organisation suffix', 'He is an analyst at the Sejong Institute.', ['organization', 'Sejong Institute']],
    ['an of-phrase after an organisation head', 'The University of Texas issued a statement.', ['organization', 'University of Texas']],
    ['and inside an organisation', 'The Food and Drug Administration approved it.', ['organization', 'Food and Drug Administration']],
    ['a known acronym', 'The FBI opened an inquiry.', ['organization', 'FBI']],
    ['a gazetteer place', 'She runs a restaurant in Seoul.', ['place', 'Seoul']],
    ['a possessive place', "This could explain Pyongyang's capabilities.", ['place', 'Pyongyang']],
    ['a feature word', 'Boats crossed the Atlantic Ocean.', ['place', 'Atlantic Ocean']],
    ['a team named for its city', 'The Boston Red Sox said they would appeal.', ['organization', 'Boston Red Sox']],
    ['a demonym before a person', 'Republican Donald Trump told reporters he would win, Trump said.', ['person', 'Donald Trump']],
    ['a given name and a surname, with no cue', 'The report was written by Peter Blackburn for the agency.', ['person', 'Peter Blackburn']],
    ['a dateline with a date', 'BRUSSELS 1996-08-22', ['place', 'Brussels']],
    ['an acronym in running text', 'The FDP said on Monday it would leave the coalition.', ['organization', 'FDP']],
    ['a dateline with a written date', 'NEW YORK, Aug. 8 - Stocks rose sharply.', ['place', 'New York']],
    ['a dotted acronym of a known body', 'The talks on U.N. sanctions resumed on Monday.', ['organization', 'U.N.']],
    ['a dotted acronym of a known place', 'The talks on U.S. sanctions resumed on Monday.', ['place', 'U.S.']],
    ['a dotted acronym in running text', 'Agents of the F.B.I. searched the house on Monday.', ['organization', 'F.B.I.']],
    ['a title word before an organisation head', 'The talks were confirmed by a Foreign Ministry statement.', ['organization', 'Foreign Ministry']],
    ['a title word opening a company name', 'Shares in General Motors rose on Monday.', ['organization', 'General Motors']],
    ['a foreign company form', 'Shares in Volkswagen AG rose on Monday.', ['organization', 'Volkswagen AG']],
    ['a shortened company form', 'The stock was downgraded by analysts at Salomon Bros. on Monday.', ['organization', 'Salomon Bros']],
    ['an exchange', 'Shares fell on the Karachi Stock Exchange on Monday.', ['organization', 'Karachi Stock Exchange']],
    ['a body noun after the name', 'Interfax news agency said the talks had failed.', ['organization', 'Interfax']],
    ['a newspaper after the name', 'The bomb was hidden in a car, Liberte newspaper said.', ['organization', 'Liberte']],
    ['a body noun before the name', 'The stake was sold to German retailers Metro on Monday.', ['organization', 'Metro']],
    ['a name after a compound adjective', 'Second-placed Kent were frustrated by rain on Monday.', ['organization', 'Kent']],
    ['a body after a compound adjective', 'The deal was agreed with London-based Hanson Trust on Monday.', ['organization', 'Hanson Trust']],
    ['an opener before an organisation head', 'Foreign Ministry officials said the foreign visitors had left.', ['organization', 'Foreign Ministry']],
    ['the place of a party member', 'The bill was drafted by a Virginia Democrat on the committee.', ['place', 'Virginia']],
  ])('finds %s', (_why, sentence, expected) => {
    expect(names(prose(sentence))).toEqual([expected]);
  });

  it.each([
    ['sentence-initial words', 'However, military analysts disagree. Military analysts say little.'],
    ['calendar words and compass points', 'On Monday in October the talks moved to the South.'],
    ['demonyms', 'South Korean officials met North Koreans.'],
    ['events', 'The soldiers fought in the Korean War.'],
    ['scare-quoted terms', 'They call it a "Korean Berlin Wall" along the border.'],
    ['a name said in quotes', 'Then everyone says "Gunbae!" and drinks.'],
    ['a lone capitalised word without evidence', 'Scroll Down for video.'],
    ['contractions', "I've never seen it, he said. I'll wait."],
    ['capitals that are not a dateline', 'FANS CHEER AS TEAM WINS.'],
    ['an acronym that names no body', 'The CEO said GDP grew in the second half.'],
  ])('lists nothing for %s', (_why, text) => {
    expect(names(prose(text))).toEqual([]);
  });

  it.each([
    ['an acronym', 'The case was taken up by FBI Director Louis Freeh on Monday.', [['organization', 'FBI'], ['person', 'Louis Freeh']]],
    ['a body', 'Talks were led by African National Congress Deputy President Thabo Mbeki.', [['organization', 'African National Congress'], ['person', 'Thabo Mbeki']]],
    ['a place', 'The letter was sent to Iraq President Saddam Hussein on Monday.', [['place', 'Iraq'], ['person', 'Saddam Hussein']]],
  ])('splits %s from the person titled after it', (_why, sentence, expected) => {
    expect(names(prose(sentence))).toEqual(expected);
  });

  it.each([
    ['a portfolio', 'The crash site is remote, Information Minister Ieng Mouly said.'],
    ['a form of address', 'He was received by his Majesty King Hassan at the palace.'],
  ])('takes no body from %s before a title', (_why, sentence) => {
    expect(names(prose(sentence)).map(([kind]) => kind)).toEqual(['person']);
  });

  it.each([
    ['a compound adjective', 'The Hong Kong-based firm said profits fell.'],
    ['a compound adjective of a body', 'The United Nations-sponsored talks resumed.'],
    ['a creed', 'Leaders of the Maoist party met on Monday.'],
    ['a person after a noun for people too', 'Prices fell, said broker Shakil Rizvi.'],
  ])('takes no body from a body noun beside %s', (_why, sentence) => {
    expect(names(prose(sentence)).filter(([kind]) => kind === 'organization')).toEqual([]);
  });

  it('gives names listed with a company the company\'s kind', () => {
    expect(names(prose('Shares in Alcatel, Ford Motor Co and Renault rose on Monday.'))).toEqual([
      ['organization', 'Alcatel'],
      ['organization', 'Ford Motor Co'],
      ['organization', 'Renault'],
    ]);
  });

  it('makes no list of names joined by commas alone', () => {
    expect(names(prose('In Moscow, Zyuganov, the leader, said little.'))).toEqual([['place', 'Moscow']]);
  });

  it('reads the word after a dateline as a sentence opener', () => {
    expect(names(prose('LONDON (Reuters) - Markets fell sharply.'))).toEqual([
      ['place', 'London'],
      ['organization', 'Reuters'],
    ]);
  });

  it('takes no given name inside the name of a body for a person', () => {
    expect(names(prose('Students at James Madison University marched.'))).toEqual([['organization', 'James Madison University']]);
  });

  it('takes a bracketed acronym as another name only when it abbreviates the name before it', () => {
    expect(names(prose('London (CNN) Officials met in the capital.'))).toEqual([
      ['place', 'London'],
      ['organization', 'CNN'],
    ]);
  });

  it('joins every name of one thing into one entity', () => {
    const found = findEntities(
      prose(
        'The soldier crossed the Korean Demilitarized Zone (DMZ) at night.',
        'The DMZ is 4 kilometers wide.',
        "'It is rare,' said Dr. Park Ji-young, a security analyst.",
        'Dr. Park added that it was dangerous.',
      ),
    );
    expect(found.map((e) => [e.kind, e.name, e.mentions])).toEqual([
      ['place', 'Korean Demilitarized Zone (DMZ)', 2],
      ['person', 'Park Ji-young', 2],
    ]);
  });

  it('gives a surname to the person with that name met most recently, matching the title', () => {
    const found = findEntities(
      prose(
        'It comes after liberal President Lee Jae-myung took office.',
        'President Lee has promised talks.',
        "'They risk everything,' said Lee Ae-ran, a defector.",
      ),
    );
    expect(found.map((e) => [e.name, e.mentions])).toEqual([
      ['Lee Jae-myung', 2],
      ['Lee Ae-ran', 1],
    ]);
  });

  it('takes only known places from a title-case heading', () => {
    const units: TextUnit[] = [
      { text: 'Rare Border Crossing Shakes Korean Peninsula', heading: true },
      { text: 'Human Stories Behind the Statistics', heading: true },
      { text: 'Dangerous Journey Through World’s Most Guarded Border', heading: true },
    ];
    expect(names(units)).toEqual([['place', 'Korean Peninsula']]);
  });

  // The learned model (entity-model.ts) names what no rule has a cue for: clubs, companies and parties
  // by their bare names, and the names in a results table.
  it.each([
    ['clubs named alone', 'The champions Porto beat Benfica 2-0 on Sunday.', [['organization', 'Porto'], ['organization', 'Benfica']]],
    ['a company with no head word', 'Shares in Volkswagen rose after the carmaker said sales grew.', [['organization', 'Volkswagen']]],
    ['a party with no head word', 'The move was welcomed by Likud and the Labour party.', [['organization', 'Likud']]],
  ])('finds %s', (_why, sentence, expected) => {
    expect(names(prose(sentence))).toEqual(expected);
  });

  it('finds the clubs of a results table, a city among them', () => {
    expect(names(prose('Results of English league matches on Saturday:', 'Arsenal 2 Chelsea 1', 'Leeds 0 Everton 0'))).toEqual([
      ['organization', 'Arsenal'],
      ['organization', 'Chelsea'],
      ['organization', 'Leeds'],
      ['organization', 'Everton'],
    ]);
  });
});

describe('isTitleCaseLine: a line whose capitals say nothing of names', () => {
  it.each([
    ['Redesigned Scopes Fail to Stop Superbug Outbreaks', true],
    ["Antarctica 'Penguin Post Office' Attracts Record Number of Applicants", true],
    ['Pizza Man Making Special Delivery to Afghanistan During Super Bowl[2]', true],
    ['The Scopes Failed to Stop the Outbreaks.', false],
    ['Bayern Munich 3 Hamburg 1', false],
    ['Peter Blackburn wrote the report for the agency', false],
    ['Results of English League Matches', true],
    ['Kent Beat Essex', false],
  ])('%s → %s', (line, expected) => {
    expect(isTitleCaseLine(line)).toBe(expected);
  });
});

describe('entityFeatures', () => {
  const evidence = (before: string, before2: string): EntityEvidence => ({
    tokens: ['Volkswagen'], kinds: {}, rule: null, mentions: 1, fromProse: true, titled: false, place: false, knownOrg: false,
    givenName: false, orgHead: false, placeHead: false,
    contexts: [{ before, before2, after: 'rose', line: lineKind('Shares in Volkswagen rose on Monday.'), heading: false, start: false }],
  });

  it('reads the two words before a mention', () => {
    expect(entityFeatures(evidence('in', 'Shares'))).toEqual(expect.arrayContaining(['b=in', 'bb=shares in']));
  });

  it('reads no pair of words where one word precedes the mention', () => {
    expect(entityFeatures(evidence('In', '')).filter((f) => f.startsWith('bb='))).toEqual([]);
  });
});

describe('a title-case line in the body', () => {
  it('gives only the places it names, as a heading does', async () => {
    const { extractFacts } = await import('../../src/analyze/facts/index.js');
    const { parsePlainText } = await import('../../src/load/plaintext.js');
    const { buildArticle } = await import('../../src/model.js');
    const text = ['Headline', 'Officials in Kabul said on Monday that the talks would go on.', 'Pizza Man Making Special Delivery to Afghanistan During Super Bowl'].join('\n\n');
    const { entities } = extractFacts(buildArticle(parsePlainText(text, 'test')));
    expect(entities.people).toEqual([]);
    expect(entities.places).toContain('Afghanistan');
  });
});

describe('isNameWord', () => {
  it.each([
    ['a capitalised word', 'Kim', true],
    ['a hyphenated given name', 'Ji-young', true],
    ['an apostrophe inside', "Ya'alon", true],
    ['a capital after an apostrophe', "O'Neill", false],
    ['an initial', 'F.', true],
    ['a capital after the hyphen', 'Jean-Luc', true],
    ['an acronym', 'FBI', false],
    ['a trailing hyphen', 'Kim-', false],
    ['a single capital', 'K', false],
    ['letters beyond ASCII', 'Łódź', true],
    ['lower case', 'kim', false],
  ])('reads %s', (_why, word, expected) => {
    expect(isNameWord(word)).toBe(expected);
  });

  const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)*$|^\p{Lu}\.$/u;
  it('answers as the pattern does', () => {
    const piece = fc.constantFrom('A', 'K', 'a', 'z', "'", '’', '-', '.', 'É', 'é', 'ß', '1', ' ', '𝐀', '\ud835', 'ǅ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), (word) => {
        expect(isNameWord(word)).toBe(NAME_WORD.test(word));
      }),
      { seed: 20261203, numRuns: 3000 },
    );
  });
});
