import { createRequire } from 'node:module';

type Get = (name: string) => string | undefined;
let real: Get | undefined;

/** node-emoji's `get`, loaded only when the text has an `:emoji:` code. */
export function get(name: string): string | undefined {
  real ??= (createRequire(import.meta.url)('node-emoji') as { get: Get }).get;
  return real(name);
}
