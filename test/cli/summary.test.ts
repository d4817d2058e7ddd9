import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, runJson } from '../helpers/cli.js';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('article summary', () => {
  it('prints the headline, a meta line and three bullets for the bundled article', () => {
    const { code, stdout, stderr } = runCli(['summary']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Rare Border Crossing Shakes Korean Peninsula');
    expect(lines[1]).toMatch(/^\d[\d,]* words · \d+ min read · \d+ sections · \d+ (?:people|person) quoted$/);
    expect(lines.filter((l) => l.startsWith('• '))).toHaveLength(3);
    expect(stdout).not.toMatch(/\u001b/);
  });

  it.each([
    [['-n', '1'], 1],
    [['--sentences', '5'], 5],
  ])('%j gives %i bullets', (args, bullets) => {
    const { code, stdout } = runCli(['summary', ...args]);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(bullets);
  });

  it('wraps at --width', () => {
    const { stdout } = runCli(['summary', '--width', '40']);
    expect(Math.max(...stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(40);
  });

  it('colours the output when FORCE_COLOR is set', () => {
    expect(runCli(['summary'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
  });

  it('--json gives the article, the meta and verbatim sentences in article order', () => {
    const file = `${FIXTURES}text/harbour-reopens.txt`;
    const raw = readFileSync(file, 'utf8');
    const body = squash(raw.slice(raw.indexOf('\n') + 1));
    const json = runJson(['summary', file]);
    expect(json.article).toEqual({ title: raw.split('\n')[0], source: file });
    expect(json.meta).toEqual({ words: expect.any(Number), readingMinutes: expect.any(Number), sections: 1, quotedPeople: expect.any(Number) });
    expect(json.sentences).toHaveLength(3);
    for (const s of json.sentences) {
      expect(body).toContain(squash(s.text));
      expect(s).toMatchObject({ section: null, paragraph: expect.any(Number) });
    }
    const starts = json.sentences.map((s: { start: number }) => s.start);
    expect(starts).toEqual([...starts].sort((a: number, b: number) => a - b));
  });

  it('counts the people quoted in a text far longer than an article as a lower bound, and says so', () => {
    const filler = 'Ships waited offshore for three days while the storm passed over the coast.\n\n'.repeat(4000);
    const input = `Harbour reopens\n\n"We will rebuild by spring," said Maria Lopez, the mayor.\n\n${filler}"The wall failed," said Tom Reyes, an engineer.\n`;
    expect(runCli(['summary', '-'], { input }).stdout.split('\n')[1]).toMatch(/ · at least 1 person quoted$/);
    expect(runJson(['summary', '-'], { input }).meta).toMatchObject({ quotedPeople: 1, quotedPeopleAtLeast: true });
    const short = runJson(['summary', '-'], { input: input.replace(filler, '') }).meta;
    expect(short.quotedPeople).toBe(2);
    expect(short).not.toHaveProperty('quotedPeopleAtLeast');
  });

  it('--json names the section of each sentence in a Markdown article', () => {
    const input = '# Harbour reopens\n\nThe city harbour reopened on Monday after a storm closed it for three days.\n\n## Damage\n\nThe storm damaged two cranes and flooded the main warehouse of the harbour.\n';
    const json = runJson(['summary', '-', '-n', '2'], { input });
    expect(json.sentences.map((s: { section: string | null }) => s.section)).toEqual([null, 'Damage']);
  });

  it('reads standard input', () => {
    const input = 'Harbour reopens\n\nThe city harbour reopened on Monday after a storm closed it for three days.\n';
    const { code, stdout } = runCli(['summary', '-'], { input });
    expect(code).toBe(0);
    expect(stdout).toContain('• The city harbour reopened on Monday');
  });

  it.each([
    [['-n', '0'], 2],
    [['-n', 'three'], 2],
    [['no-such-file.txt'], 1],
  ])('%j fails with exit %i and one line on stderr', (args, exitCode) => {
    const { code, stdout, stderr } = runCli(['summary', ...args]);
    expect(code).toBe(exitCode);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
