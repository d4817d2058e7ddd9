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
  return slugsIn(bundledDir());
}

export function bundledPath(slug: string): string | undefined {
  return slugPath(bundledDir(), slug);
}

/** The slugs of a folder of articles (bundled or saved): its Markdown files' names, sorted. */
export function slugsIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.startsWith('.'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** The file of a slug in a folder of articles, if there is one. */
export function slugPath(dir: string, slug: string): string | undefined {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) return undefined;
  const path = join(dir, `${slug}.md`);
  return existsSync(path) ? path : undefined;
}
