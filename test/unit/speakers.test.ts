import { describe, expect, it } from 'vitest';
import { organizationIn, parseSource } from '../../src/analyze/quotes/speakers.js';

describe('speakers from attribution phrases', () => {
  it.each([
    ['Dr. Park Ji-young, a security analyst at the Sejong Institute', { name: 'Park Ji-young', honorific: 'Dr.', description: 'a security analyst at the Sejong Institute', organization: 'Sejong Institute' }],
    ['Kim Sung-han, a former South Korean vice foreign minister', { name: 'Kim Sung-han', honorific: null, description: 'a former South Korean vice foreign minister', organization: null }],
    ['Retired Lt. Gen. Michael Flynn', { name: 'Michael Flynn', honorific: 'Lt. Gen.' }],
    ["Hillary Clinton's campaign manager Robby Mook", { name: 'Robby Mook', description: "Hillary Clinton's campaign manager" }],
    ['Mayor Bill de Blasio', { name: 'Bill de Blasio', honorific: 'Mayor' }],
    ['Mr. King', { name: 'King', honorific: 'Mr.' }],
    ['Cornell William Brooks, president of the NAACP', { name: 'Cornell William Brooks', organization: 'NAACP' }],
    ['The New York Post', { name: 'The New York Post', organization: 'The New York Post' }],
    ['a military spokesperson', { name: null, description: 'a military spokesperson' }],
    ['the New York businessman', { name: null, description: 'the New York businessman' }],
    ['Joseph R. Biden Jr., the vice president', { name: 'Joseph R. Biden Jr.', description: 'the vice president' }],
    ['and then Sen. John McCain (R-Ariz.)', { name: 'John McCain', honorific: 'Sen.' }],
    ['Trump has repeatedly', { name: 'Trump', description: null }],
    ['Former Gov. Jeb Bush', { name: 'Jeb Bush', honorific: 'Gov.' }],
    ['At a forum in Washington, Marc Morial, the chief executive', { name: 'Marc Morial', description: 'the chief executive' }],
    ['Élise Lucet, a French journalist', { name: 'Élise Lucet', description: 'a French journalist' }],
    // Organisations and places in the phrase: the person is named, the rest describes them.
    ['UFCW Local 832 president Jeff Traeger', { name: 'Jeff Traeger', description: 'UFCW Local 832 president' }],
    ['Jingyi Pan of IG', { name: 'Jingyi Pan', description: 'of IG', organization: 'IG' }],
    ['Sen. Richard Shelby of Alabama', { name: 'Richard Shelby', honorific: 'Sen.', organization: null }],
    // An outlet named with its kind speaks as itself.
    ['Time magazine', { name: 'Time', description: null }],
    ['the nationalist Global Times tabloid', { name: 'Global Times' }],
    // The description first, the name in apposition, with where they work after it.
    ['another leading advocate, Andrew J. Pincus of the law firm Mayer Brown', { name: 'Andrew J. Pincus', description: 'another leading advocate' }],
    ['Jim Smith, a county commissioner in Kenton County, where the plant is,', { name: 'Jim Smith', description: 'a county commissioner in Kenton County' }],
    ['U.S. Republican presidential nominee Donald Trump', { name: 'Donald Trump', description: 'U.S. Republican presidential nominee' }],
    ['The Kansas Republican', { name: null, description: 'The Kansas Republican' }],
    ['Ennahda leader Rachid Ghannouchi', { name: 'Rachid Ghannouchi', description: 'Ennahda leader' }],
    // A possessive inside the name owns the person or the role after it; words before a title describe.
    ['RedMonk’s Stephens', { name: 'Stephens', description: 'RedMonk’s' }],
    ["Mozilla's CTO", { name: null, description: "Mozilla's CTO" }],
    ['South Korean President Yoon Suk Yeol', { name: 'Yoon Suk Yeol', honorific: 'President', description: 'South Korean' }],
    ['White House Press Secretary Sean Spicer', { name: 'Sean Spicer', honorific: 'Secretary', description: 'White House Press' }],
    ['Attorney General Jeff Sessions', { name: 'Jeff Sessions', honorific: 'Attorney General' }],
    ['Mozilla CTO Andreas Gal', { name: 'Andreas Gal', description: 'Mozilla CTO' }],
    // A title with only a suffix after it is a surname (King), not a title.
    ['Martin Luther King Jr.', { name: 'Martin Luther King Jr.', honorific: null }],
    ['Martin Luther King III', { name: 'Martin Luther King III', honorific: null }],
    // Words capitalised that are no name by their shape or kind.
    ['Mozilla-signed', { name: null }],
    ['Whenever', { name: null }],
    ['Another', { name: null }],
    ['I’d', { name: null }],
    // A joint speaker, and the office or document that speaks for someone.
    ['Cummings and Conyers', { name: 'Cummings and Conyers' }],
    ['Powell’s office', { name: 'Powell', description: 'Powell’s office' }],
  ])('%s', (phrase, expected) => {
    const source = parseSource(phrase);
    expect(source?.kind).toBe('speaker');
    expect(source?.kind === 'speaker' && source.speaker).toMatchObject(expected);
  });

  it.each([['her statement', 'she'], ['its tweet', 'it'], ['their report', 'they']])('a possessive and a document, %s, is the pronoun %s', (phrase, pronoun) => {
    expect(parseSource(phrase)).toEqual({ kind: 'pronoun', pronoun });
  });

  it.each(['he', 'She', 'they'])('pronoun %s is left to resolve', (phrase) => {
    expect(parseSource(phrase)).toEqual({ kind: 'pronoun', pronoun: phrase.toLowerCase() });
  });

  it.each([
    ['a senior research fellow at the Heritage Foundation', 'Heritage Foundation'],
    ['House editor for the Cook Political Report', 'Cook Political Report'],
    ['a North Korean defector who now runs a restaurant in Seoul', null],
  ])('organisation in %s', (description, organization) => {
    expect(organizationIn(description)).toBe(organization);
  });
});
