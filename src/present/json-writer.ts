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
      for (let i = 0; i < value.length; i++) {
        put(i === 0 ? `[${inner}` : `,${inner}`);
        const item = jsonForm(value[i], String(i));
        // As in JSON.stringify, what has no JSON form is null inside an array.
        if (hasJsonForm(item)) walk(item, indent + step);
        else put('null');
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
