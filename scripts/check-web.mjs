// The web-page check: the built binary over every page of a set of real web pages
// (default ../shared/fixtures/web-dev: source.html, Readability's expected.html and
// expected-metadata.json per page), as a user would run it, two pages at a time.
//
// Per page:
//   raw     no raw Markdown or HTML in `read` at 80 columns: image or link syntax,
//           `**`, `__`, stray tags (outside code blocks)
//   width   no line wider than 80 columns outside code blocks
//   words   share of expected.html's words present in `read` (at least 97%)
//   title   `info --json` title is the page's headline (the metadata hint, which may keep a site suffix)
//   author  `info --json` author names whoever the hint names (a hint only: it is at
//           times a site name or a date, so a few failures here are the hint's)
//   caption no `summary` sentence is a figure caption or credit of the page
//
//   node scripts/check-web.mjs [--json] [--dir <pages>] [--only <name,...>] [--quiet]
//
// With --json, one object of aggregate metrics on stdout (the shape `npm run eval` reads).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const asJson = args.includes('--json');
const quiet = args.includes('--quiet');
const dir = flag('--dir', `${root}../shared/fixtures/web-dev`);
const only = flag('--only', '')?.split(',').filter(Boolean) ?? [];
const WIDTH = 80;
const WORDS_FLOOR = 0.97;
const CONCURRENCY = 2;

function run(argv) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`${root}bin/article.js`, ...argv], {
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

const norm = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d'"`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
// CJK text has no spaces and wraps between any two characters: each character counts as a word.
const words = (s) =>
  norm(s)
    .replace(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/g, ' $& ')
    .split(' ')
    .filter(Boolean);

// Columns on screen: wide East Asian characters take two, combining marks none.
function width(line) {
  let w = 0;
  for (const ch of line) {
    const c = ch.codePointAt(0);
    if ((c >= 0x300 && c <= 0x36f) || c === 0x200b || c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f)) continue;
    const wide =
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1faff) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

const TAGS =
  'a abbr article aside b blockquote br caption cite code dd div dl dt em figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i iframe img ' +
  'li nav ol p picture pre section small source span strong sub sup table tbody td th thead tr u ul video';
const STRAY_TAG = new RegExp(`</?(?:${TAGS.split(' ').join('|')})(?:\\s+[a-z-]+(?:=|\\s|>)|\\s*/?>)`, 'i');
const RAW = [
  ['image syntax', /!\[[^\]\n]*\]\(/],
  ['link syntax', /\]\((?:https?:|mailto:|\/|#|\.)/],
  ['reference link', /\]\[(?!\d+\])[^\]\n]*\]/],
  // `******` on its own is a scene break in a story, not markup.
  ['bold marks', /\*\*[\p{L}\p{N}]|[\p{L}\p{N}.,:]\*\*/u],
  ['underscore bold', /(?:^|\s)__\S[^\n]*\S__(?:\s|$)/],
  ['stray tag', STRAY_TAG],
  ['entity', /&(?:nbsp|amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/i],
];

// The text of the page's own code blocks: a long line of code may stay long.
function codeText(document) {
  return [...document.querySelectorAll('pre, code')].map((el) => el.textContent ?? '').join('\n');
}

// Captions and credits the page shows with its pictures.
function captions(document) {
  const out = new Set();
  const add = (text) => {
    const n = norm(text);
    if (n.split(' ').length >= 4) out.add(n);
  };
  // A caption is short: a <body> whose class names a feature flag ("video_upload_captions_on") is not one.
  for (const el of document.querySelectorAll('figcaption, [class*="caption" i], [class*="credit" i], [itemprop="caption"]')) {
    if ((el.textContent ?? '').length <= 1000) add(el.textContent);
  }
  for (const img of document.querySelectorAll('img[alt]')) add(img.getAttribute('alt'));
  return [...out];
}

// Every name in an author string, as the words a hint must contain.
const authorNames = (author) =>
  String(author)
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*/i)
    .map(norm)
    .filter((n) => n && !/^(?:by|von|par|por)$/.test(n));

