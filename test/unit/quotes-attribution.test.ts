import { describe, expect, it } from 'vitest';
import { collectExperts, extractQuotes } from '../../src/analyze/quotes/index.js';
import { parsePlainText } from '../../src/load/plaintext.js';
import { buildArticle } from '../../src/model.js';

// Paragraphs are lines; the first line is the headline.
const article = (...paragraphs: string[]) => buildArticle(parsePlainText(['Headline', ...paragraphs].join('\n\n'), 'test'));
const first = (...paragraphs: string[]) => extractQuotes(article(...paragraphs))[0]!;

describe('attribution patterns', () => {
  it.each([
    ["'Q,' said NAME, ROLE.", "'It is rare,' said Dr. Park Ji-young, a security analyst at the Sejong Institute.", 'Park Ji-young', 'said'],
    ["'Q,' NAME said.", '"We will win," Trump said on Tuesday.', 'Trump', 'said'],
    ['NAME said: Q', 'Warren said: "You should resign."', 'Warren', 'said'],
    ['an office in lower case, NAME: Q', 'Former secretary of state Hillary Rodham Clinton: "We learned that from the State Department."', 'Hillary Rodham Clinton', null],
    ['NAME, ROLE, said Q', 'Flynn, a top Trump surrogate, said "the generals have been reduced to rubble."', 'Flynn', 'said'],
    ["'Q,' NAME, ROLE, said.", '"It is over," Flynn, a top Trump surrogate, said Thursday.', 'Flynn', 'said'],
    ["'Q,' ROLE NAME said.", '"We are ready," campaign spokesman Jason Miller said.', 'Jason Miller', 'said'],
    ['According to NAME, Q', 'According to Senator Smith, "the bill is dead."', 'Smith', 'according to'],
    ["'Q,' according to NAME.", '"The bill is dead," according to Senator Smith.', 'Smith', 'according to'],
    ['According to NAME with an initial, Q', 'For Trump, according to the former secretary William J. Bennett, the speech is "a test" of his reach.', 'William J. Bennett', 'according to'],
    ['According to an abbreviated title and NAME, Q', 'For now, according to Sen. Ted Cruz, the bill is "dead on arrival" in the Senate.', 'Ted Cruz', 'according to'],
    ['partial quote in reported speech', 'He said the plan was "dead on arrival." Mr. Obama agreed.', null, 'said'],
    ['partial quote with named subject', 'Mayor Bill de Blasio described the blast as "an intentional act."', 'Bill de Blasio', 'described'],
    ['question mark inside the quote', '"Who would have believed it?" Trump said, looking at the crowd.', 'Trump', 'said'],
    ['adverb before the verb', '"This is not new," Marc Morial forcefully told reporters.', 'Marc Morial', 'told'],
    ['party label after the name', '"It is a dog whistle," Rep. Gwen Moore (D-Wis.) said Friday.', 'Gwen Moore', 'said'],
    ['pull quote signed with a dash', '“Trump scares me.” ― Krystal Correa', 'Krystal Correa', null],
    ['transcript line', '"WALLACE: But, Governor, why now?"', 'Wallace', null],
    ['transcript line in ordinary case', '"Chris Matthews: Seriously, seriously about this. That sounds great."', 'Chris Matthews', null],
    ['a title and its subtitle are no transcript line', 'Kirk, John (2019). "Groundhog Day: the perfect comedy, for ever". The Guardian.', null, null],
    ['tense: present', '"It works," says Ms. Lee.', 'Lee', 'says'],
    ['tense: perfect', '"It works," Lee has repeatedly argued.', 'Lee', 'argued'],
    ['tweeted', '"Sad!" Trump tweeted.', 'Trump', 'tweeted'],
    ['a month abbreviation in the introduction', 'On Dec. 2, Col. Steven H. Warren, a military spokesman, said, "A raid is a combat operation."', 'Steven H. Warren', 'said'],
    ['however between name and verb', 'Carter however said he would welcome a "principled security network" for Asia.', 'Carter', 'said'],
    ['himself after the name', 'Cruz himself said that "the only way to win is to ask."', 'Cruz', 'said'],
    ['an infinitive after the quote is no cue', 'McConnell said it was "totally inappropriate" for Ginsburg to criticize Trump.', 'McConnell', 'said'],
    ['a shared participle after a passive with no subject', 'Mr. Trump hardly clarified the matter and, when questioned after the debate, asserting, "Of course, I pay federal taxes."', 'Trump', 'clarified'],
    ['a comma, then an inverting verb and a name', 'Couple that with a "candidate who is a lightning rod" and Clevelanders get nervous, said Christine Link, executive director of the ACLU in Ohio.', 'Christine Link', 'said'],
    ['an appositive before the verb, a clause after it', '"We will win," Dean Johnson, a salesman from Sumter, says Cruz will leave with momentum.', 'Dean Johnson', 'says'],
    ['a clause before the comma and the inverted name', '"He can assert it, but it seems unlikely" that Sanders can catch Clinton, said Steve Elmendorf, a deputy campaign manager.', 'Steve Elmendorf', 'said'],
    ['a comma before the verb, and no name after it', '"They\'d be wrong," Michael Briggs, a spokesman for Sanders, said in an interview Sunday in Santa Monica, Calif.', 'Michael Briggs', 'said'],
    ['a participle after the verb\'s object', 'Mr. Trump, who said last week that the judge was biased, issued a statement Tuesday saying, "I do not feel that heritage matters."', 'Trump', 'saying'],
    ['an age and a town with its state in the appositive', '"Both of them scare me," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.', 'Harry Bond', 'said'],
    ['a town with its state after an and', '"I would have been in Siberia," Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone.', 'Daniloff', 'said'],
    ['a dateline before the subject', 'Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Trump, saying that "bombastic comments" do more harm than good.', 'Hillary Clinton', 'saying'],
    ['a dateline in capitals with its date', 'WASHINGTON, Dec. 8 (UPI) — Senator Tim Kaine rallied supporters, saying: "We have to be ready."', 'Tim Kaine', 'saying'],
    ['a role word between the capitals and the name', 'Band member Flea shared the news last week, writing "Feels great to support someone I believe in."', 'Flea', 'writing'],
    ['an introduction that opens with here', 'Here in Columbia, Sanders stepped up his emphasis on criminal justice, saying, "We have got to achieve the day."', 'Sanders', 'saying'],
    ['but, an adverb and the verb', 'House Republican Thomas Massie used to support Rand Paul, but now said Trump had "the opportunity to bring us together."', 'Thomas Massie', 'said'],
    ['a comma after the party label', 'After winning Ohio in the primary, Gov. John Kasich (R-OH), said, "I am getting ready to rent a covered wagon."', 'John Kasich', 'said'],
    ['who asks, after a passive', 'Rubio was asked by Fox Business moderator Gerard Baker whether his plan would risk "adding another entitlement program."', 'Gerard Baker', 'asked'],
    ['a role word and a name before a colon', 'The timing of the surge does not surprise Republican pollster Daron Shaw: "Historically, lesser-known candidates have seen the biggest boost."', 'Daron Shaw', null],
    ['agrees, inverted', '"Our ideas of success are different," agrees Michelle Stevens, 30, of Gainesville, Fla.', 'Michelle Stevens', 'agrees'],
    ['an introduction that opens with of', 'Of Carson, Levine, who has given money to Marco Rubio, said, "He is flat-out scary."', 'Levine', 'said'],
    ['from and a name before a colon', 'A lesson from Loretta Lynch: "Be the voice that people hear."', 'Loretta Lynch', null],
    ['a phrase after the quote is no subject', 'While President Obama has cautioned against "a betrayal of our values" in the way the United States responds to threats, he has ordered a review.', 'Obama', 'cautioned'],
    ['an appositive left unclosed', '"Clinton needs a strategy for these voters," Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.', 'Nate Silver', 'tweeted'],
    ['an adjective and a role word before the name, then a colon', 'In response to the attack, Republican presidential nominee Donald Trump issued the following statement: "Our prayers are with all those affected."', 'Donald Trump', null],
    ['an adjective and a role word before the name, no verb of speech', 'Democratic presidential candidate Bernie Sanders is releasing an ad that urges voters to "send a message" to Wall Street.', 'Bernie Sanders', null],
    ['a name inside the clause after an inverting verb is no subject', 'Mr. Manafort, citing "the unique magic of Trump," said the candidate could be competitive in states like Pennsylvania.', 'Manafort', 'citing'],
    ['went on to before the verb', 'Pence went on to say he is "confident" that the two men will work together.', 'Pence', 'say'],
    ['went on to before the verb, after the quote', '"We will win in November," Pence went on to say.', 'Pence', 'say'],
    ['a clause of time after the main verb has a speaker of its own', 'Clinton weighed in on Tuesday evening, hours after Sanders said he was "encouraged" by the plan.', 'Sanders', 'said'],
    ['a clause of contrast after the main verb has a speaker of its own', 'Rubio suggested that someone who does not answer questions cannot be president, while Cruz said that the "stakes in this election are too high" for Trump.', 'Cruz', 'said'],
    ['a clause of time closed by its comma before the quote is reported', 'Mrs. Clinton said that when Ms. Warren railed against Wall Street from her perch in the Senate, "she is speaking for all of us."', 'Clinton', 'said'],
    ['a capitalised base form after the quote is no verb', '"We take our obligations very seriously," State spokesman Mark Toner said Friday.', 'Mark Toner', 'said'],
    ['a quote inside a clause that opens the sentence, a main clause after it', 'After Scalia said that some students might do better at "less advanced schools," Trump said he did not like it.', 'Scalia', 'said'],
    ['a quote inside an opening clause, the main clause with a pronoun', 'While Comey said that Clinton was "extremely careless" with her emails, he said there was no case.', 'Comey', 'said'],
    ['a connective and an introduction before the subject', 'Moreover, as part of the exchange with Clinton, Gowdy raised a report that "less than one percent of emails" were captured.', 'Gowdy', null],
    ['thanked, a verb of speech', 'Sanders during a Sunday rally thanked its members "for their support in my campaign."', 'Sanders', 'thanked'],
    ['defended, a verb of speech', 'Donald Trump defended his campaign manager as a "very decent man" on Tuesday.', 'Donald Trump', 'defended'],
    ['assailed, a verb of speech', 'Mr. Trump assailed a federal judge, Gonzalo P. Curiel, for his "Mexican heritage."', 'Trump', 'assailed'],
    ['confided, a verb of speech', 'Freddy confided to her that his parents had panicked because the Schifanos were "the first ethnic family to move into the neighborhood."', 'Freddy', 'confided'],
    ['referenced, a verb of speech', 'Clinton also referenced the "Charleston loophole," a flaw in the background checks.', 'Clinton', 'referenced'],
    ['the first of two quotes joined by and, a name with its role after', 'Guns are "the ultimate public health crisis" and "stunt children\'s growth," Howard Dean, the former governor of Vermont, proclaimed to a cheering crowd.', 'Howard Dean', 'proclaimed'],
    ['a base form right after the quote that does not invert is the subject\'s word', '"We are tying their hands," state Sen. Jason Holsman (D) said about halfway through the filibuster.', 'Jason Holsman', 'said'],
    ['the subject right after the introduction', 'In a statement released after the senator quit, Cruz said he is certain Rubio will continue to be "a champion for opportunity."', 'Cruz', 'said'],
  ])('%s', (_name, text, name, verb) => {
    const quote = first(text);
    expect(quote.speaker?.name ?? null).toBe(name);
    expect(quote.verb).toBe(verb);
  });

  // The last quote of the sentence, whose attribution an earlier one cut off.
  it.each([
    ['a partial quote after another', 'Trump said Tuesday that Rubio was "a total lightweight" while Ted Cruz is "a basket case."', 'Trump', 'said', null],
    ['put it, a title in the appositive', 'As Akhil Amar, author of "America\'s Unwritten Constitution," put it, "Senate Republicans should remember that."', 'Akhil Amar', 'put it', 'author of "America\'s Unwritten Constitution,"'],
    ['adding, after a show title', '"Kasich would be the best nominee," Graham said on MSNBC\'s "Morning Joe," adding, "Kasich\'s problem is he is an insider in an outsider year."', 'Graham', 'said', null],
    ['an introduction that goes on with a clause of time', 'In June 2009, after Clinton suffered a concussion, Axelrod emailed her condolences, addressing her as "Hillary" and telling her, "You are an all-star player."', 'Axelrod', 'telling', null],
  ])('the whole sentence: %s', (_name, text, name, verb, description) => {
    const quote = extractQuotes(article(text)).at(-1)!;
    expect(quote.speaker?.name ?? null).toBe(name);
    expect(quote.verb).toBe(verb);
    expect(quote.speaker?.description ?? null).toBe(description);
  });

  // The first quote of the sentence, whose attribution a later one cut off.
  it.each([
    ['a title in the appositive after the quote', '"We have had better conventions," Texas delegate Bill Eastland, wearing a cowboy hat and "Ted Cruz" pins, said as confetti fell.', 'Bill Eastland', 'wearing a cowboy hat and "Ted Cruz" pins'],
    ['a title, then a partial quote and its cue', '"All That Glitters Is Not Gold" was to be a "cautionary tale," said Susan Crawford, then the literary agent.', 'Susan Crawford', 'the literary agent'],
  ])('the whole sentence after: %s', (_name, text, name, description) => {
    expect(first(text).speaker).toMatchObject({ name, description });
  });

  it.each([
    ['a military spokesperson stated', "'We acted,' a military spokesperson stated.", 'a military spokesperson'],
    ['officials said', '"The border is closed," officials said.', 'officials'],
  ])('unnamed speaker: %s', (_name, text, description) => {
    const quote = first(text);
    expect(quote.speaker).toMatchObject({ name: null, description });
  });

  it('reads no speaker in a book title with its subtitle', () => {
    const quote = first("Harry Hurt III had hoped to republish his biography, ''Lost Tycoon: The Many Lives of Donald J. Trump,'' with his publisher.");
    expect(quote.speaker?.name).toBe('Harry Hurt III');
  });

  it('resolves "he said" to the nearest person named before', () => {
    const quotes = extractQuotes(article('Senator John Smith spoke in Ohio on Monday.', '"We will win," he said.'));
    expect(quotes[0]!.speaker?.name).toBe('John Smith');
  });

  it('reads a capitalised auxiliary before the verb as a name (George Will … Will wrote)', () => {
    const quotes = extractQuotes(article('George Will reignited his feud with Donald Trump this week.', '"The eruption of war is a reminder of what the process may bring," Will wrote.'));
    expect(quotes.at(-1)!.speaker?.name).toBe('Will');
  });

  it('resolves "he added" to the speaker just before, whose description names an organisation', () => {
    const quotes = extractQuotes(article(
      '"Israel does not want another adversary," Roman Smbatyan stated.',
      'However, as Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the Associated Press, "We have suffered the same fate." He added, "So Israel should have been one of the first."',
    ));
    expect(quotes.at(-1)!.speaker?.name).toBe('Archbishop Aris Shirvanian');
  });

  it.each([
    ['accented names', 'José Ángel Núñez arrived in Madrid on Monday.', 'José Ángel Núñez'],
    ['a particle inside the name', 'Mayor Bill de Blasio spoke first.', 'Bill de Blasio'],
    ['words before a title that describe him', 'South Korean President Yoon Suk Yeol spoke on Thursday.', 'Yoon Suk Yeol'],
    ['a role inside the run', 'Mozilla CTO Andreas Gal spoke first.', 'Andreas Gal'],
    ['a surname that is also a title', 'Martin Luther King Jr. spoke in Washington.', 'Martin Luther King Jr'],
  ])('resolves "he said" to a person named with %s', (_name, before, name) => {
    const quotes = extractQuotes(article(before, '"We will win," he said.'));
    expect(quotes[0]!.speaker?.name).toBe(name);
  });

  it('resolves "she" past a man named with Mr.', () => {
    const quotes = extractQuotes(article('Ms. Jane Doe met Mr. Paul Roe.', '"It went well," she said.'));
    expect(quotes[0]!.speaker?.name).toBe('Jane Doe');
  });

  it('continues the speaker of the quote before when a quote has no cue', () => {
    const quotes = extractQuotes(article('"We fled at night," said Lee Ae-ran. "We did not look back."'));
    expect(quotes.map((q) => [q.speaker?.name, q.continues])).toEqual([['Lee Ae-ran', false], ['Lee Ae-ran', true]]);
  });

  it('continues a quote over paragraphs, one quote per paragraph', () => {
    const quotes = extractQuotes(article('Smith said: "We will fight on the beaches,', '"We will never surrender."'));
    expect(quotes).toHaveLength(2);
    expect(quotes[1]).toMatchObject({ continues: true, speaker: { name: 'Smith' } });
  });

  it('finds quotes in the headline', () => {
    const quotes = extractQuotes(buildArticle(parsePlainText("Obama on Climate Change: The Trends Are 'Terrifying.'\n\nBody.", 't')));
    expect(quotes[0]).toMatchObject({ text: 'Terrifying.', paragraph: null, speaker: { name: 'Obama' } });
  });

  it('points start and end at the quoted words in Article.text', () => {
    const a = article('Intro.', '"We will win," Trump said.');
    const [quote] = extractQuotes(a);
    expect(a.text.slice(quote!.start, quote!.end)).toBe('We will win,');
  });
});

