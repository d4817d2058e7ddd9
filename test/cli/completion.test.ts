import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, XDG_ENV } from '../helpers/cli.js';

// `article` on the PATH, as an installed one would be: the completion script calls it for slugs.
const binDir = mkdtempSync(join(tmpdir(), 'article-bin-'));
writeFileSync(join(binDir, 'article'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(join(binDir, 'article'), 0o755);
const env = { ...process.env, ...XDG_ENV, PATH: `${binDir}:${process.env.PATH}`, NO_COLOR: '1' };

/** What bash's completion function offers for the words typed so far (the last one being completed). */
function complete(...typed: string[]): string[] {
  const words = ['article', ...typed].map((w) => `'${w}'`).join(' ');
  const script = `eval "$(article completion bash)"; COMP_WORDS=(${words}); COMP_CWORD=${typed.length}; _article; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { cwd: ROOT, env, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean).sort();
}

describe('bash completion', () => {
  it.each([
    ['a command from its start', ['sec'], ['sections']],
    ['the options of the command typed', ['quotes', '--c'], ['--csv']],
    ['options after an option with a value', ['summary', '-n', '2', '--sen'], ['--sentences']],
    ['the values --kind takes', ['facts', '--kind', 'd'], ['date', 'duration']],
    ['files and folders for a source', ['experts', 'test/fixtures/many/fe'], ['test/fixtures/many/feed.atom', 'test/fixtures/many/feed.rss']],
    ['bundled slugs for a source', ['info', 'rare-'], ['rare-border-crossing-shakes-korean-peninsula']],
    ['nothing for a value to be typed', ['read', '--width', ''], []],
  ])('completes %s', (_what, typed, expected) => {
    expect(complete(...typed)).toEqual(expected);
  });

  it('is valid bash', () => {
    const script = runCli(['completion', 'bash']).stdout;
    expect(spawnSync('bash', ['-n'], { input: script }).status).toBe(0);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.runIf(hasScript)('completes in an interactive bash in a real terminal', () => {
    // Typed as a user would: `article sec<Tab>--no-pa<Tab>--no-col<Tab>` then Enter, in a pseudo-terminal.
    const keys = 'eval "$(article completion bash)"\narticle sec\t--no-pa\t--no-col\t\nexit\n';
    const result = spawnSync('script', ['-qfec', 'bash --norc --noprofile -i', '/dev/null'], {
      cwd: ROOT,
      env: { ...env, PS1: '$ ', TERM: 'dumb' },
      input: keys,
      encoding: 'utf8',
      timeout: 20000,
    });
    // Readline shows the completed line, and the completed command ran.
    expect(result.stdout).toContain('article sections --no-pager --no-color');
    expect(result.stdout).toMatch(/5 sections · 553 words/);
  });
});

describe('other shells', () => {
  it.each([['zsh', /compdef _article article/], ['fish', /complete -c article/]])('%s: a script naming every command', (shell, marker) => {
    const { stdout, code } = runCli(['completion', shell as string]);
    expect(code).toBe(0);
    expect(stdout).toMatch(marker as RegExp);
    for (const command of ['read', 'sections', 'info', 'quotes', 'experts', 'facts', 'summary', 'save', 'list', 'completion']) {
      expect(stdout).toContain(command);
    }
  });

  it('refuses a shell it does not know, as wrong usage', () => {
    const { code, stderr } = runCli(['completion', 'ksh']);
    expect(code).toBe(2);
    expect(stderr).toBe("article: no completion for the shell 'ksh' (use one of: bash, zsh, fish)\n");
  });
});
