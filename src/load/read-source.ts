import { openSync, fstatSync, readSync, closeSync } from 'node:fs';
import { ArticleError } from '../errors.js';


/** Read a whole file, refusing directories, unreadable files and files over `maxSize` bytes. */
export function readFileBytes(path: string, maxSize: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw fileError(path, err as NodeJS.ErrnoException);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new ArticleError(`${path} is a directory, not an article`);
    if (stat.isFile() && stat.size > maxSize) throw tooLarge(path, maxSize);
    return readAll(fd, maxSize, path);
  } catch (err) {
    if (err instanceof ArticleError) throw err;
    throw fileError(path, err as NodeJS.ErrnoException);
  } finally {
    closeSync(fd);
  }
}

/** Read standard input to its end; a terminal with nothing piped is an error, not a wait. */
export function readStdinBytes(maxSize: number): Uint8Array {
  if (process.stdin.isTTY) {
    throw new ArticleError('standard input is a terminal: pipe an article in, or give a path', 1, 'e.g. cat story.md | article -');
  }
  try {
    return readAll(0, maxSize, 'standard input');
  } catch (err) {
    if (err instanceof ArticleError) throw err;
    throw new ArticleError(`cannot read standard input: ${(err as Error).message}`);
  }
}

function readAll(fd: number, maxSize: number, name: string): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      // A non-blocking pipe with no data yet: wait and try again.
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if ((err as NodeJS.ErrnoException).code === 'EOF') break;
      throw err;
    }
    if (n === 0) break;
    total += n;
    if (total > maxSize) throw tooLarge(name, maxSize);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks, total);
}

/** The one error for any input over the size limit, naming the limit. */
export function tooLarge(name: string, maxSize: number): ArticleError {
  return new ArticleError(`${name} is larger than ${formatBytes(maxSize)}`, 1, 'raise the limit with --max-size');
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function fileError(path: string, err: NodeJS.ErrnoException): ArticleError {
  switch (err.code) {
    case 'ENOENT':
      return new ArticleError(`no such file: ${path}`);
    case 'EACCES':
    case 'EPERM':
      return new ArticleError(`permission denied: ${path}`);
    case 'EISDIR':
      return new ArticleError(`${path} is a directory, not an article`);
    default:
      return new ArticleError(`cannot read ${path}: ${err.message}`);
  }
}