describe('quoted terms are not speech', () => {
  it.each([
    ['scare quotes after "describe as"', 'Lawmakers saw what they describe as a "Korean Berlin Wall" on the border.'],
    ['a show title', 'Pence appeared on "Fox News Sunday" this week.'],
    ["a show title after a network's name", "He spoke on CNN's \"State of the Union.\""],
    ['a nickname inside a name', 'Del. Marcia "Cia" Price was there.'],
    ['a letter discussed', 'Smith said the short "i" sound is close to a schwa.'],
  ])('%s', (_name, text) => {
    expect(extractQuotes(article(text))).toEqual([]);
  });
});

describe('experts', () => {
  it('groups one person however named, named people first, most quoted first', () => {
    const quotes = extractQuotes(
      article(
        '"We acted first," a military spokesperson said.',
        '"It was the second time," said Dr. Park Ji-young, an analyst at the Sejong Institute.',
        '"It is the third case," said Bruce Klingner.',
        '"We saw a fourth one," Park said.',
        '"There will be a fifth," said Dr. Park.',
      ),
    );
    const experts = collectExperts(quotes);
    expect(experts.map((e) => [e.name, e.quotes])).toEqual([['Park Ji-young', 3], ['Bruce Klingner', 1], [null, 1]]);
    expect(experts[0]).toMatchObject({ description: 'an analyst at the Sejong Institute', organization: 'Sejong Institute', firstQuote: 'It was the second time,' });
  });
});

