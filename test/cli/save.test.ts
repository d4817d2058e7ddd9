import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/cli.js';
import { runCliAsync, runJsonAsync, startFixtureServer, type FixtureServer } from '../helpers/server.js';

const NEWS_FILE = 'reservoir-to-host-britains-largest-floating-solar-farm.md';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

const freshDir = () => mkdtempSync(join(tmpdir(), 'article-save-'));

describe('article save', () => {
  it('saves a web page that reads back with the same quotes, sections and metadata', async () => {
    const dir = freshDir();
    const out = join(dir, 'a.md');
    const saved = await runCliAsync(['save', server.url('/news.html'), '--out', out]);
    expect(saved).toMatchObject({ code: 0, stderr: '', stdout: `Saved to ${out}\n` });
    for (const command of ['quotes', 'sections']) {
      expect(runJson([command, out])[command]).toEqual((await runJsonAsync([command, server.url('/news.html')]))[command]);
    }
    expect(runJson(['quotes', out]).quotes.length).toBeGreaterThan(0);
    expect(runJson(['info', out]).meta).toEqual((await runJsonAsync(['info', server.url('/news.html')])).meta);
  });

  it('writes Markdown with YAML front matter', async () => {
    const out = join(freshDir(), 'a.md');
    await runCliAsync(['save', server.url('/news.html'), '--out', out]);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^---\ntitle: Reservoir to host Britain's largest floating solar farm\nauthor: Priya Raman, Tom Ellery\n/);
    expect(text).toContain('\n## Objections from anglers\n');
    expect(text).toContain('| Phase | Panels | Capacity (MW) |');
    expect(text).toContain('[council\'s planning report](https://www.valleycourier.example/documents/hollins-planning.pdf)');
  });

  it('keeps the article in the reading list, named after the title, and never overwrites it without --force', async () => {
    const env = { XDG_DATA_HOME: freshDir() };
    const library = join(env.XDG_DATA_HOME, 'article', 'articles');
    const path = join(library, NEWS_FILE);
    const cwd = freshDir();
    const first = await runCliAsync(['save', server.url('/news.html')], { cwd, env });
    expect(first).toMatchObject({ code: 0, stdout: `Saved to ${path}\n` });
    writeFileSync(path, 'my notes');
    const again = await runCliAsync(['save', server.url('/news.html')], { cwd, env });
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`article: ${path} already exists (use --force to overwrite it, or --out to choose another name)\n`);
    expect(readFileSync(path, 'utf8')).toBe('my notes');
    expect((await runCliAsync(['save', server.url('/news.html'), '--force'], { cwd, env })).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(/^---\ntitle: /);
    expect(readdirSync(library)).toEqual([NEWS_FILE]);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('a saved article is listed (title, site, date, words) and its slug is a source', async () => {
    const env = { XDG_DATA_HOME: freshDir() };
    expect((await runCliAsync(['save', server.url('/news.html')], { env })).code).toBe(0);
    const slug = NEWS_FILE.replace(/\.md$/, '');
    const listed = runJson(['list'], { env }).articles;
    expect(listed.map((a: any) => [a.slug, a.saved])).toEqual([
      ['rare-border-crossing-shakes-korean-peninsula', false],
      [slug, true],
    ]);
    const saved = listed[1];
    expect(saved).toMatchObject({ title: "Reservoir to host Britain's largest floating solar farm", site: 'The Valley Courier', date: '2025-03-14' });
    expect(saved.words).toBe(runJson(['info', slug], { env }).words);
    expect(runCli(['list'], { env }).stdout).toContain(`Saved in ${join(env.XDG_DATA_HOME, 'article', 'articles')}\n${slug}\n`);
    expect(runJson(['quotes', slug], { env }).quotes).toEqual((await runJsonAsync(['quotes', server.url('/news.html')])).quotes);
  });

  it('refuses an existing --out before fetching anything', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'taken.md'), 'mine');
    // Nothing listens on port 9 of the loopback address: reaching the network would fail differently.
    const { code, stderr } = runCli(['save', 'http://127.0.0.1:9/story.html', '--out', 'taken.md'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^article: taken\.md already exists/);
  });

  it('writes to standard output with --out -, and no file', () => {
    const dir = freshDir();
    const { code, stdout } = runCli(['save', 'rare-border-crossing-shakes-korean-peninsula', '--out', '-'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^---\ntitle: Rare Border Crossing Shakes Korean Peninsula\n---\n/);
    expect(runJson(['sections', '-'], { input: stdout }).sections).toEqual(runJson(['sections']).sections);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('saves Markdown and plain-text sources too, and they read back the same', () => {
    const dir = freshDir();
    expect(runCli(['save', 'rare-border-crossing-shakes-korean-peninsula', '--out', 'k.md'], { cwd: dir }).code).toBe(0);
    const saved = join(dir, 'k.md');
    expect(runJson(['sections', saved]).sections).toEqual(runJson(['sections']).sections);
    expect(runJson(['quotes', saved]).quotes).toEqual(runJson(['quotes']).quotes);
    writeFileSync(join(dir, 'note.txt'), 'A short note\n\nThe council met on Tuesday. "We will decide soon," said the mayor.\n');
    expect(runCli(['save', 'note.txt', '--out', 'note.md'], { cwd: dir }).code).toBe(0);
    expect(runJson(['sections', join(dir, 'note.md')]).sections).toEqual(runJson(['sections', join(dir, 'note.txt')]).sections);
  });

  it.each([
    ['a folder that does not exist', '/news.html', ['--out', 'missing/a.md'], /^article: cannot write missing\/a\.md: there is no folder missing\n$/],
    ['a folder in the way (the written file is removed)', '/news.html', ['--out', 'taken', '--force'], /^article: cannot write taken: it is a folder\n$/],
    ['a page that cannot be fetched', '/missing.html', [], /^article: .*HTTP 404 Not Found/],
  ])('leaves no file behind on failure: %s', async (_name, path, args, message) => {
    const dir = freshDir();
    mkdirSync(join(dir, 'taken'));
    const { code, stdout, stderr } = await runCliAsync(['save', server.url(path), ...args], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readdirSync(join(dir, 'taken'))).toEqual([]);
  });

  it('needs a source', () => {
    const { code, stderr } = runCli(['save']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing required argument 'source'/);
  });
});
