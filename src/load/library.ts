/**
 * The reading list: articles `article save` keeps, one Markdown file each, in
 * the XDG data folder ($XDG_DATA_HOME/article/articles, by default
 * ~/.local/share/article/articles). A saved article's slug is its file name.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { slugPath, slugsIn } from './bundled.js';

/** Where saved articles live; the XDG spec ignores a relative $XDG_DATA_HOME. */
export function libraryDir(env: NodeJS.ProcessEnv = process.env): string {
  const data = env.XDG_DATA_HOME && isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(data, 'article', 'articles');
}

/** Slugs of the saved articles, sorted; none when nothing was ever saved. */
export function savedSlugs(): string[] {
  const dir = libraryDir();
  return existsSync(dir) ? slugsIn(dir) : [];
}

export function savedPath(slug: string): string | undefined {
  return slugPath(libraryDir(), slug);
}
