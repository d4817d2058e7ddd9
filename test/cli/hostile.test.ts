import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

const DIR = `${ROOT}test/fixtures/hostile/`;
const COMMANDS = ['read', 'sections', 'info', 'quotes', 'experts', 'facts', 'summary'];
/** Files that cannot be read as an article: one line on stderr and exit 1. */
const UNREADABLE = new Set(['null-bytes.txt', 'invalid-utf8.txt', 'empty.md', 'whitespace-only.txt']);
/** A hang guard, far above the 3 s every command must meet (measured by `npm run bench`, not here). */
const HANG_MS = 15000;

// Attacks too big to keep in the repository are written at test time.
const generated = mkdtempSync(join(tmpdir(), 'article-hostile-'));
writeFileSync(join(generated, 'nested-list-1000.md'), `# Deep\n\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`).join('\n')}\n`);
writeFileSync(join(generated, 'many-quotes.md'), `# Many\n\n${'> '.repeat(40)}${'*a **a '.repeat(2000)}\n\n`.repeat(20));

const files = [
  ...readdirSync(DIR).filter((f) => f !== 'README.md').map((f) => [f, join(DIR, f)]),
  ...readdirSync(generated).map((f) => [f, join(generated, f)]),
];

// Our own colour codes are the only escape sequences allowed; anything else is foreign.
const SGR = /\u001b\[[0-9;]*m/g;
const FOREIGN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function run(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: HANG_MS,
    env: { ...process.env, NO_COLOR: '', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
}

describe.each(files)('hostile input %s', (name, path) => {
  it.each(COMMANDS)('%s: a readable answer or one clear line, no foreign control bytes', (command) => {
    for (const env of [{ FORCE_COLOR: '1' }, { FORCE_COLOR: '0' }]) {
      const result = run([command, path!, '--no-pager'], env);
      expect(result.error, 'the command hung').toBeUndefined();
      if (UNREADABLE.has(name!)) {
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
      } else {
        expect(result.status, result.stderr).toBe(0);
      }
      expect(result.stdout.replace(SGR, '')).not.toMatch(FOREIGN);
      expect(result.stderr).not.toMatch(FOREIGN);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('--json escapes what it cannot print', () => {
    const result = run(['quotes', path!, '--json'], {});
    if (UNREADABLE.has(name!)) return expect(result.status).toBe(1);
    expect(result.stdout).not.toMatch(FOREIGN);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });
});

describe('hostile input: limits', () => {
  it('refuses a file over --max-size with one line', () => {
    const result = run(['read', join(DIR, 'long-line.txt'), '--max-size', '100k'], {});
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^article: .*long-line\.txt is larger than 100 KB/);
  });

  it('never writes to the input file', () => {
    const before = readdirSync(DIR).map((f) => [f, spawnSync('sha1sum', [join(DIR, f)], { encoding: 'utf8' }).stdout]);
    for (const command of COMMANDS) run([command, join(DIR, 'raw-escapes.md')], {});
    const after = readdirSync(DIR).map((f) => [f, spawnSync('sha1sum', [join(DIR, f)], { encoding: 'utf8' }).stdout]);
    expect(after).toEqual(before);
  });

  it.each(COMMANDS)('%s exits 0 silently when the pipe closes early', (command) => {
    const big = join(generated, 'big.txt');
    writeFileSync(big, `Big Story\n${'"It goes on," said Dr. Jane Roe, a researcher. It rained on May 4, 2024. '.repeat(30)}\n`.repeat(200));
    for (const head of ['head -1', 'head -c 10']) {
      const result = spawnSync('bash', ['-c', `node ${BIN} ${command} ${big} | ${head} > /dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8', timeout: HANG_MS });
      expect(result.stdout).toContain('status=0');
      expect(result.stderr).toBe('');
    }
  });
});
