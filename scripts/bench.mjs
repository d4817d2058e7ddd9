// npm run bench: how fast `article` starts and how it scales, in one table.
//
// Start-up: each command on the bundled article against `node -e 0`, run in
// pairs (the floor, then the command) so both see the same machine load;
// medians of each pair's ratio and difference. Twice: with NODE_EXTRA_CA_CERTS
// unset, as on a user's machine, and with the environment as inherited (a CA
// file there is parsed at every start, which raises the floor and flatters the
// ratios). Scale: every command on articles of 100 KB, 1 MB and 10 MB built from
// the dev sets in ../shared/fixtures; median time, peak memory, and
// time(10 MB)/time(1 MB).
//
//   node scripts/bench.mjs [--rounds N] [--only startup|scale] [--sizes 100k,1m]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hasTime, timedRun } from './timed-run.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = `${root}../shared/fixtures/`;
const bin = `${root}bin/article.js`;
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const rounds = Number(flag('--rounds', 15));
const only = flag('--only', 'all');
const sizes = flag('--sizes', '100k,1m,10m').split(',');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};

function timeOnce(cmd, argv, env = process.env) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30, env });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  // A command that fails is shown as failed, not timed.
  return r.status === 0 ? ms : Number.NaN;
}

// Peak resident memory in MB, from GNU time where the machine has it.
function peakMemory(argv) {
  const { mb } = timedRun([bin, ...argv]);
  return Number.isFinite(mb) ? mb : undefined;
}

const fmt = (n, digits = 0) => (n === undefined ? 'n/a' : n.toFixed(digits));
const rows = [];
const row = (...cells) => rows.push(cells.map(String));

function printTable(header) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  rows.length = 0;
}

// Start-up: the targets are ratios to `node -e 0`, on a user's machine (no NODE_EXTRA_CA_CERTS).
const STARTUP = [
  ['--help', ['--help'], 1.3],
  ['read', ['read', '--no-pager'], 1.8],
  ['sections', ['sections'], 1.6],
  ['info', ['info'], 1.6],
  ['quotes', ['quotes'], 1.7],
  ['experts', ['experts'], 1.7],
  ['facts', ['facts'], 1.8],
  ['summary', ['summary'], 1.7],
];

function startup(label, env, judged) {
  const runs = new Map(STARTUP.map(([name]) => [name, { floor: [], ms: [], above: [], ratio: [] }]));
  for (let i = 0; i < rounds; i++) {
    for (const [name, argv] of STARTUP) {
      const floor = timeOnce(process.execPath, ['-e', '0'], env);
      const ms = timeOnce(process.execPath, [bin, ...argv], env);
      const r = runs.get(name);
      r.floor.push(floor);
      r.ms.push(ms);
      r.above.push(ms - floor);
      r.ratio.push(ms / floor);
    }
  }
  const floor = median([...runs.values()].flatMap((r) => r.floor));
  console.log(`Start-up on the bundled article, ${label} (${rounds} rounds of pairs, medians)\n`);
  row('node -e 0', fmt(floor, 1), '', '1.00', '', '');
  for (const [name, , target] of STARTUP) {
    const r = runs.get(name);
    const ratio = median(r.ratio);
    const verdict = r.ms.some(Number.isNaN) ? 'FAILED' : !judged ? '' : ratio <= target ? 'ok' : 'OVER';
    row(`article ${name}`, fmt(median(r.ms), 1), fmt(median(r.above), 1), ratio.toFixed(2), judged ? `≤ ${target.toFixed(1)}` : '', verdict);
  }
  printTable(['command', 'ms', 'above floor', 'ratio', 'target', '']);
  console.log('');
}

if (only === 'all' || only === 'startup') {
  const { NODE_EXTRA_CA_CERTS: extraCerts, ...userEnv } = process.env;
  startup('NODE_EXTRA_CA_CERTS unset, as on a user\'s machine', userEnv, true);
  if (extraCerts) startup(`environment as inherited (NODE_EXTRA_CA_CERTS=${extraCerts}; no targets)`, process.env, false);
  else console.log('(NODE_EXTRA_CA_CERTS is not set here: the inherited environment is the one above)\n');
}

// Articles of a given size, from the real news in the dev sets, paragraphs kept.
function buildArticle(bytes) {
  const dir = `${root}.bench/`;
  const path = `${dir}article-${bytes}.txt`;
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const bodies = [];
  for (const set of ['quotes-dev', 'summary-dev']) {
    for (const f of readdirSync(`${shared}${set}`).sort()) {
      if (!f.endsWith('.txt') || f.endsWith('.ref.txt')) continue;
      const lines = readFileSync(`${shared}${set}/${f}`, 'utf8').split('\n');
      bodies.push(lines.slice(1).filter((l) => l.trim()).join('\n\n'));
    }
  }
  let text = 'A Long Article Made of Real News\n\n';
  for (let i = 0; Buffer.byteLength(text) < bytes; i++) text += `${bodies[i % bodies.length]}\n\n`;
  writeFileSync(path, text);
  return path;
}

const SCALE = [
  ['read', ['read', '--no-pager'], 1500],
  ['sections', ['sections', '--json'], undefined],
  ['quotes', ['quotes', '--json'], 2000],
  ['experts', ['experts', '--json'], undefined],
  ['facts', ['facts', '--json'], 2000],
  ['summary', ['summary', '--json'], 2000],
];
const SIZE_BYTES = { '100k': 100 * 1024, '1m': 1024 * 1024, '10m': 10 * 1024 * 1024 };

if (only === 'all' || only === 'scale') {
  console.log('Scale: real news concatenated (3 runs each, medians; targets at 10 MB)\n');
  const perSize = new Map();
  for (const size of sizes) {
    const path = buildArticle(SIZE_BYTES[size]);
    for (const [name, argv, target] of SCALE) {
      const full = [...argv, path, '--max-size', '100mb'];
      const ms = median([0, 1, 2].map(() => timeOnce(process.execPath, [bin, ...full])));
      const mem = peakMemory(full);
      perSize.set(`${name}@${size}`, ms);
      const prev = perSize.get(`${name}@1m`);
      const growth = size === '10m' && prev ? ms / prev : undefined;
      const okTime = size !== '10m' || target === undefined || ms <= target;
      const okMem = size !== '10m' || mem === undefined || mem <= 400;
      const okGrowth = growth === undefined || growth <= 12;
      row(
        name,
        size,
        fmt(ms),
        size === '10m' && target ? `≤ ${target}` : '',
        fmt(mem),
        size === '10m' ? '≤ 400' : '',
        growth === undefined ? '' : `${growth.toFixed(1)} (≤ 12)`,
        Number.isNaN(ms) ? 'FAILED' : okTime && okMem && okGrowth ? 'ok' : 'OVER',
      );
    }
  }
  printTable(['command', 'size', 'ms', 'target', 'peak MB', 'target', '10m/1m', '']);
}

if (!hasTime) console.log('\n(peak memory needs GNU time at /usr/bin/time)');
