import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';

/** A fresh $XDG_CONFIG_HOME holding article/config with these lines. */
function withConfig(...lines: string[]): { XDG_CONFIG_HOME: string; path: string } {
  const home = mkdtempSync(join(tmpdir(), 'article-config-'));
  mkdirSync(join(home, 'article'));
  const path = join(home, 'article', 'config');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { XDG_CONFIG_HOME: home, path };
}

const widest = (text: string) => Math.max(...text.split(/\r?\n/).map((l) => l.length));
const ESC = /\u001b\[[0-9;]*m/;

describe('the config file', () => {
  it('width sets the default width; --width overrides it', () => {
    const { XDG_CONFIG_HOME } = withConfig('# my settings', '', 'width = 40   # narrow');
    const env = { XDG_CONFIG_HOME };
    expect(widest(runCli(['summary'], { env }).stdout)).toBeLessThanOrEqual(40);
    expect(widest(runCli(['summary', '--width', '90'], { env }).stdout)).toBeGreaterThan(40);
    expect(widest(runCli(['--width', '90', 'summary'], { env }).stdout)).toBeGreaterThan(40);
  });

  it('links and images set read\'s defaults, also for a bare `article`; --links overrides them', () => {
    const sink = 'test/fixtures/kitchen-sink.md';
    const env = { XDG_CONFIG_HOME: withConfig('links = none', 'images = off').XDG_CONFIG_HOME };
    const plain = runCli(['read', sink]).stdout;
    expect(plain).toContain('https://example.com/a/very');
    expect(plain).toContain('▣');
    for (const args of [['read', sink], [sink]]) {
      const { stdout } = runCli(args, { env });
      expect(stdout).not.toContain('https://example.com/a/very');
      expect(stdout).not.toContain('▣');
    }
    expect(runCli(['read', sink, '--links', 'inline'], { env }).stdout).toContain('https://example.com/a/very');
  });

  it('colour = always colours even a pipe; --no-color and NO_COLOR override it', () => {
    const env = { XDG_CONFIG_HOME: withConfig('colour = always').XDG_CONFIG_HOME };
    expect(runCli(['sections'], { env }).stdout).toMatch(ESC);
    expect(runCli(['sections', '--no-color'], { env }).stdout).not.toMatch(ESC);
    expect(runCli(['sections'], { env: { ...env, NO_COLOR: '1' } }).stdout).not.toMatch(ESC);
  });

  it.each([
    ['a bad width', 'width = wide', /:1: width is a whole number of columns from 20 to 1000, not 'wide'$/],
    ['an unknown setting', 'colr = never', /:1: unknown setting 'colr' \(the settings are width, pager, colour, links and images\)$/],
    ['a line that is no setting', 'just words', /:1: not a setting: just words \(write key = value\)$/],
    ['a bad link style', 'links = maybe', /:1: links is footnote, inline or none, not 'maybe'$/],
  ])('%s is wrong usage: one line naming the file and line, exit 2', (_what, line, message) => {
    const { XDG_CONFIG_HOME, path } = withConfig(line);
    const result = runCli(['sections'], { env: { XDG_CONFIG_HOME } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(`article: ${path}:1: `)).toBe(true);
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

const hasScript = spawnSync('script', ['--version']).status === 0;

describe.runIf(hasScript)('the config file in a real terminal', () => {
  function inTerminal(command: string, env: Record<string, string>): string {
    return spawnSync('script', ['-qfec', `stty cols 90 rows 10; ${command}`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', TERM: 'xterm-256color', PAGER: 'cat', ...env },
      timeout: 20000,
    }).stdout;
  }

  it('pager = <command> pages through that command, even with $PAGER set', () => {
    const env = { XDG_CONFIG_HOME: withConfig('pager = sed s/^/PAGED:/').XDG_CONFIG_HOME };
    expect(inTerminal(`node ${BIN} read --no-color`, env)).toMatch(/PAGED:Rare Border Crossing/);
    expect(inTerminal(`node ${BIN} read --no-color --no-pager`, env)).not.toContain('PAGED:');
  });

  it('pager = off never pages', () => {
    const env = { XDG_CONFIG_HOME: withConfig('pager = off').XDG_CONFIG_HOME, PAGER: 'sed s/^/PAGED:/' };
    const out = inTerminal(`node ${BIN} read --no-color`, env);
    expect(out).toContain('Rare Border Crossing');
    expect(out).not.toContain('PAGED:');
  });

  it('colour = never takes the colours off a terminal', () => {
    const env = { XDG_CONFIG_HOME: withConfig('color = never').XDG_CONFIG_HOME };
    const out = inTerminal(`node ${BIN} sections`, env);
    expect(out).toContain('Rare Border Crossing');
    expect(out).not.toMatch(ESC);
  });
});
