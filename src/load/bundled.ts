import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The article `article` reads when given no source. */
export const DEFAULT_SLUG = 'rare-border-crossing-shakes-korean-peninsula';

let contentDir: string | undefined;

/** content/ of the installed package, found from this module's place in src/ or dist/. */
function bundledDir(): string {
  if (contentDir) return contentDir;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'content', `${DEFAULT_SLUG}.md`))) return (contentDir = join(dir, 'content'));
  }
  return (contentDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'content'));
}

/** Slugs of the bundled articles, sorted. */
export function bundledSlugs(): string[] {
  return readdirSync(bundledDir())
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export function bundledPath(slug: string): string | undefined {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) return undefined;
  const path = join(bundledDir(), `${slug}.md`);
  return existsSync(path) ? path : undefined;
}
