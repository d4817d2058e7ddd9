import type { OutputContext } from './context.js';
import { redact } from '../redact.js';
import { writeJsonPieces } from './json-writer.js';
import { jsonSafe, terminalSafe } from './terminal-safe.js';

/**
 * Write a presenter's text to stdout; on a terminal, text taller than the
 * screen goes through the pager ($PAGER, else `less -R`).
 */
export async function emit(text: string, ctx: OutputContext): Promise<void> {
  const safe = terminalSafe(text);
  const out = safe.endsWith('\n') ? safe : `${safe}\n`;
  if (ctx.pager && ctx.rows > 0 && countLines(out) > ctx.rows - 1) {
    if (await page(out, ctx.pagerCommand)) return;
  }
  await writeOut(out);
}

/**
 * Write JSON for scripts: never paged, never coloured, the same text as jsonText.
 * Written in pieces, so that a huge answer never exists as one string.
 */
export function emitJson(value: unknown): Promise<void> {
  writeJsonPieces(value, false, (piece) => process.stdout.write(jsonSafe(piece)));
  // Writes to stdout stay in order: once it took the newline, it took everything.
  return writeOut('\n');
}

/** JSON as `article` prints it: indented, or one line, with every control escaped. */
export function jsonText(value: unknown, compact = false): string {
  return jsonSafe(JSON.stringify(value, null, compact ? undefined : 2));
}


/** One line on stderr, for warnings that are not failures. */
export function warn(message: string): void {
  writeError(`article: ${message}`);
}

/**
 * A line on stderr (an error or a warning): never coloured, and it may quote
 * what the user gave, so passwords in URLs are hidden and long runs cut.
 */
export function writeError(line: string): void {
  process.stderr.write(`${redact(terminalSafe(line.replace(/\n+$/, ''), false))}\n`);
}

/** Write text that is already safe (JSON, CSV, text through terminalSafe); resolves once stdout took it. */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => {
    process.stdout.write(text, () => resolve());
  });
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

// Resolves false when no pager could be started, so the caller writes directly.
async function page(text: string, configured: string | undefined): Promise<boolean> {
  const command = configured?.trim() || process.env.PAGER?.trim() || 'less -R';
  // child_process (and the net code it brings) loads only when there is something to page.
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    // The pager owns the keyboard: Ctrl-C is its to handle, not ours.
    const ignore = () => {};
    process.on('SIGINT', ignore);
    const child = spawn(command, {
      shell: true,
      stdio: ['pipe', 'inherit', 'inherit'],
      env: { LESS: 'R', LESSCHARSET: 'utf-8', ...process.env },
    });
    let started = true;
    child.on('error', () => {
      started = false;
    });
    // Quitting the pager early closes its input: that is not an error.
    child.stdin.on('error', () => {});
    child.stdin.end(text);
    child.on('close', (code) => {
      process.off('SIGINT', ignore);
      resolve(started && code !== 127);
    });
  });
}
