// npm run bench:many: throughput over many articles, one process against a loop.
//
// `article quotes --jsonl` and `article experts` over the dev articles in
// ../shared/fixtures/quotes-dev, repeated to about 1,000 sources, in one process
// (worker threads, one per core), against the old way: one `article quotes --json`
// process per file. Rounds alternate so both see the same machine load; medians.
// Shown: articles a second, CPU milliseconds an article (what the load of other
// processes cannot inflate), and peak memory (GNU time, where the machine has it).
//
//   node scripts/bench-many.mjs [--rounds N] [--articles N]
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { timedRun } from './timed-run.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = `${root}../shared/fixtures/quotes-dev/`;
const bin = `${root}bin/article.js`;
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const rounds = flag('--rounds', 3);
const wanted = flag('--articles', 1000);

const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => dir + f);
const sources = Array.from({ length: Math.ceil(wanted / files.length) }, () => files).flat();

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

// Wall seconds, CPU seconds (user + system, every thread) and peak resident MB of one run.
function run(argv) {
  const r = timedRun(argv);
  if (r.status !== 0) throw new Error(`${argv.slice(1, 3).join(' ')} failed: ${r.stderr.split('\n')[0]}`);
  return { wall: r.seconds, cpu: r.cpu, mb: r.mb };
}

function loop() {
  let wall = 0;
  let cpu = 0;
  let mb = 0;
  for (const file of files) {
    const r = run([bin, 'quotes', '--json', file]);
    wall += r.wall;
    cpu += r.cpu;
    mb = Math.max(mb, r.mb);
  }
  return { wall, cpu, mb };
}

const cases = [
  { name: `quotes --jsonl, ${sources.length} articles, one process`, n: sources.length, go: () => run([bin, 'quotes', '--jsonl', ...sources]) },
  { name: `experts, ${sources.length} articles, one process`, n: sources.length, go: () => run([bin, 'experts', ...sources]) },
  { name: `quotes --json, ${files.length} articles, a process each`, n: files.length, go: loop },
];

const results = cases.map(() => []);
for (let round = 0; round < rounds; round++) cases.forEach((c, i) => results[i].push(c.go()));

console.log(`${availableParallelism()} cores; medians of ${rounds} alternating rounds\n`);
console.log(`${'case'.padEnd(50)}  articles/s  CPU ms/article  peak MB`);
cases.forEach((c, i) => {
  const wall = median(results[i].map((r) => r.wall));
  const cpu = median(results[i].map((r) => r.cpu));
  const mb = median(results[i].map((r) => r.mb));
  console.log(`${c.name.padEnd(50)}  ${(c.n / wall).toFixed(0).padStart(10)}  ${((cpu / c.n) * 1000).toFixed(1).padStart(14)}  ${mb.toFixed(0).padStart(7)}`);
});
