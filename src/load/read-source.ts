import { openSync, fstatSync, lstatSync, readSync, closeSync, constants } from 'node:fs';
import { isatty } from 'node:tty';
import { ArticleError } from '../errors.js';

/** The most bytes that can become one string (V8's limit is 2^29 - 24 UTF-16 units; UTF-8 has at least one byte a unit). */
export const MAX_TEXT_BYTES = 2 ** 29 - 24;
/** How long a named pipe may give nothing before we stop waiting for it. */
const PIPE_STALL_MS = 15_000;

/** Read a whole file, refusing directories, unreadable files and files over `maxSize` bytes. */
export function readFileBytes(path: string, maxSize: number): Uint8Array {
  let fd: number;
  try {
    // Non-blocking, so that opening a named pipe no one writes to returns at once instead of waiting forever.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw fileError(path, err as NodeJS.ErrnoException);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new ArticleError(`${path} is a directory, not an article`);
    if (stat.isBlockDevice() || stat.isCharacterDevice() || isatty(fd)) throw new ArticleError(`${path} is a device, not an article`);
    if (stat.isSocket()) throw new ArticleError(`${path} is a socket, not an article`);
    if (stat.isFile() && stat.size > Math.min(maxSize, MAX_TEXT_BYTES)) throw tooLarge(path, maxSize, stat.size);
    return readAll(fd, maxSize, path, stat.isFIFO() ? PIPE_STALL_MS : Infinity);
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

function readAll(fd: number, maxSize: number, name: string, stallMs = Infinity): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  let waited = 0;
  const chunk = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
      waited = 0;
    } catch (err) {
      // A non-blocking pipe with no data yet: wait and try again, up to a bound for a named pipe.
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        if (waited >= stallMs) throw new ArticleError(`${name}: nothing came through the pipe for ${stallMs / 1000} s`);
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        waited += 10;
        continue;
      }
      if ((err as NodeJS.ErrnoException).code === 'EOF') break;
      throw err;
    }
    if (n === 0) break;
    total += n;
    if (total > Math.min(maxSize, MAX_TEXT_BYTES)) throw tooLarge(name, maxSize, total);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks, total);
}

/** The one error for any input over the size limit, naming the limit: --max-size, or the most text Node can hold. */
export function tooLarge(name: string, maxSize: number, size = maxSize + 1): ArticleError {
  if (maxSize > MAX_TEXT_BYTES && size > MAX_TEXT_BYTES) {
    return new ArticleError(`${name} is larger than ${formatBytes(MAX_TEXT_BYTES)}, the most text article can hold in memory`);
  }
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
      return new ArticleError(isLink(path) ? `${path} is a symbolic link to a file that does not exist` : `no such file: ${path}`);
    case 'EACCES':
    case 'EPERM':
      return new ArticleError(`permission denied: ${path}`);
    case 'EISDIR':
      return new ArticleError(`${path} is a directory, not an article`);
    case 'ELOOP':
      return new ArticleError(`${path} is a loop of symbolic links`);
    case 'ENOTDIR':
      return new ArticleError(`no such file: ${path} (a part of the path is a file, not a folder)`);
    case 'ENAMETOOLONG':
      return new ArticleError('the path is too long for the file system');
    case 'ENXIO':
      return new ArticleError(`${path} is a socket or device that cannot be read`);
    default:
      return new ArticleError(`cannot read ${path}: ${err.message}`);
  }
}

/** True when `path` itself is a symbolic link, whether or not it leads anywhere. */
export function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
