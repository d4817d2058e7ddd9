// Bundle the CLI with esbuild: one entry, lazy chunks for the heavy paths
// (each command's `import()`), so start-up parses only what it runs.
import { build } from 'esbuild';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// marked-terminal imports cli-highlight (every highlight.js grammar), node-emoji
// (the emoji table) and cli-table3 at its top level; these shims load them on first use.
const lazyDeps = {
  name: 'lazy-deps',
  setup(b) {
    const shims = {
      'cli-highlight': `${root}src/present/lazy/cli-highlight.ts`,
      'node-emoji': `${root}src/present/lazy/node-emoji.ts`,
      'cli-table3': `${root}src/present/lazy/cli-table3.ts`,
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
  entryPoints: [`${root}src/cli.ts`, `${root}src/render-worker.ts`],
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  external: ['cli-highlight', 'node-emoji', 'cli-table3'],
  plugins: [lazyDeps],
  // Bundled CommonJS dependencies call require(); give them Node's.
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  define: { __VERSION__: JSON.stringify(version) },
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
