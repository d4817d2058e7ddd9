/**
 * Words before people's names, as the facts engine splits them off a run of
 * capitalised words: honorifics (`Dr.`) and chains of titles (`Vice Foreign Minister`).
 */

/** Honorifics, with or without their period (`Dr.`, `Mr`). */
export const HONORIFICS = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Miss', 'Dr', 'Prof', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev', 'Fr', 'Sen', 'Rep', 'Gov',
  'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Cmdr', 'Adm', 'Maj', 'Cpl', 'Pvt', 'Supt', 'Insp', 'Det', 'Hon', 'Pres', 'Amb',
]);

/** Titles written before a name (`President Lee`, `Prime Minister Kishida`); may be chained (`Vice Foreign Minister`). */
export const TITLES = new Set([
  'President', 'Vice', 'Prime', 'Minister', 'Secretary', 'Senator', 'Congressman', 'Congresswoman', 'Representative',
  'Governor', 'Mayor', 'Chancellor', 'King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Pope', 'Judge', 'Justice',
  'Sheriff', 'Detective', 'Officer', 'Constable', 'Sergeant', 'Lieutenant', 'Colonel', 'Captain', 'Major', 'General',
  'Admiral', 'Commander', 'Corporal', 'Private', 'Professor', 'Doctor', 'Chairman', 'Chairwoman', 'Ambassador',
  'Bishop', 'Archbishop', 'Cardinal', 'Rabbi', 'Imam', 'Sheikh', 'Pastor', 'Reverend', 'Coach', 'Inspector',
  'Superintendent', 'Chief', 'Deputy', 'Foreign', 'Defense', 'Defence', 'Finance', 'Interior', 'Health', 'Home',
  'Former', 'Acting', 'Speaker', 'Leader', 'Premier', 'President-elect', 'Dr', 'CEO', 'Director', 'Agent', 'Trooper', 'Attorney', 'Miss',
]);

/** `Dr.` → `Dr`: honorifics are compared without their period. */
export function bareHonorific(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}
