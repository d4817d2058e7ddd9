import { createRequire } from 'node:module';
import { ArticleError } from '../errors.js';
import type { Meta } from '../model.js';
import { stripUnsafe } from './sanitize.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Split YAML front matter from a Markdown body; meta keeps scalar values only, as strings. */
export function splitFrontMatter(text: string, source: string): { meta: Meta; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { meta: {}, body: text };
  const yaml = match[1]!;
  return { meta: parseFlatMapping(yaml) ?? parseWithJsYaml(yaml, source), body: text.slice(match[0].length) };
}

const LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;

/**
 * Front matter is nearly always a flat list of `key: value` lines. Reading that
 * by hand spares every start-up the 75 KB YAML parser; anything richer (lists,
 * blocks, anchors, odd quoting) returns undefined and goes to js-yaml.
 */
function parseFlatMapping(yaml: string): Meta | undefined {
  const meta: Meta = {};
  for (const line of yaml.split('\n')) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const m = LINE.exec(line);
    if (!m) return undefined;
    const raw = m[2] ?? '';
    if (raw === '' || raw === '~' || raw === 'null') continue;
    const value = scalar(raw);
    if (value === undefined) return undefined;
    meta[m[1]!] = value;
  }
  return meta;
}

function scalar(raw: string): string | undefined {
  if (raw.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\["\\/nt])*)"(?:\s+#.*)?$/.exec(raw);
    return m ? m[1]!.replace(/\\(["\\/nt])/g, (_, c: string) => ({ n: '\n', t: '\t' })[c] ?? c) : undefined;
  }
  if (raw.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'(?:\s+#.*)?$/.exec(raw);
    return m ? m[1]!.replace(/''/g, "'") : undefined;
  }
  // A plain scalar may not start with an indicator or hold ": " or " #".
  if (/^[[\]{}&*!|>%@`,?:-]/.test(raw) || /: |\s#/.test(raw)) return undefined;
  return raw;
}

function parseWithJsYaml(yaml: string, source: string): Meta {
  // Loaded only for front matter that is more than flat `key: value` lines.
  const jsYaml = createRequire(import.meta.url)('js-yaml') as typeof import('js-yaml');
  let data: unknown;
  try {
    data = jsYaml.load(yaml, { schema: jsYaml.CORE_SCHEMA });
  } catch (err) {
    const reason = (err as Error).message.split('\n')[0];
    throw new ArticleError(`${source}: the front matter is not valid YAML (${reason})`);
  }
  const meta: Meta = {};
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [key, value] of Object.entries(data)) {
      // YAML escapes ("\e", "\x9b") can write control characters the raw text did not have.
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') meta[key] = stripUnsafe(String(value));
      else if (value !== null) {
        // Lists and maps (`tags: [a, b]`) are kept for saving, unless aliases make them huge (a YAML bomb).
        const kept = safeCopy(value, { left: MAX_META_NODES });
        if (kept !== undefined) meta[key] = kept;
      }
    }
  }
  return meta;
}

/** Values, counted as written out in full (each alias again), that one list or map of front matter may hold. */
const MAX_META_NODES = 1000;

// A copy with every string made safe; undefined past the budget, so the work stops there too.
function safeCopy(value: unknown, budget: { left: number }): unknown {
  if (--budget.left < 0) return undefined;
  if (typeof value === 'string') return stripUnsafe(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const copy = safeCopy(item, budget);
      if (budget.left < 0) return undefined;
      out.push(copy);
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const copy = safeCopy(item, budget);
    if (budget.left < 0) return undefined;
    out[stripUnsafe(key)] = copy;
  }
  return out;
}