describe('experts are people and organisations, each one entry', () => {
  it('keeps two people who share a surname apart, and gives a surname alone to the one named nearest before it', () => {
    const experts = collectExperts(extractQuotes(article(
      '"I agree with my wife," Bill Clinton said.',
      '"It is time," Hillary Clinton said.',
      '"We will win," Clinton said on Monday.',
      '"Thank you," said Bill Clinton.',
    )));
    expect(experts.map((e) => [e.name, e.quotes])).toEqual([['Bill Clinton', 2], ['Hillary Clinton', 2]]);
  });

  it.each([
    ['a sentence opener that is an ordinary word', 'Never said "this is a test of the system today." He had never been so sure.', 'Never'],
    ['web-page furniture in a transcript-like line', '"READ MORE: the full story of the storm," the site said.', 'Read More'],
  ])('no expert named by %s', (_name, text, notName) => {
    const names = collectExperts(extractQuotes(article(text))).map((e) => e.name);
    expect(names).not.toContain(notName);
  });

  it.each([
    ['a surname that opens its sentence', 'Warren said: "You should resign."', 'Warren'],
    ['a country speaking for its government', 'Russia insisted that Pyongyang "stop its dangerous escapades." Officials in russia agreed.', 'Russia'],
    ['a name that is also a title', 'Mr. King said: "We need money to pay our bills." The king of pop was not there.', 'King'],
  ])('keeps %s', (_name, text, name) => {
    expect(first(text).speaker?.name).toBe(name);
  });
});

