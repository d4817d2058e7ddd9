/**
 * The story's chronology: its dated facts in time order. A value is placed at the day its period
 * starts (`1998-Q3` at 1998-07-01, `1998-W02` at its Monday, `1990s` at 1990); a coarser period comes
 * before a finer one that starts with it, and facts that tie keep reading order. References
 * (`PRESENT_REF`) and values with unknown parts (`XXXX-10`) have no place and are left out.
 */
import { addDays, formatDay, pad, weekday } from './calendar.js';
import type { Fact } from './types.js';

const SEASON_MONTH: Record<string, string> = { SP: '03', SU: '06', FA: '09', WI: '12' };

/** Where a TimeML value starts (YYYY-MM-DD) and how long it is (a rank: 0 decade … 4 day), or null. */
function placeOf(value: string): { start: string; span: number } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { start: `${m[1]}-${m[2]}-${m[3]}`, span: 4 };
  if ((m = /^(\d{4})-W(\d{2})/.exec(value))) {
    const jan4 = { year: Number(m[1]), month: 1, day: 4 };
    return { start: formatDay(addDays(jan4, (Number(m[2]) - 1) * 7 - (weekday(jan4) - 1))), span: 3 };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { start: `${m[1]}-${m[2]}-01`, span: 3 };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return { start: `${m[1]}-${pad(Number(m[2]) * 3 - 2)}-01`, span: 2 };
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return { start: `${m[1]}-${m[2] === '1' ? '01' : '07'}-01`, span: 2 };
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return { start: `${m[1]}-${SEASON_MONTH[m[2]!]}-01`, span: 2 };
  if ((m = /^(\d{4})$/.exec(value))) return { start: `${m[1]}-01-01`, span: 1 };
  if ((m = /^(\d{3})0s$/.exec(value))) return { start: `${m[1]}0-01-01`, span: 0 };
  return null;
}

/** The dated facts, earliest first. */
export function timeline(facts: Fact[]): Fact[] {
  const placed: Array<{ fact: Fact; start: string; span: number; order: number }> = [];
  facts.forEach((fact, order) => {
    const place = fact.kind === 'date' && typeof fact.value === 'string' ? placeOf(fact.value) : null;
    if (place) placed.push({ fact, ...place, order });
  });
  placed.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.span - b.span || a.order - b.order));
  return placed.map((p) => p.fact);
}
