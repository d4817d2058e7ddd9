// npm run stress: every class of hostile input at growing sizes, one table.
//
// Each class is one shape of input (nested lists, runs of stops, deep HTML, ...)
// made at each size and given to one command through the built binary. For each
// run: wall time, CPU time (user + system, threads included), peak memory (GNU
// time), bytes written to stdout, exit code and the first line of stderr. The
// growth ratio is CPU(size) / CPU(previous size), both net of the same command's
// CPU on a 1 KB input of the class (start-up): CPU, because on a shared machine
// wall time measures the neighbours.
// Linear is a ratio near the size ratio (4): the target is ≤ 5 at 4x the size.
//
//   node scripts/stress.mjs [--only lists,stops-period] [--sizes 25k,100k,400k,1m]
//                           [--timeout 20] [--big]
//
// --big adds the memory classes at 10 MB, 49 MB and a million tiny paragraphs
// (README: peak memory under 1 GB up to the 50 MB default cap).
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { timedRun } from './timed-run.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}bin/article.js`;
const work = `${root}.stress/`;
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const KB = 1024;
const MB = 1024 * KB;
const parseSize = (s) => Math.round(Number.parseFloat(s) * (/m$/i.test(s) ? MB : KB));
const sizes = flag('--sizes', '25k,100k,400k,1m').split(',').map(parseSize);
const only = flag('--only', '')?.split(',').filter(Boolean);
const timeoutS = Number(flag('--timeout', 20));
const big = args.includes('--big');
if (!existsSync('/usr/bin/time') || !existsSync('/usr/bin/timeout')) {
  console.error('stress: needs GNU time (/usr/bin/time) and timeout (/usr/bin/timeout)');
  process.exit(1);
}

// `unit` repeated (or built by `make`) until the text is `bytes` long.
const repeat = (unit, bytes, head = '', tail = '') => head + unit.repeat(Math.max(1, Math.ceil((bytes - head.length - tail.length) / unit.length))) + tail;
const page = (body, head = '') =>
  `<!doctype html><html><head><title>Stress</title><meta property="og:type" content="article">${head}</head><body><article><h1>Stress</h1>${body}</article></body></html>`;