describe('speaker confidence', () => {
  it('gives every speaker a confidence from 0 to 1, high for a named speaker with a verb beside the quote', () => {
    const quotes = extractQuotes(article('"It is rare," said Dr. Park Ji-young, a security analyst.', '"It happens," she said.', 'Then came "a storm of protest" over the plan.'));
    for (const q of quotes) if (q.speaker) expect(q.speaker.confidence).toBeGreaterThanOrEqual(0), expect(q.speaker.confidence).toBeLessThanOrEqual(1);
    expect(quotes[0]!.speaker!.confidence).toBeGreaterThan(0.9);
  });
});

// A paragraph of a thousand short quotes is read whole, each quote once, in order.
describe('a storm of quotes in one paragraph', () => {
  it('finds every quote once', () => {
    const quotes = extractQuotes(article('“We will win,” he said. '.repeat(1000)));
    expect(quotes).toHaveLength(1000);
    expect(quotes.every((q, k) => k === 0 || q.start > quotes[k - 1]!.end)).toBe(true);
  });
});

describe('speakers the rules find beyond the quote’s own sentence', () => {
  it.each([
    ['a name ending in -ly is no adverb', 'Kelly responded pointedly, with a smile: “Can happen when you’re 45.”', 'Kelly'],
    ['an adverb after the verb is no speaker', 'Kelly said pointedly, with a smile: “Can happen.”', 'Kelly'],
    ['a clause after a partial quote is no speaker', 'Obama said “it gets me mad” every time he thinks about the children.', 'Obama'],
  ])('%s', (_name, text, name) => {
    expect(first(text).speaker?.name ?? null).toBe(name);
  });

  it.each([
    ['a paragraph that reports someone’s words, then a bare quote', ['Tim Guest, a councillor in the town, says there are many reasons for the closures.', '“The rents alone are twice what they were.”'], 'Tim Guest'],
    ['a speaker introduced with a colon', ['Dr. Jane Ward stated:', '"The department is not what it was. It has lost its way."'], 'Jane Ward'],
    ['a title word alone is the surname of someone named in full before', ['Billie Jean King won 12 Grand Slam singles titles.', 'King says Ali "talked the talk and walked the walk."'], 'King'],
    ['a paragraph opening with a colon that names no one goes on with the speaker before', ['"We made a terrible mistake," Mayor Tom Poe told reporters in October.', 'Then, later that month on the radio: "I never said we made a mistake."'], 'Tom Poe'],
    ['a new speaker introduced between two quotes', ['"We are ready," said Mayor Tom Poe.', 'Council member Ann Lee disagrees with the plan and says it costs too much.', '"It will bankrupt the city."'], 'Ann Lee'],
    ['a sentence that introduces after a quote with no speaker', ['"We will not take any more of them." Then, in 2017, the secretary Kerry said that 100,000 refugees would be accepted in all.', '"That adds up to 185,000 over two years."'], 'Kerry'],
    ['a new speaker in the paragraph of the quote, a show title before', ['"We are ready," Pence said on CNN\'s "State of the Union."', 'On "Face the Nation," Sen. Bernie Sanders identified young voters\' exhaustion with bigotry as one of the reasons. "The younger people are sick and tired of discrimination."'], 'Bernie Sanders'],
    ['a quote signed with a dash on the next line', ['We review what the candidates said.', '"Almost all new income is going to the top 1 percent."', '- Bernie Sanders.', 'The senator is relying on an outdated statistic.'], 'Bernie Sanders'],
    ['a quote signed on the next line, a role and what was done after the name', ['"Great speech. She\'s ready."', '-President Obama, tweeting after the speech.'], 'Obama'],
  ])('%s', (_name, paragraphs, name) => {
    const quotes = extractQuotes(article(...paragraphs));
    expect(quotes.at(-1)!.speaker?.name ?? null).toBe(name);
  });

  it('reads a sentence that introduces around the title it quotes, and keeps the title in the description', () => {
    const quotes = extractQuotes(article('"We are ready," said Mayor Tom Poe.', 'In a memo, Noah Oppenheim, the executive in charge of "Today," reminded his staff of the early years. "It was a different time."'));
    expect(quotes.at(-1)!.speaker).toMatchObject({ name: 'Noah Oppenheim', description: 'the executive in charge of "Today,"' });
  });

  it('says no one rather than guess when nothing introduces a bare quote', () => {
    const quotes = extractQuotes(article('The storm closed the port for a week.', '“It was the worst in memory.”'));
    expect(quotes[0]!.speaker).toBeNull();
  });
});

