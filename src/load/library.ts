/**
 * The reading list: articles `article save` keeps, one Markdown file each, in
 * the XDG data folder ($XDG_DATA_HOME/article/articles, by default
 * ~/.local/share/article/articles). A saved article's slug is its file name.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/** Where saved articles live; the XDG spec ignores a relative $XDG_DATA_HOME. */
export function libraryDir(env: NodeJS.ProcessEnv = process.env): string {
  const data = env.XDG_DATA_HOME && isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(data, 'article', 'articles');
}

/** Slugs of the saved articles, sorted; none when nothing was ever saved. */
export function savedSlugs(): string[] {
  const dir = libraryDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.startsWith('.'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export function savedPath(slug: string): string | undefined {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) return undefined;
  const path = join(libraryDir(), `${slug}.md`);
  return existsSync(path) ? path : undefined;
}
