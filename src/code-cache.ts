/**
 * Runs the bundles in dist/ from the V8 code caches the build writes beside
 * them (`<name>.cache`), so a command skips parsing and compiling its bundle:
 * 15–20 ms of every start. bin/article.js starts here; everything else is
 * ordinary CommonJS.
 *
 * A cache is only ever a shortcut, never a condition:
 * - V8 checks a cache against the source by its length alone, so each bundle's
 *   first line names its build and its cache starts with the same line: a
 *   cache from any other build is not offered to V8 at all.
 * - V8 rejects a cache made by another V8 or under other V8 flags (any flag,
 *   also through NODE_OPTIONS): the bundle then compiles as it would without one.
 * - V8 trusts a cache's contents, and a flipped byte crashes it: caches are
 *   written and read with V8's checksum on, so a corrupt one is rejected too.
 *
 * `DEBUG=article` says on stderr what became of each bundle's cache.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// Before any bundle compiles; both the build's recording run and every later run set it,
// so it is part of the flags the cache was made under.
setFlagsFromString('--verify-snapshot-checksum');

const debug = process.env.DEBUG?.split(',').includes('article') ?? false;
const loaded = new Map<string, { exports: unknown; script: Script; header: string }>();

/** The bundle's exports, compiled from its cache where that cache is this build's and V8 takes it. */
function load(name: string): unknown {
  const done = loaded.get(name);
  if (done) return done.exports;
  const filename = join(__dirname, `${name}.js`);
  const source = readFileSync(filename, 'utf8');
  const header = source.slice(0, source.indexOf('\n') + 1);
  const cache = cacheOf(name, header);
  const cachedData = typeof cache === 'string' ? undefined : cache;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename, cachedData });
  if (debug) {
    const fate = typeof cache === 'string' ? cache : script.cachedDataRejected ? 'rejected by V8' : 'used';
    process.stderr.write(`article: code cache for ${name}.js: ${fate}\n`);
  }
  const module = new Module(filename);
  module.filename = filename;
  loaded.set(name, { exports: module.exports, script, header });
  const external = createRequire(filename);
  // In require.cache like any module, for whoever asks what is loaded.
  external.cache[filename] = module;
  // The bundles require each other as `./<name>.js` (see scripts/build.mjs); those go through here too.
  const require = (id: string): unknown => (id.startsWith('./') ? load(id.slice(2, -3)) : external(id));
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, filename, __dirname);
  module.loaded = true;
  loaded.get(name)!.exports = module.exports;
  return module.exports;
}

/** The V8 data in `<name>.cache` when its first line is the bundle's, else why there is none. */
function cacheOf(name: string, header: string): Buffer | string {
  let file: Buffer;
  try {
    file = readFileSync(join(__dirname, `${name}.cache`));
  } catch {
    return 'none';
  }
  const built = header.startsWith('// article build ') && file.subarray(0, header.length).toString('latin1') === header;
  return built ? file.subarray(header.length) : 'from another build';
}

/** Run the command line. */
export function run(): void {
  load('cli');
}

/**
 * The build's recording run: run the command line on `argv`, and as the process
 * exits write the cache of each bundle named in `keep`, with every function that
 * run compiled.
 */
export function record(argv: string[], keep: string[]): void {
  process.argv = [process.argv[0]!, join(__dirname, '..', 'bin', 'article.js'), ...argv];
  process.on('exit', () => {
    for (const name of keep) {
      const bundle = loaded.get(name);
      if (!bundle) throw new Error(`recording ${argv.join(' ')} never loaded ${name}.js`);
      const path = join(__dirname, `${name}.cache`);
      writeFileSync(`${path}.tmp`, Buffer.concat([Buffer.from(bundle.header, 'latin1'), bundle.script.createCachedData()]));
      renameSync(`${path}.tmp`, path);
    }
  });
  run();
}
