#!/usr/bin/env node
// `npm run eval`: score every engine on the dev data in ../shared (never shipped with the project)
// and fail when a score drops below its floor in scripts/eval-floors.json.
//
// Each set runs its scorer from ../shared/tools over the built binary; the sets run two at a time
// (this is a 2-core machine, and each scorer runs one article at a time), longest first. The scorers
// end with one line of `key=value` figures; the floors file names, per set, which of them gate.
//
// Usage: node scripts/eval.mjs [--only set,set] [--keep DIR]
//   --only  run just these sets (the others are left out of the table, not failed)
//   --keep  write each scorer's whole output to DIR/<set>.txt, to read its errors
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The real path: a scorer runs only when started by the path it resolves itself to (a
// `shared` that is a symbolic link would otherwise make every scorer quietly do nothing).
const SHARED = existsSync(resolve(ROOT, '../shared')) ? realpathSync(resolve(ROOT, '../shared')) : resolve(ROOT, '../shared');
const FIXTURES = join(SHARED, 'fixtures');
const TOOLS = join(SHARED, 'tools');
const FLOORS = join(ROOT, 'scripts/eval-floors.json');
const BIN = join(ROOT, 'bin/article.js');

/** Every set we know how to score: the scorer and the command it runs on each article. */
const SETS = [
  { name: 'entities-dev', weight: 1162, scorer: 'score-entities.mjs', args: ['--jobs', '1'], command: ['facts', '--json'] },
  { name: 'quotes-train', weight: 840, scorer: 'score-quotes.mjs', args: [], command: ['quotes', '--json'] },
  { name: 'dates-dev', weight: 183, scorer: 'score-dates.mjs', args: ['--jobs', '1'], command: ['facts', '--json'] },
  { name: 'summary-dev', weight: 150, scorer: 'score-summary.mjs', args: ['-n', '3'], command: ['summary', '--json', '-n', '3'] },
  { name: 'web-dev', weight: 113, script: join(ROOT, 'scripts/check-web.mjs') },
  { name: 'quotes-dev', weight: 84, scorer: 'score-quotes.mjs', args: [], command: ['quotes', '--json'] },
];

function parseArgs(argv) {
  const options = { only: null, keep: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') options.only = new Set(argv[++i].split(','));
    else if (argv[i] === '--keep') options.keep = argv[++i];
    else {
      console.error(`eval: unknown argument '${argv[i]}' (usage: eval.mjs [--only set,set] [--keep DIR])`);
      process.exit(2);
    }
  }
  return options;
}

/**
 * The figures of a scorer's last line. A bare word after the first figures starts a group whose
 * repeated names get it as a prefix: `summary R1=40 lead3 R1=39 unfaithful=0` → R1, lead3-R1, unfaithful.
 */
export function parseFigures(output) {
  const lines = output.trim().split('\n');
  const figures = {};
  let prefix = '';
  for (const token of (lines.at(-1) ?? '').trim().split(/\s+/)) {
    const eq = token.indexOf('=');
    if (eq < 0) {
      if (Object.keys(figures).length > 0) prefix = `${token}-`;
      continue;
    }
    const key = token.slice(0, eq);
    const value = Number(token.slice(eq + 1));
    if (Number.isFinite(value)) figures[key in figures ? prefix + key : key] = value;
  }
  return figures;
}

/** The figures of our own checks, which print one JSON object of numbers on stdout. */
function parseJsonFigures(output) {
  try {
    return JSON.parse(output.slice(output.indexOf('{'), output.lastIndexOf('}') + 1));
  } catch {
    return {};
  }
}

function run(set) {
  const argv = set.script
    ? [set.script, '--json']
    : [join(TOOLS, set.scorer), '--set', join(FIXTURES, set.name), ...set.args, '--', process.execPath, BIN, ...set.command];
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    // our own checks report progress on stderr; keep it out of the JSON they print
    child.stderr.on('data', (chunk) => (set.script ? process.stderr.write(chunk) : (out += chunk)));
    child.on('close', (code) => done({ set, code, out, seconds: (Date.now() - started) / 1000 }));
  });
}

/** Run the sets `slots` at a time, in the order given. */
async function runAll(sets, slots) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < sets.length) {
      const set = sets[next++];
      const result = await run(set);
      process.stderr.write(`eval: ${set.name} scored in ${result.seconds.toFixed(0)} s\n`);
      results.push(result);
    }
  };
  await Promise.all(Array.from({ length: slots }, worker));
  return results;
}

/** A gate passes when the score is at or above its floor (or at or below its ceiling). */
function check(score, gate) {
  if (score === undefined) return false;
  return 'ceiling' in gate ? score <= gate.ceiling : score >= gate.floor;
}

function format(value) {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  return Number.isInteger(value) ? String(value) : value.toFixed(3).replace(/0+$/, '').replace(/\.$/, '');
}

function table(rows) {
  const head = ['set', 'metric', 'score', 'floor', 'target', ''];
  const cells = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells.map((r) => r.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(FIXTURES)) {
    console.log(`eval: no dev data at ${SHARED}; nothing to score (it lies beside the project in CI).`);
    return 0;
  }
  if (!existsSync(join(ROOT, 'dist'))) {
    console.error('eval: the CLI is not built (run npm run build first).');
    return 2;
  }
  const floors = JSON.parse(readFileSync(FLOORS, 'utf8'));
  const sets = SETS.filter((s) => existsSync(join(FIXTURES, s.name)) && (!s.script || existsSync(s.script)) && (!options.only || options.only.has(s.name)));
  const missing = SETS.filter((s) => !sets.includes(s) && !options.only).map((s) => s.name);
  const slots = Math.max(1, Math.min(2, availableParallelism()));
  const results = await runAll(sets, slots);
  if (options.keep) {
    mkdirSync(options.keep, { recursive: true });
    for (const r of results) writeFileSync(join(options.keep, `${r.set.name}.txt`), r.out);
  }

  const rows = [];
  let failures = 0;
  for (const set of sets) {
    const result = results.find((r) => r.set === set);
    const figures = result.code !== 0 ? {} : set.script ? parseJsonFigures(result.out) : parseFigures(result.out);
    const gates = floors[set.name] ?? {};
    if (!floors[set.name]) process.stderr.write(`eval: no floors for ${set.name} in scripts/eval-floors.json\n`);
    if (result.code !== 0) {
      failures++;
      rows.push([set.name, '(scorer failed)', `exit ${result.code}`, '', '', 'FAIL']);
      process.stderr.write(result.out.split('\n').slice(-5).join('\n') + '\n');
      continue;
    }
    for (const [metric, gate] of Object.entries(gates).filter(([, gate]) => typeof gate === 'object')) {
      const ok = check(figures[metric], gate);
      if (!ok) failures++;
      const bound = 'ceiling' in gate ? `≤ ${format(gate.ceiling)}` : format(gate.floor);
      rows.push([set.name, metric, format(figures[metric]), bound, format(gate.target), ok ? '' : 'BELOW FLOOR']);
    }
  }
  console.log(table(rows));
  const seconds = results.reduce((sum, r) => Math.max(sum, r.seconds), 0);
  console.log(`\n${sets.length} ${sets.length === 1 ? 'set' : 'sets'} scored${missing.length ? ` (not present: ${missing.join(', ')})` : ''}; ` + (failures ? `${failures} below floor` : 'every score at or above its floor') + ` · longest set ${seconds.toFixed(0)} s`);
  return failures ? 1 : 0;
}

process.exitCode = await main();
