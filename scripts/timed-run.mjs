// One process, timed from outside: wall seconds, CPU seconds (user + system, every thread) and
// peak resident memory from GNU time where the machine has it (NaN where it does not).
// Shared by `npm run bench`, `npm run bench:many` and `npm run stress`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const hasTime = existsSync('/usr/bin/time');

/**
 * Run `node ...argv`. `stdout` is where its output goes ('ignore' or a file descriptor);
 * `timeoutS` kills it (SIGKILL) past that many seconds.
 */
export function timedRun(argv, { env = process.env, stdout = 'ignore', timeoutS } = {}) {
  const command = timeoutS ? ['/usr/bin/timeout', '-s', 'KILL', String(timeoutS), process.execPath, ...argv] : [process.execPath, ...argv];
  const [cmd, ...args] = hasTime ? ['/usr/bin/time', '-f', '@@time %M %U %S', ...command] : command;
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', stdout, 'pipe'], env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  const lines = r.stderr.split('\n');
  const [kb, user, system] = (lines.find((l) => l.startsWith('@@time '))?.slice(7) ?? '').split(' ').map(Number);
  const killed = /Command terminated by signal 9|exited with non-zero status 137/.test(r.stderr);
  return { seconds, cpu: user + system, mb: kb / 1024, status: r.status, killed, stderr: lines.filter((l) => !l.startsWith('@@time ')).join('\n') };
}
