import { createRequire } from 'node:module';

type TableClass = new (options?: object) => { push(...rows: unknown[]): number; toString(): string };
let Real: TableClass | undefined;

/**
 * cli-table3's Table, loaded only when a Markdown table is rendered (it brings
 * string-width and emoji-regex along). Called with `new`, it returns the real table.
 */
export default function Table(options?: object): object {
  Real ??= createRequire(import.meta.url)('cli-table3') as TableClass;
  return new Real(options);
}