describe('descriptions the article resolves', () => {
  it.each([
    ['the one person introduced with that role and place', ['Vermont Sen. Bernie Sanders spoke in Iowa on Monday.', '"We will win this," the Vermont senator said.'], 'Bernie Sanders'],
    ['a title written before the name', ['President Barack Obama flew to Ohio.', '"It is a good day," the president said.'], 'Barack Obama'],
    ['an appositive after the name', ['Bill de Blasio, the mayor, rode the subway.', '"Trains are late," the mayor said.'], 'Bill de Blasio'],
  ])('reads %s as the person', (_name, paragraphs, name) => {
    const speaker = extractQuotes(article(...paragraphs)).at(-1)!.speaker;
    expect(speaker?.name).toBe(name);
    expect(speaker?.description).toMatch(/^the /i);
  });

  it.each([
    ['two people with the role', ['Sen. Bernie Sanders and Sen. Ted Cruz met in Iowa.', '"We will win this," the senator said.']],
    ['a role whose other words are not said of anyone', ['President Barack Obama flew to Ohio.', '"It is a good day," the vice president said.']],
    ['a person named in the quote\'s own sentence', ['Jacob Lew spoke on Monday.', 'The Treasury secretary also praised Mr. Kim for "needed reforms."']],
    ['a role said of a neighbour, not of the person', ['A lawmaker in Manila wants Donald Trump banned.', '"He is a threat," the lawmaker said.']],
    ['a lesser or former holder of the role', ['Vice President Joe Biden spoke, and former Gov. Christine Whitman too.', '"It is time," the president said. "We agree," the governor said.']],
    ['someone named since with another role, whom it may mean', ['Actress America Ferrera wrote a letter.', 'Later the star Selenis Leyva answered it.', '"I am a real woman," the actress said.']],
  ])('keeps the description with %s', (_name, paragraphs) => {
    for (const quote of extractQuotes(article(...paragraphs)).filter((q) => /^the /i.test(q.speaker?.description ?? ''))) expect(quote.speaker?.name ?? null).toBeNull();
  });
});

