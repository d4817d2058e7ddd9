import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = `${ROOT}bin/article.js`;
/** The project's own test data: hostile inputs, web pages, the bundled article's expected results. */
export const FIXTURES = `${ROOT}test/fixtures/`;

/**
 * The binary's data and config folders for the whole test run: a fresh temporary
 * home, so that no test reads or fills the user's reading list or config.
 */
export const TEST_XDG = mkdtempSync(join(tmpdir(), 'article-test-xdg-'));
export const XDG_ENV = { XDG_DATA_HOME: join(TEST_XDG, 'data'), XDG_CONFIG_HOME: join(TEST_XDG, 'config') };

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built binary as a user would, piped (so no colour, no pager) unless env says otherwise. */
export function runCli(args: string[], options: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string } = {}): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...XDG_ENV, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: 20000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Parse the JSON a command printed, failing the test with its stderr when it is not JSON. */
export function runJson<T = any>(args: string[], options?: Parameters<typeof runCli>[1]): T {
  const result = runCli([...args, '--json'], options);
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
