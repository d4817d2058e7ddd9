import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, runCli, runJson } from '../helpers/cli.js';

const SEED_TXT = `${FIXTURES}bundled/article.txt`;
const tmp = mkdtempSync(join(tmpdir(), 'article-read-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

describe('article read', () => {
  it('reads the bundled article with no arguments', () => {
    const { code, stdout, stderr } = runCli([]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toBe('Rare Border Crossing Shakes Korean Peninsula');
    expect(stdout).toContain('Human Stories Behind the Statistics');
    expect(stdout).toContain('the human desire for freedom');
    expect(stdout).not.toMatch(/\u001b/);
  });

  it('wraps at 80 columns when piped, and at --width when given', () => {
    expect(Math.max(...runCli(['read']).stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
    const narrow = runCli(['read', '--width', '40']).stdout.split('\n');
    expect(Math.max(...narrow.map((l) => l.length))).toBeLessThanOrEqual(40);
  });

  it('wraps list items, quotes and the byline to --width too', () => {
    const md = file('wide.md', `---\ntitle: Wide\nauthor: A Writer With A Long Name, Another Writer\ndate: 2025-03-14T07:30:00Z\n---\n\n- ${'a long list item '.repeat(8)}\n\n> ${'a long quoted line '.repeat(8)}\n\n1. ${'a numbered item '.repeat(8)}\n`);
    const lines = runCli(['read', md, '--width', '40']).stdout.split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(40);
    expect(lines.join('\n')).toContain('2025-03-14');
    expect(lines.join('\n')).not.toContain('T07:30');
  });

  it.each([['2'], ['historical'], ['Historical Context']])('read --section %s prints only that section', (query) => {
    const { code, stdout } = runCli(['read', '--section', query]);
    expect(code).toBe(0);
    expect(stdout).toContain('Historical Context of Korean Defections');
    expect(stdout).toContain('34,352');
    expect(stdout).not.toContain('Security Implications');
    expect(stdout).not.toContain('daring escape');
  });

  it('read --section 0 prints the lead', () => {
    const { stdout } = runCli(['read', '--section', '0']);
    expect(stdout).toContain('daring escape');
    expect(stdout).not.toContain('Dangerous Journey');
  });

  it('--plain prints the text without Markdown styling', () => {
    const { stdout } = runCli(['read', '--plain', '--width', '60']);
    expect(stdout).toMatch(/^Historical Context of Korean Defections\n─+$/m);
    expect(stdout).not.toMatch(/\u001b/);
    expect(Math.max(...stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(60);
  });

  it('reads a plain-text file with the same sections and paragraphs as the bundled Markdown', () => {
    const fromTxt = runJson(['sections', SEED_TXT]);
    const fromMd = runJson(['sections']);
    expect(fromTxt.article.title).toBe(fromMd.article.title);
    expect(fromTxt.sections).toEqual(fromMd.sections);
  });

  it('reads standard input with -', () => {
    const { code, stdout } = runCli(['read', '-'], { input: '# Piped Story\n\nIt works from a pipe.\n' });
    expect(code).toBe(0);
    expect(stdout).toContain('Piped Story');
    expect(stdout).toContain('It works from a pipe.');
  });

  it('renders Markdown: headings, emphasis and lists, without raw markers', () => {
    const md = file('styled.md', '---\ntitle: Styled\nauthor: Jo Bloggs\n---\n\nSome **bold** and _em_.\n\n## Part Two\n\n- first item\n- second item\n');
    const { stdout } = runCli(['read', md]);
    expect(stdout).toContain('Jo Bloggs');
    expect(stdout).toContain('Some bold and em.');
    expect(stdout).toContain('Part Two');
    expect(stdout).not.toContain('**');
    expect(stdout).toMatch(/first item/);
  });

  it('strips control characters from the article before they reach the terminal', () => {
    const evil = file('evil.txt', 'Title\u001b]0;pwned\u0007\nBody \u001b[2J with \u009b31m escapes.\n');
    const { stdout } = runCli(['read', evil]);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('Body [2J with 31m escapes.');
  });

  it('exits 0 with nothing on stderr when the reader closes the pipe early', () => {
    const big = file('big.txt', `Big\n${'A long paragraph of text that goes on. '.repeat(40)}\n`.repeat(400));
    const result = spawnSync('bash', ['-c', `node ${BIN} read ${big} | head -1; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(result.stdout).toContain('status=0');
    expect(result.stderr).toBe('');
  });
});

describe('article sections, info, list', () => {
  it('lists the lead as 0 and the four headed sections', () => {
    const { stdout } = runCli(['sections']);
    expect(stdout).toMatch(/0\s+\(lead\)/);
    expect(stdout).toMatch(/2\s+Historical Context of Korean Defections/);
    const json = runJson(['sections']);
    expect(json.sections.map((s: { index: number; title: string | null; paragraphs: number }) => [s.index, s.title, s.paragraphs])).toEqual([
      [0, null, 1],
      [1, "Dangerous Journey Through World's Most Guarded Border", 2],
      [2, 'Historical Context of Korean Defections', 2],
      [3, 'Security Implications and Intelligence Value', 2],
      [4, 'Human Stories Behind the Statistics', 3],
    ]);
  });

  it('info gives words, reading time at 230 words a minute and counts', () => {
    const json = runJson(['info']);
    expect(json.article.title).toBe('Rare Border Crossing Shakes Korean Peninsula');
    expect(json.readingMinutes).toBe(Math.max(1, Math.round(json.words / 230)));
    expect(json).toMatchObject({ sections: 5, paragraphs: 10 });
    expect(json.words).toBeGreaterThan(500);
    expect(runCli(['info']).stdout).toMatch(/reading time\s+2 min/);
  });

  it('list shows the bundled articles', () => {
    const json = runJson(['list']);
    expect(json.articles).toContainEqual(expect.objectContaining({ slug: 'rare-border-crossing-shakes-korean-peninsula' }));
    expect(runCli(['list']).stdout).toContain('rare-border-crossing-shakes-korean-peninsula');
  });

  it('reads a bundled article by its slug', () => {
    const json = runJson(['info', 'rare-border-crossing-shakes-korean-peninsula']);
    expect(json.article).toEqual({ title: 'Rare Border Crossing Shakes Korean Peninsula', source: 'rare-border-crossing-shakes-korean-peninsula' });
    expect(runJson(['info']).article.source).toBe('rare-border-crossing-shakes-korean-peninsula');
  });

  it('takes shared options before the command name too', () => {
    const narrow = runCli(['--width', '40', 'sections']).stdout.split('\n');
    expect(Math.max(...narrow.map((l) => l.length))).toBeLessThanOrEqual(40);
    const forced = runCli(['--no-color', 'sections'], { env: { FORCE_COLOR: '1' } }).stdout;
    expect(forced).not.toMatch(/\u001b\[/);
    expect(runCli(['sections'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
  });

  it('help works as a command too', () => {
    expect(runCli(['help']).stdout).toContain('Usage: article');
    expect(runCli(['help', 'quotes']).stdout).toContain('Usage: article quotes');
  });

  it('counts words the same way in every command', () => {
    const words = runJson(['info']).words;
    const sections = runJson(['sections']).sections as Array<{ words: number }>;
    expect(sections.reduce((n, s) => n + s.words, 0)).toBe(words);
    expect(runCli(['read']).stdout).toContain(`${words} words`);
    expect(runCli(['sections']).stdout).toContain(`${words} words`);
  });

  it('reads a file without a known extension as what it looks like', () => {
    const md = file('notes', '# Heading Title\n\nBody one.\n\n## Part\n\nMore.\n');
    const json = runJson(['sections', md]);
    expect(json.article.title).toBe('Heading Title');
    expect(json.sections.map((s: { title: string | null }) => s.title)).toEqual([null, 'Part']);
    const txt = file('notes.txt', '# Not Markdown\nBody line.\n');
    expect(runJson(['sections', txt]).article.title).toBe('# Not Markdown');
  });

  it('says "1 section", not "1 sections"', () => {
    const one = file('one.md', '---\ntitle: One\n---\n\nJust a lead paragraph.\n');
    expect(runCli(['sections', one]).stdout).toMatch(/1 section · 4 words/);
  });

  it('fails with one line when stdout cannot be written', () => {
    const result = spawnSync('bash', ['-c', `node ${BIN} sections > /dev/full`], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^article: cannot write the output: .*ENOSPC/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([['read'], ['sections'], ['info'], ['list'], ['quotes'], ['experts'], ['facts'], ['summary'], ['save']])('%s --help has an example', (cmd) => {
    const { code, stdout } = runCli([cmd, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Examples:\n\s+\$ article/);
  });
});

describe('errors: one line on stderr, documented exit codes', () => {
  const empty = file('empty.txt', '');
  const blank = file('blank.md', '  \n\n ');
  const binary = file('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
  const latin1 = file('latin1.txt', Buffer.from('Caf\xe9 story\nIt was good.\n', 'latin1'));
  const locked = file('locked.txt', 'Locked\nText.\n');
  chmodSync(locked, 0o000);

  it.each([
    ['a missing file', ['read', join(tmp, 'nope.md')], 1, /no such file: .*nope\.md$/m],
    ['a directory', ['read', tmp], 1, /is a directory/],
    ['an empty file', ['read', empty], 1, /is empty/],
    ['a file of white space', ['sections', blank], 1, /is empty/],
    ['a binary file', ['info', binary], 1, /binary/],
    ['text that is not UTF-8', ['read', latin1], 1, /not valid UTF-8 \(first bad byte at offset 3\)/],
    ['an unknown slug', ['read', 'no-such-article'], 1, /no such file, bundled or saved article: no-such-article/],
    ['an unknown section number', ['read', '--section', '9'], 1, /no section 9/],
    ['an unknown section name', ['read', '--section', 'weather'], 1, /no section matches 'weather'/],
    ['a file over --max-size', ['read', SEED_TXT, '--max-size', '1k'], 1, /larger than 1 KB/],
    ['an unknown command', ['frobnicate'], 2, /unknown command or source 'frobnicate' \(see 'article --help'\)/],
    ['a mistyped command', ['qoutes'], 2, /unknown command or source 'qoutes' \(did you mean 'quotes'\?\)/],
    ['an unknown option', ['read', '--frob'], 2, /unknown option '--frob'/],
    ['a bad width', ['read', '--width', 'wide'], 2, /--width/],
    ['a bad size', ['read', '--max-size', 'huge'], 2, /--max-size/],
    ['too many arguments', ['read', 'a.md', 'b.md'], 2, /too many arguments/],
  ])('%s', (_name, args, code, message) => {
    const result = runCli(args as string[]);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message as RegExp);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^article: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.runIf(process.getuid?.() !== 0)('permission denied', () => {
    const result = runCli(['read', locked]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/permission denied/);
  });
});