describe('pronouns agree with what the article says of each person', () => {
  it.each([
    ['an honorific on another mention of the surname', ['Ms. Warren spoke first.', 'Senator Elizabeth Warren and John Kerry met on Monday.', '"We disagree," she said.'], 'Elizabeth Warren'],
    ['the man named last is not "she"', ['"We are ready," said Jane Roe, a spokeswoman for the city.', 'Mayor Tom Poe arrived later.', '"It is over," she said.'], 'Jane Roe'],
    ['nor the woman named last "he"', ['"We are ready," said Tom Poe, a spokesman for the city.', 'Ann Lee, a councilwoman, arrived later.', '"It is over," he said.'], 'Tom Poe'],
    ['not a name between the pronoun and its quote', ['The furor spread to the Capitol, where Senator Tom Poe told reporters that he had spoken to Secretary Jim Lee and that "a pause is coming."'], 'Tom Poe'],
  ])('%s', (_name, paragraphs, name) => {
    expect(extractQuotes(article(...paragraphs)).at(-1)!.speaker?.name ?? null).toBe(name);
  });
});

describe('who speaks in reported clauses, partial quotes and uncommon layouts', () => {
  it.each([
    // the subject of the reported clause is not the speaker
    ['the speaker of the main clause', 'Freeland says Canada has asked China to stop what it calls the "inhumane" treatment.', 'Freeland'],
    ['the namer in a `what NAME called` clause, not a subject after the quote', 'In 2009, under what Mr. Hedge called "the prior economy model," the club, a private course, charged a $100,000 fee.', 'Hedge'],
    ['a clause of comparison after the quote: `as NAME said`', 'Still, the fact that the race "is a dead heat right now," as Cruz said on a radio program on Monday, only raises the stakes.', 'Cruz'],
    ['`as ROLE NAME said` after the quote', 'The plan is "dead on arrival," as the host Steve Doocy said on the show.', 'Steve Doocy'],
    ['a named subject, a past verb and its object before a participle', 'After the call ended, Rubio\'s campaign sent out a press release saying Murphy owes "Florida an explanation."', 'Rubio'],
    ['a possessive name and its noun as the subject a participle shares', 'Ryan’s campaign shrugged off the comments, telling reporters, “Neither Speaker Ryan nor anyone on his team has ever asked for an endorsement.”', 'Ryan'],
    ['a verb of aspect before the participle (`kept asking`) is no part of the subject', 'At the hearing in 2013, Sen. Ron Johnson (R-Wis.) kept asking her why the department had tied the violence to "spontaneous" protests.', 'Ron Johnson'],
    ['who asks a question, not a source inside it', 'Rubio was asked by moderator Gerard Baker whether his plan, which the Tax Foundation estimates would cost $170 billion a year, would risk "adding another expensive entitlement program."', 'Gerard Baker'],
    ['who asks a question at the head of the sentence, not a name inside it', 'Asked by Thrush if Clinton "gets" race, Sharpton avoided a declarative answer.', 'Thrush'],
    ['a parenthetical `, NAME said,` inside the sentence, not the subject before it', 'CNN, Cruz said, called the announcement "highly significant."', 'Cruz'],
    ['a parenthetical `, says NAME, ROLE,` inside the sentence, not the phrase before it', 'The paradox of Nancy, says Carl Anthony, a historian at the library, is that she was "one of the most powerful first ladies."', 'Carl Anthony'],
    ['a subject with a role whose verb reports a clause about a name', 'In an interview, Steve Huhn, a former vice president, said Fiorina "was very heavily involved."', 'Steve Huhn'],
    ['a subject with a role and a day before its verb, not the possessor of what it calls', 'Sen. Jane Smith, the committee chairman, on Tuesday called Mr. Brown\'s remarks about the judge "racist," an extraordinary rebuke.', 'Jane Smith'],
    ['a subject with a role and `on Monday night` before its verb', 'Senator Jane Smith, a Democrat, on Monday night said the plan was "dead on arrival."', 'Jane Smith'],
    ['a subject with a span back before its verb', 'Senator Jane Smith less than two weeks ago said the plan was "dead on arrival."', 'Jane Smith'],
    ['a subject with a role and `earlier this month` before its verb', 'Senator Jane Smith, a Democrat, earlier this month said the plan was "dead on arrival."', 'Jane Smith'],
    ['a subject with a role and `last week` before its verb', 'Sen. Jane Smith, the committee chairman, last week called Mr. Brown\'s remarks about the judge "racist," an extraordinary rebuke.', 'Jane Smith'],
    ['the namer with a role in a `what NAME called` clause', 'He kept his delegates, in what Bay Buchanan, treasurer for the campaign, called "hand-to-hand combat," the chairman recalled.', 'Bay Buchanan'],
    // partial quotes inside narrative
    ['the owner of a partial quote', 'Nobody expected Musk\'s "production hell, the worst months of my life" to last so long. Nobody knew why nobody did.', 'Musk'],
    ['the owner of the allegations a partial quote is from', 'She recalled Clinton\'s allegations of a "vast right-wing conspiracy" at length.', 'Clinton'],
    // uncommon verbs after the quote
    ['echoes', '"It is a matter of time," echoes McMillen.', 'McMillen'],
    ['suggests', '"Take a break," suggests Molitor.', 'Molitor'],
    ['advises, with a role', '"Sleep more," advises psychologist Alvord.', 'Alvord'],
    ['blurted out', '"We lost," Smith blurted out.', 'Smith'],
    ['chimed in', '"Not so fast," Warren chimed in.', 'Warren'],
    ['points out', '"It is over," Jones points out.', 'Jones'],
    ['a name that opens with a verb of speech', 'Ties are deep, and they “transcend any particular president,” State Department deputy spokesperson Vedant Patel said Thursday.', 'Vedant Patel'],
    ['a headline verb after the quote', '"It is over," Says Trump.', 'Trump'],
    ['a joint speaker', '"We will subpoena them," Cummings and Conyers wrote.', 'Cummings and Conyers'],
    ['a tweet as the cue\'s subject', 'In its Tweet, WikiLeaks said: "We stand by our reporting."', 'WikiLeaks'],
    // verbs of speech only with their particle
    ['shot back', '"You are wrong," Bennett shot back with a laugh.', 'Bennett'],
    ['went on', '"You know, it happens, right?" Trump went on, as if he had not heard.', 'Trump'],
    // the subject after an introduction
    ['a subject that names no one goes on with the sentence before', 'Jahangir said she was angered by the media. It "appeared to be an attempt at poisoning the election."', 'Jahangir'],
    ['a time phrase before the subject', 'Hours later, Trump returned the compliment, telling Reuters, "He is an amazing man."', 'Trump'],
    ['a city and its state in the introduction', 'Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him "a total stiff."', 'Trump'],
    ['a first name that ends like an adverb', 'Carly Fiorina threw her support behind Cruz on Wednesday, saying it is time for a "real conservative in the White House."', 'Carly Fiorina'],
    ['a live blog\'s time stamp', '9:34 p.m. Donald Trump has delivered a defense of the city, saying it embodied the "bravery, heart and soul of America."', 'Donald Trump'],
    ['a participle after a quote of the same sentence', 'Donald Trump defended "New York values," saying the city embodied the "bravery, heart and soul of America."', 'Donald Trump'],
    ['a name after a long phrase', 'On Saturday at the state party convention Sen. Elizabeth Warren (D-MA) said the nominee was a "proven failure" in business.', 'Elizabeth Warren'],
    ['a past participle opening the sentence', 'Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said the senator faced a "test of leadership" now.', 'Harry Reid'],
    ['a participle phrase before a subject with a role', 'Dashing into a luncheon of senators, Senator Shelley Moore Capito, Republican of West Virginia, called over her shoulder, "His comments are not helping."', 'Shelley Moore Capito'],
    ['a town, its state\'s abbreviation and a day in the introduction', 'At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders of Vermont endorsed her, saying she would "make an outstanding president."', 'Bernie Sanders'],
    ['an adverb before the subject\'s name', 'Even China, Pyongyang\'s only ally, said it was "resolutely opposed" to the test.', 'China'],
    ['a noun of speech after a possessive is no verb', 'Weaver did not seem impressed with Sanders\' comments Tuesday, telling reporters, "A lot of people said the governor should step down."', 'Weaver'],
    ['a verb of manner before the name', '"Silly boys acting like they have never seen a girl," scoffed Arianna Gil, 22, who helped found the group.', 'Arianna Gil'],
    ['barked', '"OK, for a start, she chose not to speak," Oliver barked.', 'Oliver'],
    ['any past tense between a name and the sentence\'s end', '"Would it be negotiable about the 11 million?" Hannity pressed.', 'Hannity'],
    ['two names signing after a dash', 'POLLS NOT WRONG, JUST TOO EARLY - More from Blumenthal and Cohen: "The polls ended too early."', 'Blumenthal and Cohen'],
    ['a quote signed with a hyphen', '"Almost all new income is going to the top 1 percent." - Bernie Sanders.', 'Bernie Sanders'],
    ['a signature with the next sentence after it', '"Multinationals pay zero taxes." - Sanders. This is a complex issue, subject to fierce debate.', 'Sanders'],
    ['reacted', '"What sport is he talking about, and who?" reacted Trump.', 'Trump'],
    ['a conjunction and an adverb before the subject', 'And then Trump went fully on the attack, saying, "Is he going to resign?"', 'Trump'],
    ['a conjunction before a time phrase', 'But a few days later, Trump reversed himself again, telling CBS that the laws "are set."', 'Trump'],
    ['an adverb before an introduction', 'Even before Francis\' remarks about him, Mr. Trump had criticized the pope as "a political person" for weeks.', 'Trump'],
    ['a relative clause inside the introduction', 'Speaking to reporters in New Hampshire, which votes next, Bush referred to Rubio as "a bright, charismatic leader" again.', 'Bush'],
    ['a news agency after an inverting verb', 'This is "roughly the same advantage she has held all month," reported Reuters.', 'Reuters'],
    ['a clause after the verb, no inverted subject', 'City Attorney Brad Holm said in the letter that the ad "unmistakably and wrongfully" suggests that Phoenix supports the campaign.', 'Brad Holm'],
    ['a verb inside the introduction reports nothing', 'Asked by Stephanopoulos to respond to the criticism, Carson said, "What does it say about people?"', 'Carson'],
    ['a past participle with its agent in the introduction', 'Challenged by ABC News\'s Diane Sawyer on her speaking fees, Clinton said that her family "came out of the White House dead broke."', 'Clinton'],
    ['a place the introduction goes on from', 'Speaking to supporters in Columbia, South Carolina at the close of the day, Cruz warned that the "Washington cartel" is nervous.', 'Cruz'],
    ['an adverb and a phrase before the subject', 'Immediately after the attacks, Trump issued a statement, "Last night, our nation was attacked."', 'Trump'],
    ['a name that ends like an adverb', 'Kelly responded pointedly, with a smile: "Can happen when you\'re 45."', 'Kelly'],
    ['`as` with its source after a conjunction', 'But as The Hill pointed out, "Still, Trump has so far declined to release any tax returns."', 'The Hill'],
    ['an adverb opening the sentence is not part of the name', 'Later Fallon said: "We are rooting for her."', 'Fallon'],
    ['a name signing a quote after a dash', 'Pollsters agree - Carl Bialik: "One of the biggest lessons was a simple one."', 'Carl Bialik'],
  ])('%s', (_name, text, name) => {
    expect(first(text).speaker?.name ?? null).toBe(name);
  });

  it('takes a surname alone, after the full name, as a mention of that person', () => {
    const quotes = extractQuotes(article('Tom Poe spoke first.', '"We are ready," said Jim Roe.', 'Poe was furious. "It is over," he said.'));
    expect(quotes.at(-1)!.speaker?.name).toBe('Tom Poe');
  });

  it('gives "he" to a person, never to a place that spoke last', () => {
    const quotes = extractQuotes(article('"We will respond," Russia said.', 'Then Donald Trump met the press. "It is sad," he said.'));
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Russia', 'Donald Trump']);
  });

  it('gives a quote to the speaker a paragraph ending in a colon introduces, a full date before the name', () => {
    const quotes = extractQuotes(article('Lee spoke first.', 'On July 6, 2015, Sanders made the following comment:', '"For young people who have graduated high school, the unemployment rate is 33 percent."'));
    expect(quotes.at(-1)!.speaker?.name).toBe('Sanders');
  });

  it('never names a transcript as its speaker', () => {
    const quotes = extractQuotes(article('Kasich spoke in Cleveland.', 'Transcript as follows:', '"Tonight we arrived in Cleveland, and we went to a restaurant to grab a quick meal."'));
    expect(quotes.at(-1)!.speaker?.name ?? null).not.toBe('Transcript');
  });

  it('takes no subject from a phrase that goes on after `and`', () => {
    const quotes = extractQuotes(article('Brooks stated that the debate was "more Rubio-style" and the GOP candidate "did well, because it was a substantive debate."'));
    expect(quotes.at(-1)!.speaker?.name ?? null).not.toBe('GOP');
  });

  it('reads `went on to` as what happened next, not as speech', () => {
    const quotes = extractQuotes(article('"We are ready," Lee said. "It is a big day," Smith went on to win the race.'));
    expect(quotes.at(-1)!.speaker?.name ?? null).not.toBe('Smith');
  });

  it.each([
    ['a comparison', 'A plugin might reach “system” APIs, like a library would, or the embedding just calls it.'],
    ['a conjunction and a pronoun of its own', 'A plugin might reach “system” APIs, and it calls them.'],
  ])('gives no quote to a name whose comma opens another clause: %s', (_name, text) => {
    expect(extractQuotes(article(text)).map((q) => q.speaker?.name ?? null)).not.toContain('APIs');
  });

  it('gives a reported clause with a described subject to that subject, not to a possessor inside it', () => {
    const speaker = first('Forty-one percent of voters say Trump\'s comments are "completely unacceptable."').speaker;
    expect(speaker).toMatchObject({ name: null, description: 'Forty-one percent of voters' });
  });
});

