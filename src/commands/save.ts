import { closeSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { ArticleError, EXIT } from '../errors.js';
import { markdownWithFrontMatter } from '../load/html/front-matter.js';
import { loadArticle, type LoadOptions } from '../load/index.js';
import { libraryDir } from '../load/library.js';
import { safeLinks } from '../load/safe-links.js';
import { slugify } from '../model.js';
import { outputContext } from '../present/context.js';
import { emit } from '../present/output.js';
import { fetchSpinner } from '../present/spinner.js';

export interface SaveOptions extends LoadOptions {
  out?: string;
  force?: boolean;
}

// Long headlines make unwieldy file names; cut at a word.
const MAX_NAME = 60;
// Names tried for the temporary file before giving up: another one there is someone else's.
const TEMP_TRIES = 10;

/** `article save`: write any source's article as Markdown with front matter, to read offline later. */
export async function save(source: string, options: SaveOptions): Promise<void> {
  const toStdout = options.out === '-';
  // Refuse before fetching anything when the answer is already known.
  if (options.out && !toStdout && !options.force && present(options.out)) throw alreadyExists(options.out);
  const article = await loadArticle(source, { ...options, onProgress: fetchSpinner() });
  // Only links a reader can follow safely: http(s), mailto and relative ones.
  const markdown = markdownWithFrontMatter({ title: article.title, ...article.meta }, safeLinks(article.markdown));
  // `--out -` is standard output, as for most tools.
  if (toStdout) return emit(markdown, outputContext({ pager: false }));
  // By default into the reading list, where its slug is a source for every command.
  const path = options.out ?? join(libraryFolder(), `${fileName(article.title)}.md`);
  if (!options.force && present(path)) throw alreadyExists(path);
  writeWhole(path, markdown);
  await emit(`Saved to ${path}`, outputContext({}));
}

// Anything at the path counts, a symbolic link too, even one that leads nowhere.
function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function libraryFolder(): string {
  const dir = libraryDir();
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new ArticleError(`cannot make the library folder ${dir}: ${(err as Error).message}`, EXIT.input, 'choose a file with --out');
  }
  return dir;
}

function fileName(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_NAME) return slug;
  const cut = slug.slice(0, MAX_NAME);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/**
 * Write beside the target and rename over it, so a failure never leaves half a
 * file. The temporary file is created new (O_EXCL) under a random name, and it
 * is the only file this ever removes.
 */
function writeWhole(path: string, text: string): void {
  let temp: string | undefined;
  try {
    let fd: number | undefined;
    for (let i = 0; fd === undefined; i++) {
      const name = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        fd = openSync(name, 'wx', 0o644);
        temp = name;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || i + 1 >= TEMP_TRIES) throw err;
      }
    }
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    renameSync(temp!, path);
  } catch (err) {
    if (temp) rmSync(temp, { force: true });
    throw new ArticleError(`cannot write ${path}: ${writeFailure(err as NodeJS.ErrnoException, path)}`);
  }
}

// Node's own message names the temporary file; say what it means for the file asked for.
function writeFailure(err: NodeJS.ErrnoException, path: string): string {
  switch (err.code) {
    case 'ENOENT':
      return `there is no folder ${dirname(path)}`;
    case 'ENOTDIR':
      return `${dirname(path)} is not a folder`;
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'EEXIST':
      return `could not find a free name for a temporary file in ${dirname(path)}`;
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return err.message;
  }
}

function alreadyExists(path: string): ArticleError {
  return new ArticleError(`${path} already exists`, EXIT.input, 'use --force to overwrite it, or --out to choose another name');
}
