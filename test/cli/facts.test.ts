import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROWS_PER_KIND } from '../../src/present/facts.js';
import { FIXTURES, runCli, runJson } from '../helpers/cli.js';

interface Fact {
  kind: string;
  text: string;
  value: unknown;
  unit: string | null;
  sentence: string;
  at: number;
  start: number;
  section: string | null;
}
interface FactsJson {
  article: { title: string; source: string };
  facts: Fact[];
  entities: { people: string[]; organizations: string[]; places: string[] };
}

const gold = JSON.parse(readFileSync(`${FIXTURES}bundled/expected.json`, 'utf8')).facts as Record<string, string[]>;

describe('article facts on the bundled article, against the seed gold', () => {
  let out: FactsJson;
  beforeAll(() => {
    out = runJson<FactsJson>(['facts']);
  });

  const kindOf: Record<string, string> = { dates: 'date', durations: 'duration', quantities: 'quantity' };
  it.each(['dates', 'durations', 'quantities'].flatMap((group) => gold[group]!.map((text) => [group, text])))(
    'finds %s: %s',
    (group, text) => {
      const fact = out.facts.find((f) => f.text === text);
      expect(fact, `no fact with text ${text}`).toBeDefined();
      expect(fact!.kind).toBe(kindOf[group]);
      expect(fact!.sentence).toContain(text);
    },
  );

  it.each([
    ['people', 'person'],
    ['organizations', 'organization'],
    ['places', 'place'],
  ] as const)('lists exactly the gold %s, as entities and as facts', (group, kind) => {
    expect([...out.entities[group]].sort()).toEqual([...gold[group]!].sort());
    expect(out.facts.filter((f) => f.kind === kind).map((f) => f.value).sort()).toEqual([...gold[group]!].sort());
  });

  it('normalises the dates and parses values and units', () => {
    const value = (text: string) => out.facts.find((f) => f.text === text);
    expect(value('October 19, 2025')).toMatchObject({ value: '2025-10-19', unit: 'day', section: null });
    expect(value('August 2024')).toMatchObject({ value: '2024-08', section: 'Historical Context of Korean Defections' });
    expect(value('the first quarter of 2025')).toMatchObject({ value: '2025-Q1' });
    expect(value('250 kilometers (160 miles)')).toMatchObject({ value: 250, unit: 'kilometer', conversion: { value: 160, unit: 'mile' } });
    expect(value('four months')).toMatchObject({ value: 4, unit: 'month', relation: 'after' });
  });

  it('gives the article block every JSON answer starts with', () => {
    expect(out.article.title).toBe('Rare Border Crossing Shakes Korean Peninsula');
  });
});

