import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

// A copy of the installed CLI whose dist/ each test may spoil; node_modules and content are the real ones.
const copies: string[] = [];
function installCopy(): { bin: string; dist: string } {
  const dir = mkdtempSync(join(tmpdir(), 'article-cache-'));
  copies.push(dir);
  cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return { bin: join(dir, 'bin', 'article.js'), dist: join(dir, 'dist') };
}
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** Run a CLI with DEBUG=article, which names the fate of each bundle's code cache on stderr. */
function run(bin: string, args: string[], { nodeArgs = [] as string[], env = {} as Record<string, string> } = {}) {
  const { NODE_OPTIONS: _inherited, ...base } = process.env;
  const r = spawnSync(process.execPath, [...nodeArgs, bin, ...args], {
    env: { ...base, DEBUG: 'article', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 20000,
  });
  const fates = Object.fromEntries([...r.stderr.matchAll(/^article: code cache for (\S+)\.js: (.+)$/gm)].map((m) => [m[1], m[2]]));
  const otherStderr = r.stderr.replace(/^article: code cache for .*\n/gm, '');
  return { code: r.status, stdout: r.stdout, fates, otherStderr };
}

const COMMANDS = [['read', '--no-pager'], ['sections'], ['info'], ['quotes'], ['experts'], ['facts'], ['summary', '--json'], ['list']];
const plain = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '' }, encoding: 'utf8', cwd: ROOT }).stdout;

describe('the code cache', () => {
  it('is written by the build for every bundle a command runs, and used', () => {
    const caches = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.cache'));
    for (const f of readdirSync(join(ROOT, 'dist'))) {
      if (/^(cli|html|cmd-.*)\.js$/.test(f)) expect(caches).toContain(f.replace(/\.js$/, '.cache'));
    }
    for (const args of COMMANDS) {
      const { code, fates, otherStderr } = run(BIN, args);
      expect(code).toBe(0);
      expect(otherStderr).toBe('');
      expect(fates.cli).toBe('used');
      expect(fates[`cmd-${args[0]}`]).toBe('used');
    }
  });

  it.each([
    ['NODE_OPTIONS=--max-old-space-size=512', { env: { NODE_OPTIONS: '--max-old-space-size=512' } }],
    ['a V8 flag on the command line', { nodeArgs: ['--stack-size=900'] }],
    ['another V8 flag in NODE_OPTIONS', { env: { NODE_OPTIONS: '--stack-trace-limit=50' } }],
  ])('is rejected under %s, and every command prints what it prints without one', (_name, options) => {
    for (const args of COMMANDS) {
      const { code, stdout, fates, otherStderr } = run(BIN, args, options);
      expect(code).toBe(0);
      expect(otherStderr).toBe('');
      expect(fates.cli).toBe('rejected by V8');
      expect(stdout).toBe(plain(args));
    }
  });

  it('falls back to compiling when a cache file is corrupt, truncated, missing or of another build', () => {
    const { bin, dist } = installCopy();
    const cache = (name: string) => join(dist, `${name}.cache`);
    // A few flipped bytes in the middle, where V8's own header does not see them.
    const corrupt = readFileSync(cache('cmd-quotes'));
    for (let i = corrupt.length >> 1; i < corrupt.length; i += 101) corrupt[i]! ^= 0x5a;
    writeFileSync(cache('cmd-quotes'), corrupt);
    writeFileSync(cache('cmd-facts'), readFileSync(cache('cmd-facts')).subarray(0, 5000));
    rmSync(cache('cmd-summary'));
    writeFileSync(cache('cmd-experts'), 'garbage\n');
    // A bundle rebuilt since its cache was made names another build in its first line.
    const sections = readFileSync(join(dist, 'cmd-sections.js'), 'utf8');
    writeFileSync(join(dist, 'cmd-sections.js'), sections.replace(/^\/\/ article build \w+/, '// article build 0123456789abcdef'));
    const expected: Record<string, string> = {
      quotes: 'rejected by V8',
      facts: 'rejected by V8',
      summary: 'none',
      experts: 'from another build',
      sections: 'from another build',
    };
    for (const [command, fate] of Object.entries(expected)) {
      const args = command === 'summary' ? ['summary', '--json'] : [command];
      const { code, stdout, fates, otherStderr } = run(bin, args);
      expect(code, command).toBe(0);
      expect(otherStderr).toBe('');
      expect(fates.cli).toBe('used');
      expect(fates[`cmd-${command}`], command).toBe(fate);
      expect(stdout, command).toBe(plain(args));
    }
  });
});