async function checkPage(name) {
  const page = `${dir}/${name}`;
  const source = `${page}/source.html`;
  const html = readFileSync(source, 'utf8');
  const { document } = parseHTML(html);
  const expected = parseHTML(`<html><body>${readFileSync(`${page}/expected.html`, 'utf8')}</body></html>`).document;
  const hint = existsSync(`${page}/expected-metadata.json`) ? JSON.parse(readFileSync(`${page}/expected-metadata.json`, 'utf8')) : {};
  const failures = [];
  const result = { name, failures };

  // One process at a time per page, so two pages keep two cores busy and no more.
  const read = await run(['read', '--no-pager', '--no-color', '--width', String(WIDTH), source]);
  const info = await run(['info', '--json', source]);
  const summary = await run(['summary', '--json', source]);
  if (read.code !== 0) {
    failures.push(`read exits ${read.code}: ${read.stderr.trim().split('\n')[0]}`);
    Object.assign(result, { failed: true, raw: true, overWidth: true, wordsPresent: 0, title: false, author: hint.byline ? false : null, caption: false });
    return result;
  }

  // Raw markup and over-wide lines, outside the page's code.
  const code = codeText(document);
  const expectedText = expected.body?.textContent ?? expected.documentElement.textContent ?? '';
  const lines = read.stdout.split('\n');
  const raw = [];
  const wide = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const inCode = trimmed.length >= 8 && code.includes(trimmed);
    if (!inCode) {
      for (const [what, re] of RAW) {
        const m = re.exec(line);
        // What Reader View's text itself has is content, not markup: `the <img> tag`, `[136][n 7]`.
        if (m && !expectedText.includes(m[0])) raw.push(`${what}: ${trimmed.slice(0, 100)}`);
      }
      if (width(line) > WIDTH) wide.push(`${width(line)} cols: ${trimmed.slice(0, 100)}`);
    }
  }
  result.raw = raw.length > 0;
  result.overWidth = wide.length > 0;
  if (raw.length) failures.push(`raw markup on ${raw.length} lines, e.g. ${raw.slice(0, 3).join(' | ')}`);
  if (wide.length) failures.push(`${wide.length} lines over ${WIDTH} columns, e.g. ${wide.slice(0, 2).join(' | ')}`);

  // Words of expected.html present in the output (as a multiset).
  const have = new Map();
  for (const w of words(read.stdout)) have.set(w, (have.get(w) ?? 0) + 1);
  const want = words(expectedText);
  let found = 0;
  for (const w of want) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      found++;
      have.set(w, n - 1);
    }
  }
  result.wordsPresent = want.length ? found / want.length : 1;
  if (result.wordsPresent < WORDS_FLOOR) failures.push(`only ${(result.wordsPresent * 100).toFixed(1)}% of the expected words`);

  // Title and author against the hint.
  let meta = {};
  let title = '';
  try {
    const parsed = JSON.parse(info.stdout);
    meta = parsed.meta ?? {};
    title = parsed.article?.title ?? meta.title ?? '';
  } catch {
    failures.push(`info --json failed: ${info.stderr.trim().split('\n')[0]}`);
  }
  // Readability's title keeps a site suffix at times (`Headline - Site`): one containing the other is a match.
  // Readability also cuts a `Kicker: headline` to its tail at times, keeping the suffix: the hint
  // without its last `· Site` part, contained in ours, is a match too.
  const [ours, theirs] = [norm(title), norm(hint.title)];
  const bare = norm(String(hint.title ?? '').replace(/\s+[|·•–—-]\s+[^|·•–—-]+$/, ''));
  result.title = hint.title
    ? ours.length > 0 && (ours === theirs || theirs.includes(ours) || ours.includes(theirs) || (bare.length > 0 && ours.includes(bare)))
    : null;
  if (result.title === false) failures.push(`title ${JSON.stringify(title)}, the page says ${JSON.stringify(hint.title)}`);
  const byline = hint.byline ? norm(hint.byline) : '';
  if (byline) {
    const names = meta.author ? authorNames(meta.author) : [];
    // Readability keeps one of several authors at times: ours naming all of the hint's is a match too.
    const ours = norm(meta.author);
    result.author =
      names.length > 0 &&
      (names.every((n) => byline.includes(n) || n.includes(byline)) || authorNames(hint.byline).every((n) => ours.includes(n)));
    if (!result.author) failures.push(`author ${JSON.stringify(meta.author ?? null)}, the hint says ${JSON.stringify(hint.byline)}`);
  } else {
    result.author = null;
  }

  // No caption or credit among the summary's sentences.
  result.caption = false;
  try {
    const sentences = JSON.parse(summary.stdout).sentences.map((s) => norm(s.text));
    const caps = captions(document);
    const hit = sentences.find((s) => s.split(' ').length >= 3 && caps.some((c) => c.includes(s) || (c.length >= 30 && s.includes(c))));
    if (hit) {
      result.caption = true;
      failures.push(`summary quotes a caption: ${hit.slice(0, 100)}`);
    }
  } catch {
    failures.push(`summary --json failed: ${summary.stderr.trim().split('\n')[0]}`);
  }
  return result;
}

const names = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${dir}/${d.name}/source.html`))
  .map((d) => d.name)
  .filter((n) => only.length === 0 || only.includes(n))
  .sort();

const results = [];
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < names.length) results.push(await checkPage(names[next++]));
  }),
);
results.sort((a, b) => (a.name < b.name ? -1 : 1));

if (!quiet) {
  const out = asJson ? process.stderr : process.stdout;
  for (const r of results) if (r.failures.length) out.write(`${r.name}\n${r.failures.map((f) => `  ${f}`).join('\n')}\n`);
}

const share = (key) => {
  const judged = results.filter((r) => r[key] !== null);
  return judged.length ? Number((judged.filter((r) => r[key]).length / judged.length).toFixed(3)) : 1;
};
const present = results.map((r) => r.wordsPresent);
const metrics = {
  pages: results.length,
  // A page `read` cannot read fails every check below too.
  readFailed: results.filter((r) => r.failed).length,
  rawMarkupPages: results.filter((r) => r.raw).length,
  overWidthPages: results.filter((r) => r.overWidth).length,
  wordsPresentMean: Number((present.reduce((a, b) => a + b, 0) / Math.max(1, present.length)).toFixed(4)),
  wordsPresentMin: Number(Math.min(...present, 1).toFixed(4)),
  pagesBelow97: present.filter((p) => p < WORDS_FLOOR).length,
  titleMatch: share('title'),
  authorMatch: share('author'),
  captionInSummary: results.filter((r) => r.caption).length,
};
if (asJson) process.stdout.write(`${JSON.stringify(metrics)}\n`);
else process.stdout.write(`\n${Object.entries(metrics).map(([k, v]) => `${k} ${v}`).join('\n')}\n`);