const prose = readFileSync(`${root}content/rare-border-crossing-shakes-korean-peninsula.md`, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
const proseParagraphs = prose.split(/\n{2,}/).filter((p) => p.trim() && !p.startsWith('#'));
const nested = (open, close, inner, bytes) => {
  const n = Math.max(1, Math.floor((bytes - inner.length) / (open.length + close.length)));
  return open.repeat(n) + inner + close.repeat(n);
};
// The issue's 392-byte list: 17 levels two spaces apart, then eight markers on one line.
const listBlock = () => {
  const l = [];
  for (let x = 0; x < 17; x++) l.push(`${'  '.repeat(x)}* a`);
  l.push(`${' '.repeat(34)}* * * * * * * * a`);
  return `${l.join('\n')}\n\n`;
};
const cells = (rows, cols) =>
  `<p>${proseParagraphs[0]}</p><table><tr>${'<th>h</th>'.repeat(cols)}</tr>${`<tr>${'<td>cell 1</td>'.repeat(cols)}</tr>`.repeat(rows)}</table>`;

/** [class, what the issue calls it, ext, command argv, env, make(bytes)] */
const CLASSES = [
  ['lists', '1 nested lists, colour', 'md', ['read', '--no-pager'], { FORCE_COLOR: '1' }, (b) => repeat(listBlock(), b, '# Lists\n\n')],
  ['lists-deep', '1 one list nested deeper, 2-space', 'md', ['read', '--no-pager'], { FORCE_COLOR: '1' }, (b) => {
    let s = '# Lists\n\n';
    for (let x = 0; s.length < b; x++) s += `${'  '.repeat(x % 400)}- item ${x}\n`;
    return s;
  }],
  ['stops-period', '2 run of .', 'md', ['summary'], {}, (b) => repeat('.', b, '# Stops\n\nA start')],
  ['stops-question', '2 run of ?', 'md', ['info'], {}, (b) => repeat('?', b, '# Stops\n\nA start')],
  ['stops-ellipsis', '2 run of …', 'md', ['quotes'], {}, (b) => repeat('…', b / 3, '# Stops\n\nA start')],
  ['stops-bang', '2 run of !', 'md', ['facts'], {}, (b) => repeat('!', b, '# Stops\n\nA start')],
  ['stops-escaped', '2 run of \\.', 'md', ['read', '--no-pager'], {}, (b) => repeat('\\.', b, '# Stops\n\nA start')],
  ['stops-mixed', '2 runs of .?! between words', 'md', ['sections'], {}, (b) => repeat('a.?!.?! ', b, '# Stops\n\n')],
  ['facts-percent', '3 5% ×n (facts)', 'md', ['facts'], {}, (b) => repeat('5% ', b, '# Facts\n\nRates were ')],
  ['facts-json', '3 5% ×n (facts --json)', 'md', ['facts', '--json'], {}, (b) => repeat('5% ', b, '# Facts\n\nRates were ')],
  ['facts-money', '3 $5 ×n', 'md', ['facts'], {}, (b) => repeat('$5 ', b, '# Facts\n\nCosts were ')],
  ['facts-years', '3 years ×n', 'md', ['facts'], {}, (b) => repeat('in 1999 ', b, '# Facts\n\nIt happened ')],
  ['facts-relative', '3 relative times ×n', 'md', ['facts'], {}, (b) => repeat('two days ago ', b, '# Facts\n\nIt happened ')],
  ['html-table', '4 HTML table, 50 columns', 'html', ['sections'], {}, (b) => page(cells(Math.max(1, Math.round(b / 50 / 16)), 50))],
  ['html-table-read', '4 HTML table, read', 'html', ['read', '--no-pager'], {}, (b) => page(cells(Math.max(1, Math.round(b / 50 / 16)), 50))],
  ['html-divs', '5 nested divs', 'html', ['sections'], {}, (b) => page(nested('<div>', '</div>', `<p>${proseParagraphs.slice(0, 3).join('</p><p>')}</p>`, b))],
  ['html-spans', '5 nested spans', 'html', ['read', '--no-pager'], {}, (b) => page(`<p>${proseParagraphs[0]}</p>${nested('<span>', '</span>', proseParagraphs[1], b)}`)],
  ['html-quotes', '5 nested blockquotes', 'html', ['read', '--no-pager'], {}, (b) => page(`<p>${proseParagraphs.slice(0, 3).join('</p><p>')}</p>${nested('<blockquote>', '</blockquote>', 'deep', b)}`)],
  ['jsonld-deep', '5 deep JSON-LD', 'html', ['info'], {}, (b) => page(`<p>${proseParagraphs.slice(0, 3).join('</p><p>')}</p>`, `<script type="application/ld+json">${nested('[', ']', '1', b)}</script>`)],
  ['jsonld-open', '6 unclosed JSON-LD "@type":[', 'html', ['info'], {}, (b) => page(`<p>${proseParagraphs.slice(0, 3).join('</p><p>')}</p>`, `<script type="application/ld+json">${repeat('{"@type":[', b)}</script>`)],
  ['quote-storm', '7 “ ×n (summary)', 'md', ['summary'], {}, (b) => repeat('“', b / 3, '# Quotes\n\n')],
  ['quote-storm-q', '7 “ ×n (quotes)', 'md', ['quotes'], {}, (b) => repeat('“', b / 3, '# Quotes\n\n')],
  ['quote-mix', '7 "\'“‘ repeated', 'md', ['quotes'], {}, (b) => repeat('"\'“‘', b / 2, '# Quotes\n\n')],
  ['paragraphs', '13 tiny paragraphs', 'md', ['read', '--no-pager'], {}, (b) => repeat('a.\n\n', b, '# Tiny\n\n')],
  ['prose-read', '13 real prose, read', 'md', ['read', '--no-pager'], { FORCE_COLOR: '1' }, (b) => repeat(`${proseParagraphs.join('\n\n')}\n\n`, b, '# Prose\n\n')],
  ['prose-html', '13 real prose as HTML', 'html', ['read', '--no-pager'], {}, (b) => page(repeat(`<p>${proseParagraphs.join('</p>\n<p>')}</p>\n`, b))],
];

const BIG = [
  ['big-markdown', '13 10 MB Markdown', 'md', ['read', '--no-pager'], {}, () => repeat(`${proseParagraphs.join('\n\n')}\n\n`, 10 * MB, '# Prose\n\n')],
  ['big-html', '13 10 MB HTML', 'html', ['read', '--no-pager'], {}, () => page(repeat(`<p>${proseParagraphs.join('</p>\n<p>')}</p>\n`, 10 * MB))],
  ['big-paragraphs', '13 1M tiny paragraphs', 'md', ['read', '--no-pager'], {}, () => repeat('a.\n\n', 4 * MB, '# Tiny\n\n')],
  ['big-49mb', '13 49 MB input', 'md', ['sections'], {}, () => repeat(`${proseParagraphs.join('\n\n')}\n\n`, 49 * MB, '# Prose\n\n')],
  ['big-49mb-read', '13 49 MB input, read', 'md', ['read', '--no-pager'], {}, () => repeat(`${proseParagraphs.join('\n\n')}\n\n`, 49 * MB, '# Prose\n\n')],
];

mkdirSync(work, { recursive: true });

// One run through GNU time and timeout: seconds, peak MB, stdout bytes, exit code, first stderr line.
function run(argv, env, path) {
  const out = `${work}out`;
  const fd = openSync(out, 'w');
  const r = timedRun([bin, ...argv, path], { env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env }, stdout: fd, timeoutS });
  closeSync(fd);
  const bytes = statSync(out).size;
  rmSync(out);
  const message = r.stderr.split('\n').find((l) => l.startsWith('article:'))?.slice(0, 70) ?? '';
  const code = r.seconds >= timeoutS ? 'timeout' : r.killed ? 'killed' : String(r.status);
  return { seconds: r.seconds, cpu: r.cpu, mb: r.mb, bytes, code, message };
}

