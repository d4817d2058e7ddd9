// The engine's TypeScript modules, bundled with esbuild into one CommonJS file and loaded
// in this process: how the training scripts run the rules over thousands of articles
// without starting a process for each.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `exports`: module path under src/ → the names to take from it. Returns the loaded bundle. */
export async function bundleEngine(exports) {
  const dir = mkdtempSync(join(tmpdir(), 'article-engine-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, Object.entries(exports).map(([path, names]) => `export { ${names.join(', ')} } from ${JSON.stringify(join(root, 'src', path))};`).join('\n'));
    const outfile = join(dir, 'engine.cjs');
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error', loader: { '.json': 'json' } });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
