import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { runCliAsync, runJsonAsync, startFixtureServer, type FixtureServer } from '../helpers/server.js';

const DIR = 'test/fixtures/many';
const RIVER = `${DIR}/river-floods.md`;
const DAM = `${DIR}/dam-report.txt`;
const HARBOUR = `${DIR}/archive/harbour.html`;
const TITLES = {
  river: 'River Levels Reach a Forty-Year High',
  dam: 'Dam Report Blames Silted Channels',
  harbour: 'Harbour Reopens After the Flood',
};

/** RFC 4180: fields split on commas outside quote marks, "" inside quotes is one mark, rows end CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

function jsonLines(stdout: string): any[] {
  return stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
}

describe('many sources in one call', () => {
  it('reads a folder recursively, article files only, sorted by path', () => {
    const lines = jsonLines(runCli(['sections', DIR, '--jsonl']).stdout);
    // README.md and notes.json are not articles; archive/ comes first by name.
    expect(lines.map((l) => l.article.title)).toEqual([TITLES.harbour, TITLES.dam, TITLES.river]);
  });

  it('answers in the order the sources are given, each under its own title', () => {
    const result = runCli(['summary', RIVER, HARBOUR, DAM, '-n', '1']);
    expect(result.code).toBe(0);
    const positions = [TITLES.river, TITLES.harbour, TITLES.dam].map((t) => result.stdout.indexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('a bad source is one line on stderr, in its place; the others go on and the exit code is 1', () => {
    const result = runCli(['info', RIVER, `${DIR}/missing.md`, DAM, '--jsonl']);
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout).map((l) => l.article.title)).toEqual([TITLES.river, TITLES.dam]);
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^article: no such file.*missing\.md/)]);
  });

  it('expands a glob the shell left alone', () => {
    const lines = jsonLines(runCli(['sections', `${DIR}/[dr]*.*`, '--jsonl']).stdout);
    expect(lines.map((l) => l.article.title)).toEqual([TITLES.dam, TITLES.river]);
    const none = runCli(['sections', `${DIR}/*.nothing`]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no file matches/);
  });

  it('--json over many is one document: every article, then the errors', () => {
    const result = runCli(['quotes', RIVER, 'no-such-slug', '--json']);
    expect(result.code).toBe(1);
    const doc = JSON.parse(result.stdout);
    expect(doc.articles).toHaveLength(1);
    expect(doc.articles[0].article.title).toBe(TITLES.river);
    expect(doc.articles[0].quotes.length).toBeGreaterThan(0);
    expect(doc.errors).toEqual([expect.stringMatching(/no-such-slug/)]);
  });

  it('one source keeps the single-article JSON shape', () => {
    const doc = runJson(['quotes', RIVER]);
    expect(doc.article.title).toBe(TITLES.river);
    expect(doc.articles).toBeUndefined();
  });
});

describe('across articles', () => {
  it('experts: one entry per person however each article names them, with articles, quotes and outlets', () => {
    const doc = runJson(['experts', DIR]);
    const okafor = doc.experts.filter((e: any) => /okafor/i.test(e.name));
    expect(okafor).toHaveLength(1);
    expect(okafor[0]).toMatchObject({ name: 'Maria Okafor', articles: 3, description: 'a hydrologist at the University of Lagos' });
    const perArticle = doc.articles.flatMap((a: any) => a.experts.filter((e: any) => /okafor/i.test(e.name ?? '')));
    expect(okafor[0].quotes).toBe(perArticle.reduce((n: number, e: any) => n + e.quotes, 0));
    expect(okafor[0].outlets.sort()).toEqual(['Harbour Times', 'The Daily River']);
    // Sorted by how often quoted; unnamed sources are not one person across articles.
    expect(doc.experts.map((e: any) => e.quotes)).toEqual([...doc.experts.map((e: any) => e.quotes)].sort((a, b) => b - a));
    expect(doc.experts.every((e: any) => e.name)).toBe(true);
  });

  it('experts as text: one row per person, with counts', () => {
    const { stdout, code } = runCli(['experts', DIR]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/People quoted across 3 articles/);
    expect(stdout.match(/Okafor/g)).toHaveLength(1);
    expect(stdout).toMatch(/^\s+\d+\s+3\s+Maria Okafor/m);
  });

  it('quotes --speaker works across articles and skips those where the speaker says nothing', () => {
    const { stdout } = runCli(['quotes', DIR, '--speaker', 'reyes']);
    expect(stdout).toContain(TITLES.river);
    expect(stdout).toContain(TITLES.harbour);
    expect(stdout).not.toContain(TITLES.dam);
    expect(stdout).not.toMatch(/Okafor/);
  });

  it('facts: people, organisations and places merged, with how many articles name each', () => {
    const doc = runJson(['facts', DIR]);
    const perArticle = doc.articles.map((a: any) => a.entities.people as string[]);
    for (const { name, articles } of doc.entities.people) {
      expect(articles).toBe(perArticle.filter((people: string[]) => people.some((p) => p.toLowerCase() === name.toLowerCase())).length);
    }
    expect(doc.entities.people.length).toBeGreaterThan(0);
  });
});

describe('--csv', () => {
  it('quotes: the documented columns, one row per quote, quoting as RFC 4180 says', () => {
    const result = runCli(['quotes', DIR, '--csv']);
    const rows = parseCsv(result.stdout);
    expect(rows[0]).toEqual(['source', 'title', 'section', 'paragraph', 'speaker', 'honorific', 'description', 'organization', 'verb', 'continues', 'text']);
    const total = runJson(['quotes', DIR]).articles.reduce((n: number, a: any) => n + a.quotes.length, 0);
    expect(rows).toHaveLength(total + 1);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    // Quote texts with commas survive the round trip.
    expect(rows.some((r) => r[10]!.includes(','))).toBe(true);
  });

  it('experts: one row per person across the articles', () => {
    const rows = parseCsv(runCli(['experts', DIR, '--csv']).stdout);
    expect(rows[0]).toEqual(['name', 'description', 'organization', 'articles', 'quotes', 'outlets', 'first_quote', 'first_source']);
    const okafor = rows.find((r) => r[0] === 'Maria Okafor')!;
    expect(okafor[3]).toBe('3');
  });

  it('facts: one row per fact; a cell a spreadsheet would run as a formula is kept as text', () => {
    const rows = parseCsv(runCli(['facts', DAM, '--csv']).stdout);
    expect(rows[0]).toEqual(['source', 'title', 'kind', 'text', 'value', 'unit', 'qualifier', 'section', 'sentence']);
    expect(rows.length).toBeGreaterThan(1);
    const formula = runCli(['quotes', '-', '--csv'], { input: 'Title\n\n"=HYPERLINK(1), or worse," said Ann Lee.\n' });
    expect(parseCsv(formula.stdout)[1]![10]).toMatch(/^'=HYPERLINK/);
  });

  it('is refused by commands without rows', () => {
    expect(runCli(['sections', RIVER, '--csv']).code).toBe(2);
  });
});

describe('feeds', () => {
  it('article list <feed> shows its items: date, title, site', () => {
    const { stdout, code } = runCli(['list', `${DIR}/feed.rss`]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^2026-02-03\s+River Levels Reach a Forty-Year High\s+Flood Watch & Friends$/);
    const atom = runJson(['list', `${DIR}/feed.atom`]);
    expect(atom.items.map((i: any) => [i.date, i.title])).toEqual([
      ['2026-02-10', TITLES.harbour],
      ['2026-02-03', 'River Levels Reach a Forty-Year <i>High</i>'],
    ]);
  });

  it('an RSS or Atom feed is a source: its items are read in order, --limit caps them', () => {
    const rss = jsonLines(runCli(['sections', `${DIR}/feed.rss`, '--jsonl']).stdout);
    expect(rss.map((l) => l.article.title)).toEqual([TITLES.river, TITLES.dam, TITLES.harbour]);
    const limited = jsonLines(runCli(['sections', `${DIR}/feed.atom`, '--jsonl', '--limit', '1']).stdout);
    expect(limited.map((l) => l.article.title)).toEqual([TITLES.harbour]);
    const experts = runJson(['experts', `${DIR}/feed.rss`]);
    expect(experts.experts.find((e: any) => e.name === 'Maria Okafor').articles).toBe(3);
  });

  it('a file that is not a feed is one clear line', () => {
    const result = runCli(['sections', `${DIR}/notes.json`.replace('.json', '.xml')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('a feed on the web', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  it('article list <url> shows the items, links resolved against the feed', async () => {
    const { items } = await runJsonAsync(['list', server.url('/feed.xml')]);
    expect(items.map((i: any) => [i.date, i.title, i.site, i.link])).toEqual([
      ['2025-03-14', 'Floating solar', 'Valley Courier', server.url('/news.html')],
      ['2025-03-14', 'A missing page', 'Valley Courier', server.url('/no-such-page.html')],
      ['2025-03-14', 'A Short Note', 'Valley Courier', server.url('/note.txt')],
    ]);
  });

  it('a feed URL is a source: its pages are fetched and read in order, a missing one is one line', async () => {
    const result = await runCliAsync(['sections', server.url('/feed.xml'), '--jsonl']);
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout).map((l) => l.article.title)).toEqual(["Reservoir to host Britain's largest floating solar farm", 'A Short Note']);
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^article: .*no-such-page\.html: HTTP 404/)]);
    const experts = await runCliAsync(['experts', server.url('/feed.xml'), '--limit', '1', '--json']);
    expect(experts.code).toBe(0);
    expect(JSON.parse(experts.stdout).experts[0].outlets).toEqual(['The Valley Courier']);
  });
});

describe('the hostile folder as one batch', () => {
  // Control characters, C1 codes and bidi overrides: none may reach the terminal.
  const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  it.each(['sections', 'info', 'quotes', 'experts', 'facts', 'summary'])('%s: the unreadable files are one line each, the rest answered safely', (command) => {
    const result = runCli([command, 'test/fixtures/hostile']);
    expect(result.code).toBe(1);
    const errors = result.stderr.trimEnd().split('\n');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((line) => line.startsWith('article: test/fixtures/hostile/'))).toBe(true);
    expect(result.stdout).not.toMatch(UNSAFE);
    expect(result.stdout.length).toBeGreaterThan(0);
  });
});
