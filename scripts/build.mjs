// Bundle the CLI with esbuild for a fast start.
//
// The output is CommonJS, one file per lazy boundary, all side by side in dist/:
// cli.js (argument parsing), cmd-<name>.js (one per command, loaded when that
// command runs), html.js (the web-page path) and render-worker.js. Node 20's ESM
// loader alone costs about 15 ms at start-up, more than --help's whole budget,
// so the source is ESM TypeScript but what runs is CommonJS. Each `import()` of
// a boundary module becomes a `require()` of its file, so a command parses only
// the code it runs.
//
//   node scripts/build.mjs [--readable]   (--readable keeps names, for `node --cpu-prof`)
import { build } from 'esbuild';
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = `${root}src/`;

// Source module → the dist/ file it is built into and loaded from.
const boundaries = new Map([
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

// marked-terminal imports cli-highlight (every highlight.js grammar), node-emoji
// (the emoji table) and cli-table3 at its top level; these shims load them on first use.
const lazyDeps = {
  name: 'lazy-deps',
  setup(b) {
    const shims = {
      'cli-highlight': `${src}present/lazy/cli-highlight.ts`,
      'node-emoji': `${src}present/lazy/node-emoji.ts`,
      'cli-table3': `${src}present/lazy/cli-table3.ts`,
    };
    b.onResolve({ filter: /^(cli-highlight|node-emoji|cli-table3)$/ }, (args) =>
      args.importer.includes('/src/present/lazy/') ? undefined : { path: shims[args.path] },
    );
  },
};

const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

// Build beside dist/ and swap it in, so a build never leaves a half-written dist/ for a running test.
const out = `${root}dist.tmp-${process.pid}`;
await build({
  entryPoints: Object.fromEntries([...boundaries].map(([path, name]) => [name, path])),
  outdir: out,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: !process.argv.includes('--readable'),
  legalComments: 'none',
  external: ['cli-highlight', 'node-emoji', 'cli-table3', 'js-yaml'],
  plugins: [lazyBoundaries, lazyDeps],
  // import() of a boundary must become require(): import() goes through the ESM loader,
  // which lexes the whole CommonJS file for its exports.
  // esbuild otherwise rewrites every \p{..} regex literal into a `new RegExp(...)`
  // built again each time the line runs; Node 20 has them natively.
  supported: { 'dynamic-import': false, 'regexp-unicode-property-escapes': true },
  // The source asks import.meta.url where it is; in CommonJS that is __filename.
  banner: { js: 'const __importMetaUrl=require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__importMetaUrl', __VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});

rmSync(`${root}dist.old-${process.pid}`, { recursive: true, force: true });
try {
  renameSync(`${root}dist`, `${root}dist.old-${process.pid}`);
} catch {
  // first build: nothing to move aside
}
renameSync(out, `${root}dist`);
rmSync(`${root}dist.old-${process.pid}`, { recursive: true, force: true });
