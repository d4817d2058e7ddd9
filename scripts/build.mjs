// Bundle the CLI with esbuild for a fast start.
//
// The output is CommonJS, one file per lazy boundary, all side by side in dist/:
// code-cache.js (where bin/article.js starts), cli.js (argument parsing),
// cmd-<name>.js (one per command, loaded when that command runs), html.js (the
// web-page path) and render-worker.js. Node 20's ESM
// loader alone costs about 15 ms at start-up, more than --help's whole budget,
// so the source is ESM TypeScript but what runs is CommonJS. Each `import()` of
// a boundary module becomes a `require()` of its file, so a command parses only
// the code it runs.
//
// Then each bundle gets a V8 code cache (<name>.cache, read by src/code-cache.ts):
// the CLI runs each command once on the bundled article, and as it exits V8 writes
// out every function that run compiled, so a user's run compiles almost nothing.
//
//   node scripts/build.mjs [--readable]   (--readable keeps names, for `node --cpu-prof`)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = `${root}src/`;

// Source module → the dist/ file it is built into and loaded from.
const boundaries = new Map([
  [`${src}code-cache.ts`, 'code-cache'],
  [`${src}cli.ts`, 'cli'],
  [`${src}render-worker.ts`, 'render-worker'],
  [`${src}batch/worker.ts`, 'batch-worker'],
  [`${src}load/html/index.ts`, 'html'],
  [`${src}load/feed.ts`, 'feed'],
  ...readdirSync(`${src}commands`)
    .filter((f) => f.endsWith('.ts') && f !== 'options.ts' && f !== 'report.ts')
    .map((f) => [`${src}commands/${f}`, `cmd-${f.slice(0, -3)}`]),
]);

// `import('./commands/read.js')` → `require('./cmd-read.js')`, left to run time.
const lazyBoundaries = {
  name: 'lazy-boundaries',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const target = boundaries.get(resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts'));
      return target ? { path: `./${target}.js`, external: true } : undefined;
    });
  },
};

// Commander requires child_process at its top, for executable subcommands article has none of.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/') ? { path: `${src}lazy-child-process.ts` } : undefined,
    );
  },
};

const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

// Build beside dist/ and swap it in, so a build never leaves a half-written dist/ for a running test.
const out = `${root}dist.tmp-${process.pid}`;
const { outputFiles } = await build({
  entryPoints: Object.fromEntries([...boundaries].map(([path, name]) => [name, path])),
  outdir: out,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: !process.argv.includes('--readable'),
  legalComments: 'none',
  // Loaded at run time on first use (src/present/lazy/, src/load/front-matter.ts), never bundled in.
  external: ['cli-highlight', 'js-yaml'],
  plugins: [lazyBoundaries, lazyChildProcess],
  // import() of a boundary must become require(): import() goes through the ESM loader,
  // which lexes the whole CommonJS file for its exports.
  // esbuild otherwise rewrites every \p{..} regex literal into a `new RegExp(...)`
  // built again each time the line runs; Node 20 has them natively.
  supported: { 'dynamic-import': false, 'regexp-unicode-property-escapes': true },
  // The source asks import.meta.url where it is; in CommonJS that is __filename.
  banner: { js: 'const __importMetaUrl=require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__importMetaUrl', __VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
  write: false,
});

// The build's name heads every bundle: a code cache is used only with the bundle it was made from.
const id = createHash('sha256');
for (const f of outputFiles) id.update(f.path).update(f.contents);
const header = `// article build ${id.digest('hex').slice(0, 16)}\n`;
mkdirSync(out, { recursive: true });
for (const f of outputFiles) writeFileSync(f.path, f.path.endsWith('.js') ? header + f.text : f.contents);

rmSync(`${root}dist.old-${process.pid}`, { recursive: true, force: true });
try {
  renameSync(`${root}dist`, `${root}dist.old-${process.pid}`);
} catch {
  // first build: nothing to move aside
}
renameSync(out, `${root}dist`);
rmSync(`${root}dist.old-${process.pid}`, { recursive: true, force: true });

// The runs that write the caches, in dist/ itself (V8 keeps the path a cache was
// recorded at for its stack traces): each names the bundles whose cache it keeps.
// Output goes nowhere; a recording uses the flags a user's run has: none.
const bundled = `${root}content/${readdirSync(`${root}content`).find((f) => f.endsWith('.md'))}`;
// The web-page path, recorded on the bundled article's paragraphs as a page on standard input.
const page = `<!doctype html><html><head><title>A page</title></head><body><article><h1>A page</h1>${readFileSync(bundled, 'utf8')
  .split(/\n\s*\n/)
  .slice(1)
  .map((p) => `<p>${p.replace(/[<>&]/g, ' ')}</p>`)
  .join('')}</article></body></html>`;
const recordings = [
  [['read', '--no-pager'], ['cli', 'cmd-read']],
  [['sections'], ['cmd-sections']],
  [['info'], ['cmd-info']],
  [['quotes'], ['cmd-quotes']],
  [['experts'], ['cmd-experts']],
  [['facts'], ['cmd-facts']],
  [['summary'], ['cmd-summary']],
  [['list'], ['cmd-list']],
  [['save', bundled, '--out', '-'], ['cmd-save']],
  [['sections', '--jsonl'], ['cmd-batch']],
  [['completion', 'bash'], ['cmd-completion']],
  [['sections', '-'], ['html'], page],
];
const env = { ...process.env, NODE_OPTIONS: '' };
for (const [argv, keep, input = ''] of recordings) {
  const script = `require(${JSON.stringify(`${root}dist/code-cache.js`)}).record(${JSON.stringify(argv)}, ${JSON.stringify(keep)})`;
  const r = spawnSync(process.execPath, ['-e', script], { input, stdio: ['pipe', 'ignore', 'inherit'], env });
  if (r.status !== 0) throw new Error(`recording the code cache of \`article ${argv.join(' ')}\` failed (exit ${r.status})`);
}