const fmtBytes = (n) => (n >= MB ? `${(n / MB).toFixed(1)} MB` : n >= KB ? `${(n / KB).toFixed(0)} KB` : `${n} B`);
const rows = [];
let worstRatio = { ratio: 0 };
let worstTime = { seconds: 0 };
let worstCpu = { cpu: 0 };
const MIN_NET = 0.1; // below 100 ms of work, a ratio is noise

function measure([name, what, ext, argv, env, make], sizeList) {
  if (only?.length && !only.includes(name)) return;
  const file = (bytes) => {
    const path = `${work}${name}-${bytes}.${ext}`;
    writeFileSync(path, make(bytes));
    return path;
  };
  // The big classes have one size: no growth to measure, so no start-up to subtract.
  let floor = 0;
  if (sizeList[0] !== 0) {
    const floorPath = file(KB);
    floor = Math.min(...[0, 1].map(() => run(argv, env, floorPath).cpu));
    rmSync(floorPath);
  }
  let prevNet;
  for (const bytes of sizeList) {
    const path = file(bytes);
    const actual = statSync(path).size;
    const r = run(argv, env, path);
    rmSync(path);
    const net = Math.max(MIN_NET, r.cpu - floor);
    const ratio = prevNet === undefined || net <= MIN_NET ? undefined : net / prevNet;
    prevNet = net;
    if (ratio !== undefined && ratio > worstRatio.ratio) worstRatio = { ratio, name, bytes: actual };
    if (r.seconds > worstTime.seconds && actual <= 1.05 * MB) worstTime = { seconds: r.seconds, name, bytes: actual };
    if (r.cpu > worstCpu.cpu && actual <= 1.05 * MB) worstCpu = { cpu: r.cpu, name, bytes: actual };
    const row = [name, `article ${argv.join(' ')}`, fmtBytes(actual), r.seconds.toFixed(2), Number.isFinite(r.cpu) ? r.cpu.toFixed(2) : '-', r.mb.toFixed(0), fmtBytes(r.bytes), ratio === undefined ? '-' : ratio.toFixed(1), r.code, r.message];
    rows.push(row);
    console.log(row.join('\t'));
  }
  void what;
}

console.log(`stress: ${sizes.map(fmtBytes).join(', ')}; each run killed after ${timeoutS} s\n`);
for (const c of CLASSES) measure(c, sizes);
if (big) for (const c of BIG) measure(c, [0]);

const header = ['class', 'command', 'size', 'wall s', 'cpu s', 'peak MB', 'stdout', 'growth', 'exit', 'stderr'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
console.log(`\n${header.map((h, i) => h.padEnd(widths[i])).join('  ')}`);
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const r of rows) console.log(r.map((c, i) => (i >= 2 && i <= 7 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd());
console.log(`\nworst growth: ${worstRatio.ratio.toFixed(1)} (${worstRatio.name ?? '-'} at ${fmtBytes(worstRatio.bytes ?? 0)}; linear ≈ 4, target ≤ 5)`);
console.log(`worst wall time ≤ 1 MB: ${worstTime.seconds.toFixed(2)} s (${worstTime.name ?? '-'} at ${fmtBytes(worstTime.bytes ?? 0)}; target ≤ 3 s)`);
console.log(`worst CPU time ≤ 1 MB: ${worstCpu.cpu.toFixed(2)} s (${worstCpu.name ?? '-'} at ${fmtBytes(worstCpu.bytes ?? 0)})`);
rmSync(work, { recursive: true, force: true });
