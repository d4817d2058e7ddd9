import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, runJson } from '../helpers/cli.js';

interface GoldQuote {
  text: string;
  speaker: string | null;
  honorific?: string;
  description?: string;
  organization?: string;
  verb?: string;
  section: string | null;
  continues: boolean;
}
const gold = JSON.parse(readFileSync(`${FIXTURES}bundled/expected.json`, 'utf8')) as {
  quotes: GoldQuote[];
  not_quotes: { text: string }[];
  speakers: { name: string | null; description?: string; quotes: number }[];
};

describe('article quotes on the bundled article', () => {
  const { quotes } = runJson<{ quotes: any[] }>(['quotes']);

  it('finds exactly the gold quotes, in order', () => {
    expect(quotes.map((q) => q.text)).toEqual(gold.quotes.map((q) => q.text));
  });

  it.each(gold.quotes.map((q, i) => [i, q.text.slice(0, 40), q] as const))('quote %i (%s…) has the gold speaker, role, verb and flags', (i, _text, expected) => {
    const quote = quotes[i];
    expect(quote.speaker?.name ?? null).toBe(expected.speaker);
    expect(quote.section).toBe(expected.section);
    expect(quote.continues).toBe(expected.continues);
    if (expected.description) expect(quote.speaker.description).toBe(expected.description);
    if (!expected.continues) {
      expect(quote.speaker.honorific).toBe(expected.honorific ?? null);
      expect(quote.speaker.organization).toBe(expected.organization ?? null);
      expect(quote.verb).toBe(expected.verb);
    }
  });

  it('leaves out the quoted terms', () => {
    for (const term of gold.not_quotes) expect(quotes.some((q) => q.text.includes(term.text))).toBe(false);
  });

  it('filters by any part of the speaker name, case-insensitive', () => {
    const park = runJson<{ quotes: any[] }>(['quotes', '--speaker', 'ji-YOUNG']).quotes;
    expect(park.map((q) => q.text)).toEqual(gold.quotes.filter((q) => q.speaker === 'Park Ji-young').map((q) => q.text));
  });

  it('shows a quote inside a quote in single marks', () => {
    const story = 'Story\n"The doctor had typed “homicidal ideation,”" said Dr. Jane Roe, a psychiatrist.\n';
    const { stdout } = runCli(['quotes', '-'], { input: story });
    expect(stdout).toContain('“The doctor had typed ‘homicidal ideation,’”');
    expect(runJson<{ quotes: any[] }>(['quotes', '-'], { input: story }).quotes[0].text).toBe('The doctor had typed “homicidal ideation,”');
  });

  it('--speaker finds an unnamed source by its description', () => {
    const unnamed = runJson<{ quotes: any[] }>(['quotes', '--speaker', 'Spokesperson']).quotes;
    expect(unnamed.map((q) => q.text)).toEqual(gold.quotes.filter((q) => q.speaker === null).map((q) => q.text));
  });

  it('shows each quote with its speaker, grouped by section', () => {
    const { code, stdout } = runCli(['quotes', '--width', '80']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const heading = lines.indexOf('Security Implications and Intelligence Value');
    expect(heading).toBeGreaterThan(0);
    expect(lines.slice(heading).join('\n')).toMatch(/“Any soldier who successfully crosses[\s\S]*— Bruce Klingner, a senior research fellow at the Heritage Foundation/);
    expect(lines.every((l) => l.length <= 80)).toBe(true);
    expect(stdout).not.toContain('\u001b[');
  });

  it('colours speakers when colour is forced', () => {
    const { stdout } = runCli(['quotes'], { env: { FORCE_COLOR: '1' } });
    expect(stdout).toContain('\u001b[1mBruce Klingner');
  });

  it('says so when no quote matches --speaker', () => {
    const { code, stdout } = runCli(['quotes', '--speaker', 'nobody-here']);
    expect(code).toBe(0);
    expect(stdout).toContain('No quotes by a speaker matching');
  });
});

describe('article experts on the bundled article', () => {
  const { experts } = runJson<{ experts: any[] }>(['experts']);

  it('lists the gold speakers, named first, with how often each is quoted', () => {
    expect(experts.map((e) => [e.name, e.quotes])).toEqual(gold.speakers.map((s) => [s.name, s.quotes]));
    expect(experts.at(-1).description).toBe('a military spokesperson');
  });

  it('gives role, organisation and first quote', () => {
    const park = experts.find((e) => e.name === 'Park Ji-young');
    const first = gold.quotes.find((q) => q.speaker === 'Park Ji-young')!;
    expect(park).toMatchObject({ description: first.description, organization: first.organization, firstQuote: first.text });
  });

  it('prints one block per person', () => {
    const { code, stdout } = runCli(['experts']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Park Ji-young · 2 quotes\n {2}a security analyst at the Sejong Institute\n {2}“This is an extremely rare/);
  });
});

describe('quotes from other sources', () => {
  it('reads a plain-text file from stdin and prints only JSON with --json', () => {
    const input = 'A headline\n\n"We will win," said Sen. Jane Roe, a Democrat from Ohio.\n';
    const result = runCli(['quotes', '-', '--json'], { input });
    expect(result.code).toBe(0);
    const { quotes } = JSON.parse(result.stdout);
    expect(quotes[0]).toMatchObject({ text: 'We will win,', speaker: { name: 'Jane Roe', honorific: 'Sen.' }, verb: 'said' });
  });

  it('fails with exit 1 on a missing file', () => {
    const result = runCli(['experts', 'no-such-file.md']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^article: /);
  });
});

describe('how sure the speaker is', () => {
  const input = 'A headline\n\n"We will win," said Sen. Jane Roe, a Democrat from Ohio.\n\nIn a speech, the county commissioner blasted the decision as "absurd."\n';

  it('gives each speaker a confidence in --json', () => {
    const { quotes } = runJson<{ quotes: any[] }>(['quotes', '-', '--json'], { input });
    expect(quotes.map((q) => typeof q.speaker.confidence)).toEqual(['number', 'number']);
    expect(quotes[0].speaker.confidence).toBeGreaterThan(quotes[1].speaker.confidence);
  });

  it('marks a low-confidence speaker as uncertain, not a sure one', () => {
    const { stdout } = runCli(['quotes', '-', '--no-color'], { input });
    expect(stdout).toContain('— the county commissioner (uncertain)');
    expect(stdout).toMatch(/— Sen\. Jane Roe, a Democrat/);
  });

  it('--min-confidence keeps only the quotes whose speaker is that likely right', () => {
    const { quotes } = runJson<{ quotes: any[] }>(['quotes', '-', '--json', '--min-confidence', '0.9'], { input });
    expect(quotes.map((q) => q.text)).toEqual(['We will win,']);
    expect(runCli(['quotes', '-', '--min-confidence', '1.5'], { input }).code).toBe(2);
  });
});

describe('article read --quotes', () => {
  const input = 'A headline\n\n"We will win," said Sen. Jane Roe, a Democrat from Ohio. "We always do."\n\nThe mayor, Tom Poe, called it "a fine day" for the city.\n';

  it('names the speaker after each quote, within the width, without colour when piped', () => {
    const { code, stdout } = runCli(['read', '-', '--quotes', '--width', '40'], { input });
    expect(code).toBe(0);
    expect(stdout.replace(/\s+/g, ' ')).toContain('"We will win," [Jane Roe] said Sen. Jane Roe');
    expect(stdout.replace(/\s+/g, ' ')).toContain('"a fine day" [Tom Poe]');
    expect(stdout.split('\n').every((l) => l.length <= 40)).toBe(true);
    expect(stdout).not.toContain('\u001b[');
  });

  it('gives each speaker a colour of their own when colour is on', () => {
    const { stdout } = runCli(['read', '-', '--quotes'], { input, env: { FORCE_COLOR: '1' } });
    const colourOf = (word: string) => new RegExp(`\\u001b\\[(\\d+)m${word}`).exec(stdout)?.[1];
    expect(colourOf('"We')).toBeDefined();
    // Both quotes of Jane Roe in one colour, Tom Poe's in another.
    expect(colourOf('always')).toBe(colourOf('"We'));
    expect(colourOf('"a')).toBeDefined();
    expect(colourOf('"a')).not.toBe(colourOf('"We'));
  });
});

describe('article read --quotes on the bundled article', () => {
  it('names every gold speaker after a quote, and reads one section alone', () => {
    const { code, stdout } = runCli(['read', '--quotes', '--plain', '--width', '80']);
    expect(code).toBe(0);
    const flat = stdout.replace(/\s+/g, ' ');
    for (const name of new Set(gold.quotes.map((q) => q.speaker).filter(Boolean))) expect(flat).toContain(`[${name}]`);
    const section = runCli(['read', '--quotes', '--plain', '--section', '3']).stdout;
    expect(section).toContain('[Bruce Klingner]');
    expect(section).not.toContain('Dangerous Journey');
  });
});
