import type { LoadOptions } from '../load/index.js';
import type { OutputFlags } from '../present/context.js';

/** Options every command that reads an article accepts. */
export interface CommonOptions extends OutputFlags, LoadOptions {
  json?: boolean;
  /** One compact JSON line per article. */
  jsonl?: boolean;
  /** Rows for a spreadsheet (quotes, experts, facts). */
  csv?: boolean;
}