describe('a speaker is a name, never a word that opens a sentence or ends one', () => {
  it.each([
    ['an imperative before a determiner', ['Some things are funny enough to elicit tears. Note the example stops with “literally cried.”'], null],
    ['a participle before a determiner', ['Called a “violent rhythm game” by its creators, the game is a hit.'], null],
    ['a contraction', ['If I were an editor, I’d start by asking “how are photo assignments processed?” first.'], null],
    ['an appositive after the name is still its subject', ['John Dickey, the chief executive of Ora Media, told me, "We are a content provider."'], 'John Dickey'],
    ['a one-word subject the article never writes inside a sentence', ['Managers play a key role even when the initial “pain” of paging subsides.'], null],
    ['a one-word subject the article names inside a sentence too', ['Many people disagree with Musk.', 'Musk openly admires Putin as a “strong leader.”'], 'Musk'],
    ['a plural noun that opens the sentence', ['Visitors find the islands “a land of the long white cloud.”'], null],
    ['a preposition opening the sentence is an introduction', ['Alongside BLM calls for action, even a top strategist said she will have to choose, saying, “At some point, she is going to have to come out.”'], null],
    ['a place that is only the subject of the sentence', ['New Zealand has “a land of the long white cloud” as its name in Maori.'], null],
    ['a place with a verb of speech speaks for its government', ['"We will respond," Russia said.'], 'Russia'],
    ['a label before a colon the article never writes inside a sentence', ['Disclaimer: if you see different sizes when you press "update" by hand, that is because we test it.'], null],
    ['an acronym as the label', ['UN: peacekeepers paid “The United Nations has been grappling with so many abuse allegations for years.”'], 'UN'],
    ['a name does not run past the end of a sentence', ['“Why not?” Caudevilla told me when I visited the lab in Madrid. Caudevilla, a stocky man, has piercings.', '“I said no,” he said.'], 'Caudevilla'],
  ])('%s', (_name, paragraphs, name) => {
    expect(extractQuotes(article(...paragraphs)).at(-1)!.speaker?.name ?? null).toBe(name);
  });
});
