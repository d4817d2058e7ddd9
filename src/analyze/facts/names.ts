/**
 * Words around people's names: honorifics and titles that precede a name
 * (`Dr.`, `President`), and verbs of saying that follow or precede one.
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

/** Verbs that attribute speech: `X said`, `said X`. */
export const SAYING = new Set([
  'said', 'says', 'told', 'tells', 'noted', 'notes', 'explained', 'explains', 'stated', 'states', 'added', 'adds',
  'argued', 'argues', 'claimed', 'claims', 'wrote', 'writes', 'warned', 'warns', 'insisted', 'insists', 'asked',
  'replied', 'suggested', 'commented', 'recalled', 'admitted', 'confirmed', 'announced', 'declared', 'tweeted',
  'continued', 'observed', 'remarked', 'acknowledged', 'cautioned', 'urged', 'testified', 'recounted',
]);

/** `Dr.` → `Dr`: honorifics are compared without their period. */
export function bareHonorific(word: string): string {
  return word.replace(/\.$/, '');
}
