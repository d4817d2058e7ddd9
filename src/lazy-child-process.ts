import type * as ChildProcess from 'node:child_process';
import { createRequire } from 'node:module';

/**
 * What Commander gets for `require('node:child_process')` (see scripts/build.mjs):
 * it requires the module at its top, for executable subcommands, and loading it
 * brings dgram and the socket list along (1–2 ms of every start). article has
 * no executable subcommands, so the real module loads only if spawn is called.
 */
export function spawn(...args: Parameters<typeof ChildProcess.spawn>): ChildProcess.ChildProcess {
  return (createRequire(import.meta.url)('node:child_process') as typeof ChildProcess).spawn(...args);
}
