/**
 * `JSON.stringify(value, null, 2)` (or compact), handed over in pieces of about
 * CHUNK characters. A huge answer (a sentence of 300,000 percentages) is then never
 * one string: peak memory stays near the answer's objects, not three copies of its
 * text (the JSON, its escaped copy and the bytes written).
 *
 * Containers are walked here; every leaf goes through JSON.stringify itself, so
 * escaping, numbers and `toJSON` behave exactly as the built-in's.
 */
const CHUNK = 1 << 20;
// About how many characters of items one batch holds (see the array walk).
const BATCH = 1 << 16;

export function writeJsonPieces(value: unknown, compact: boolean, sink: (piece: string) => void): void {
  // Joined once per piece: a million small concatenations would leave a deep rope to flatten.
  let parts: string[] = [];
  let size = 0;
  const flush = (): void => {
    sink(parts.join(''));
    parts = [];
    size = 0;
  };
  const put = (text: string): void => {
    if (size > 0 && size + text.length > CHUNK) flush();
    parts.push(text);
    size += text.length;
    if (size >= CHUNK) flush();
  };
  const step = compact ? '' : '  ';
  const colon = compact ? ':' : ': ';

  // `value` has been through toJSON already, and has a JSON form.
  const walk = (value: unknown, indent: string): void => {
    if (value === null || typeof value !== 'object') {
      put(JSON.stringify(value));
      return;
    }
    // A container of leaves only (a fact, a list of names) is one call to the built-in.
    if (leavesOnly(value)) {
      const text = JSON.stringify(value, null, step);
      return put(compact || !indent ? text : text.replace(/\n/g, `\n${indent}`));
    }
    const inner = compact ? '' : `\n${indent}${step}`;
    const close = compact ? '' : `\n${indent}`;
    if (Array.isArray(value)) {
      if (value.length === 0) return put('[]');
      for (let i = 0; i < value.length; ) {
        put(i === 0 ? `[${inner}` : `,${inner}`);
        // Small items go to the built-in a batch at a time: one call per item cost more than the
        // writing (40,000 facts, 16 MB of JSON). An item with a toJSON of its own would be given
        // its index in the batch, not in the array, so it is never batched; a big one is walked.
        let end = i;
        for (let budget = BATCH; end < value.length && !ownToJson(value[end]); end++) {
          const size = sizeUpTo(value[end], budget);
          if (size > budget) break;
          budget -= size;
        }
        if (end > i) {
          put(batchText(value.slice(i, end), indent.length / Math.max(1, step.length), step));
          i = end;
          continue;
        }
        const item = jsonForm(value[i], String(i));
        // As in JSON.stringify, what has no JSON form is null inside an array.
        if (hasJsonForm(item)) walk(item, indent + step);
        else put('null');
        i++;
      }
      return put(`${close}]`);
    }
    let first = true;
    for (const name of Object.keys(value)) {
      const member = jsonForm((value as Record<string, unknown>)[name], name);
      // Object members with no JSON form are left out.
      if (!hasJsonForm(member)) continue;
      put(`${first ? '{' : ','}${inner}${JSON.stringify(name)}${colon}`);
      first = false;
      walk(member, indent + step);
    }
    put(first ? '{}' : `${close}}`);
  };

  const top = jsonForm(value, '');
  if (hasJsonForm(top)) walk(top, '');
  if (size) flush();
}

function jsonForm(value: unknown, key: string): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJSON === 'function' ? toJSON.call(value, key) : value;
}

/**
 * The items of `batch` as JSON.stringify writes them `depth` levels down, without the first
 * item's indent (written already). Indented by nesting the batch in `depth` arrays, not by
 * replacing each newline: that replace cost as much as the writing.
 */
function batchText(batch: unknown[], depth: number, step: string): string {
  let wrapped: unknown = batch;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, step);
  // Each level opens with `[` and the next line's indent, and closes on a line of its own.
  const nl = step ? '\n' : '';
  let head = 0;
  let tail = 0;
  for (let level = 0; level <= depth; level++) {
    head += 1 + nl.length + (level + 1) * step.length;
    tail += nl.length + level * step.length + 1;
  }
  return text.slice(head, text.length - tail);
}

function ownToJson(value: unknown): boolean {
  return typeof (value as { toJSON?: unknown } | null | undefined)?.toJSON === 'function';
}

/**
 * Roughly the length of `value`'s JSON, not counting indents, but no more than about `limit`:
 * the walk stops once past it, so sizing an item never costs more than writing it.
 */
function sizeUpTo(value: unknown, limit: number): number {
  if (typeof value === 'string') return value.length + 2;
  if (value === null || typeof value !== 'object') return 8;
  let size = 2;
  for (const [key, member] of Object.entries(value)) {
    size += key.length + 4 + sizeUpTo(member, limit - size);
    if (size > limit) break;
  }
  return size;
}

function leavesOnly(value: object): boolean {
  for (const member of Object.values(value)) {
    if (member !== null && typeof member === 'object') return false;
  }
  return typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

// undefined, functions and symbols have none.
function hasJsonForm(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