describe('article facts', () => {
  it('prints a fact box grouped by kind, with each value in its clause', () => {
    const { code, stdout } = runCli(['facts', '--width', '100']);
    expect(code).toBe(0);
    const headings = stdout.split('\n').filter((l) => /^[A-Z]/.test(l));
    expect(headings.slice(1)).toEqual(['Dates', 'Durations and relative times', 'Quantities', 'People', 'Organisations', 'Places']);
    expect(stdout).toMatch(/2025-10-19 +The incident occurred on October 19, 2025/);
    expect(stdout).toMatch(/Park Ji-young +…said Dr\. Park Ji-young, a security analyst at the Sejong Institute/);
  });

  it('highlights the value when colour is on', () => {
    const { stdout } = runCli(['facts', '--kind', 'date'], { env: { FORCE_COLOR: '1' } });
    expect(stdout).toContain('\u001b[33m\u001b[1mOctober 19, 2025\u001b[22m\u001b[39m');
  });

  it.each([
    ['date', 'date'],
    ['dates', 'date'],
    ['Quantities', 'quantity'],
    ['people', 'person'],
    ['organisations', 'organization'],
    ['place', 'place'],
  ])('--kind %s keeps only %s facts', (kind, expected) => {
    const out = runJson<FactsJson>(['facts', '--kind', kind]);
    expect(out.facts.length).toBeGreaterThan(0);
    expect(new Set(out.facts.map((f) => f.kind))).toEqual(new Set([expected]));
  });

  it.each([['colours'], ['constructor'], ['__proto__']])('rejects the unknown kind %s as a usage error', (kind) => {
    const { code, stdout, stderr } = runCli(['facts', '--kind', kind]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^article: unknown kind '${kind}' \\(use one of: date, duration`));
  });

  it('reads standard input, and says so when there is nothing to report', () => {
    const story = 'Quiet day\n\nNothing happened here at all.\n';
    expect(runJson<FactsJson>(['facts', '-'], { input: story }).facts).toEqual([]);
    expect(runCli(['facts', '-'], { input: story }).stdout).toContain('No facts found.');
  });
});

// One sentence packed with facts: every fact is reported once, at its own place, with a bounded
// context, so the output grows with the input rather than with the input times its facts.
describe('article facts on a sentence packed with facts', () => {
  it.each([
    ['percentages', '5% ', 'quantity'],
    ['money', '$5 ', 'quantity'],
    ['years', 'in 1999, ', 'date'],
    ['dates', 'on May 5, 2001 and ', 'date'],
    ['durations', 'for two years and ', 'duration'],
  ])('%s', (_, piece, kind) => {
    const input = `Packed\n\nThe figures were ${piece.repeat(1500)}in all.\n`;
    const out = runJson<FactsJson>(['facts', '-'], { input });
    const found = out.facts.filter((f) => f.kind === kind);
    expect(found).toHaveLength(1500);
    // Each fact points at its own occurrence, inside its own context.
    expect(new Set(found.map((f) => f.start)).size).toBe(1500);
    for (const f of found) expect(f.sentence.slice(f.at, f.at + f.text.length)).toBe(f.text);
    const json = runCli(['facts', '--json', '-'], { input }).stdout;
    const box = runCli(['facts', '-'], { input });
    expect(box.code).toBe(0);
    // A bounded amount per fact, whatever the sentence's length (it once reprinted the whole sentence).
    expect(json.length / found.length).toBeLessThan(500);
    expect(box.stdout.length / found.length).toBeLessThan(250);
  });
});

describe('the fact box on a text of nothing but numbers', () => {
  it(`shows ${ROWS_PER_KIND} rows a kind and counts the rest, which --json gives whole`, () => {
    const input = `Packed\n\nThe figures were ${'5% '.repeat(ROWS_PER_KIND + 250)}in all.\n`;
    const box = runCli(['facts', '-'], { input }).stdout;
    expect(box.split('\n').filter((l) => /^ {2}5%/.test(l))).toHaveLength(ROWS_PER_KIND);
    expect(box).toContain('… and 250 more (all of them with --json)');
    expect(runJson<FactsJson>(['facts', '-'], { input }).facts).toHaveLength(ROWS_PER_KIND + 250);
  });
});

describe("article facts and the article's date", () => {
  const story = (front: string) => `${front}# Markets slide\n\nShares fell on Tuesday, a year after the crash of 1997, and analysts expect more losses next week.\n\nIn March 1990 the index had peaked.\n`;

  it('resolves relative dates against the front matter date, and says which it used', () => {
    const out = runJson<FactsJson & { date: string | null }>(['facts', '-'], { input: story('---\ndate: 1998-01-08\n---\n') });
    expect(out.date).toBe('1998-01-08');
    const value = (text: string) => out.facts.find((f) => f.text === text);
    expect(value('Tuesday')).toMatchObject({ value: '1998-01-06', anchor: '1998-01-08' });
    expect(value('next week')).toMatchObject({ value: '1998-W03' });
    expect(runCli(['facts', '-'], { input: story('---\ndate: 1998-01-08\n---\n') }).stdout).toContain('dated 1998-01-08');
  });

  it('takes --date over the article, and shows it in info', () => {
    const input = story('---\ndate: 1998-01-08\n---\n');
    const out = runJson<FactsJson & { date: string | null }>(['facts', '-', '--date', '2001-09-14'], { input });
    expect(out.date).toBe('2001-09-14');
    expect(out.facts.find((f) => f.text === 'Tuesday')).toMatchObject({ value: '2001-09-11' });
    expect(runCli(['info', '-', '--date', '2001-09-14'], { input }).stdout).toMatch(/date\s+2001-09-14/);
    expect(runJson<{ meta: { date: string } }>(['info', '-', '--date', '2001-09-14'], { input }).meta.date).toBe('2001-09-14');
  });

  it('without a date, keeps what the words say and never uses today', () => {
    const out = runJson<FactsJson & { date: string | null }>(['facts', '-'], { input: story('') });
    expect(out.date).toBeNull();
    expect(out.facts.find((f) => f.text === 'Tuesday')).toMatchObject({ value: 'XXXX-WXX-2' });
    expect(out.facts.find((f) => f.text === 'next week')).toMatchObject({ value: null });
  });

  it.each([['2025-13-01'], ['2025-02-30'], ['yesterday']])('rejects --date %s as a usage error', (date) => {
    const { code, stdout, stderr } = runCli(['facts', '--date', date]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^article: .*--date.*give a date as YYYY-MM-DD/);
  });

  it('--timeline lists the dated events in time order, with what happened', () => {
    const input = story('---\ndate: 1998-01-08\n---\n');
    const out = runJson<{ timeline: Fact[] }>(['facts', '-', '--timeline'], { input });
    expect(out.timeline.map((f) => f.value)).toEqual(['1990-03', '1997', '1998-01-06', '1998-W03']);
    const box = runCli(['facts', '-', '--timeline'], { input }).stdout;
    expect(box.indexOf('1990-03')).toBeLessThan(box.indexOf('1998-01-06'));
    expect(box).toContain('In March 1990 the index had peaked.');
  });
});

describe('article facts: the fact box', () => {
  it('shows a count with its noun', () => {
    const { stdout } = runCli(['facts', '--kind', 'quantity', '--width', '100']);
    expect(stdout).toMatch(/^ {2}4 concrete anti-tank barriers/m);
    expect(stdout).toMatch(/^ {2}38 North Korean defectors/m);
  });
});
