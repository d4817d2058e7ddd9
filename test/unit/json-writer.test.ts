import { describe, expect, it } from 'vitest';
import { writeJsonPieces } from '../../src/present/json-writer.js';

const pieces = (value: unknown, compact: boolean): string[] => {
  const out: string[] = [];
  writeJsonPieces(value, compact, (piece) => out.push(piece));
  return out;
};

describe('writeJsonPieces writes what JSON.stringify writes', () => {
  const when = new Date(Date.UTC(2025, 9, 19));
  it.each([
    ['a flat object', { kind: 'date', text: 'Oct. 19', value: '2025-10-19', at: 3, section: null }],
    ['nested objects and arrays', { article: { title: 'T', source: 's' }, facts: [{ a: 1, b: [1, 2, { c: 'd' }] }, { e: {} }], empty: [] }],
    ['members with no JSON form are left out', { a: undefined, b: () => 1, c: Symbol('x'), d: 1 }],
    ['an object of nothing but such members', { nested: { a: undefined } }],
    ['inside an array they are null', [undefined, () => 1, Symbol('y'), 2]],
    ['toJSON is honoured, with its key', { when, nested: { toJSON: (key: string) => `key ${key}` }, list: [when] }],
    ['strings that need escaping', { '"quoted"\n': 'tab\there \u2028 \\ é 한국' }],
    ['numbers with no JSON form', [Number.NaN, Number.POSITIVE_INFINITY, -0, 1e21]],
    ['a top-level primitive', 'just a string'],
    ['a top-level array of arrays', [[1, [2, [3]]], []]],
    ['a batch of items three levels down', { a: { b: [{ quote: 'x', speaker: { name: 'N' } }, { quote: 'y', speaker: null }, [1, [2]]] } }],
    ['items with a toJSON of their own among plain ones', [{ a: 1 }, { toJSON: (key: string) => `at ${key}` }, { b: 2 }, { c: 3 }, when]],
    ['an item bigger than a batch between small ones', [{ a: 1 }, { long: 'x'.repeat(100_000), list: [{ b: 'y'.repeat(70_000) }, 3] }, { c: 2 }]],
  ])('%s', (_name, value) => {
    expect(pieces(value, false).join('')).toBe(JSON.stringify(value, null, 2));
    expect(pieces(value, true).join('')).toBe(JSON.stringify(value));
  });

  it('a huge answer comes in pieces of about a megabyte, never one string', () => {
    const facts = Array.from({ length: 40_000 }, (_, i) => ({ kind: 'quantity', text: '5%', value: 5, sentence: 'Rates were 5% 5% 5%', at: i, aliases: ['x'] }));
    const value = { article: { title: 'Facts' }, facts };
    const out = pieces(value, false);
    expect(out.join('')).toBe(JSON.stringify(value, null, 2));
    expect(out.length).toBeGreaterThan(3);
    for (const piece of out) expect(piece.length).toBeLessThan((1 << 20) + 1000);
  });
});
