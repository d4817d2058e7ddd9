import { createRequire } from 'node:module';

type Highlight = (code: string, options?: object) => string;
let real: Highlight | undefined;

/** cli-highlight's `highlight`, loaded only when a code block is rendered. */
export function highlight(code: string, options?: object): string {
  real ??= (createRequire(import.meta.url)('cli-highlight') as { highlight: Highlight }).highlight;
  return real(code, options);
}
