/**
 * The lexicon of speech and attribution verbs, in every tense: the words
 * that tie a quote to the person who said, wrote or claimed it.
 */
import { lower } from './letters.js';

// Regular verbs: the forms are built by rule (add → adds, added, adding).
const REGULAR = [
  'add', 'state', 'note', 'explain', 'warn', 'argue', 'insist', 'ask', 'tweet', 'post', 'claim',
  'declare', 'announce', 'recall', 'remark', 'observe', 'comment', 'reply', 'respond', 'answer',
  'continue', 'conclude', 'concede', 'confirm', 'admit', 'acknowledge', 'complain', 'counter',
  'caution', 'predict', 'suggest', 'contend', 'assert', 'maintain', 'report', 'reveal', 'joke',
  'shout', 'scream', 'yell', 'whisper', 'mutter', 'exclaim', 'boast', 'brag', 'vow',
  'pledge', 'promise', 'urge', 'deny', 'lament', 'describe', 'label', 'call', 'dub', 'praise',
  'blast', 'slam', 'accuse', 'charge', 'emphasize', 'emphasise', 'stress', 'demand', 'plead',
  'testify', 'chant', 'muse', 'wonder', 'mock', 'attack', 'criticize', 'criticise', 'hail',
  'tout', 'allege', 'agree', 'apologize', 'apologise', 'boom', 'cry', 'retort', 'scoff', 'sneer',
  'snap', 'marvel', 'reason', 'recount', 'repeat', 'reiterate', 'elaborate', 'clarify', 'affirm',
  'proclaim', 'summarize', 'summarise', 'interject', 'interrupt', 'inform', 'advise', 'assure',
  'estimate', 'figure', 'guess', 'believe', 'hope', 'fear', 'worry', 'question', 'challenge',
  'mention', 'indicate', 'point', 'quote', 'cite', 'email', 'text', 'message', 'blog', 'sigh',
  'laugh', 'grumble', 'rant', 'rave', 'gush', 'opine', 'lecture', 'preach', 'rail',
  // praising and condemning
  'condemn', 'denounce', 'decry', 'laud', 'applaud', 'commend', 'extol', 'celebrate', 'champion',
  'liken', 'compare', 'characterize', 'characterise', 'brand', 'term', 'deride', 'ridicule', 'scold',
  'chide', 'lambaste', 'berate', 'rebuke', 'castigate', 'excoriate', 'admonish', 'chastise', 'disparage',
  'belittle', 'taunt', 'mock', 'jeer', 'heckle', 'dismiss', 'exhort', 'implore', 'beg', 'entreat',
  // claiming, conceding, disputing
  'aver', 'avow', 'attest', 'profess', 'confess', 'disclose', 'divulge', 'hint', 'speculate', 'theorize',
  'theorise', 'posit', 'surmise', 'dispute', 'rebut', 'refute', 'concur', 'disagree', 'reassure', 'remind',
  'acknowledge', 'identify', 'rule', 'pronounce', 'intone', 'recite', 'narrate', 'relate', 'reminisce',
  // asking and answering
  'inquire', 'enquire', 'query', 'quiz', 'rejoin', 'jest',
  // manner of speaking
  'bemoan', 'bewail', 'gripe', 'fume', 'fret', 'vent', 'thunder', 'roar', 'bellow', 'holler', 'murmur',
  'stammer', 'groan', 'moan', 'whine', 'howl', 'hiss', 'growl', 'snarl', 'chuckle', 'giggle', 'snicker',
  'chime', 'crow', 'lash', 'rip', 'hammer', 'echo', 'blurt', 'bark', 'beam', 'blare', 'deadpan', 'remember', 'react',
  'confide', 'thank', 'defend', 'assail', 'reference',
];

// Irregular verbs, every form written out.
const IRREGULAR = [
  'say', 'says', 'said', 'saying',
  'quip', 'quips', 'quipped', 'quipping',
  'tell', 'tells', 'told', 'telling',
  'write', 'writes', 'wrote', 'writing', 'written',
  'speak', 'speaks', 'spoke', 'speaking', 'spoken',
  'think', 'thinks', 'thought',
  'sing', 'sings', 'sang', 'sung', 'singing',
  'swear', 'swears', 'swore', 'sworn',
  'forecast', 'forecasts',
  'echoes',
];

// Regular verbs that double their last consonant (admitted, quipped).
const DOUBLING = new Set(['admit', 'quip', 'snap', 'slam', 'dub', 'blog', 'rap', 'jab', 'chat', 'rip', 'hit', 'refer', 'deadpan']);

// Base forms that are as often nouns (`a report`, `the call`) count only inflected.
const BASE_FORMS = new Set(['add', 'state', 'explain', 'warn', 'argue', 'insist', 'ask', 'tweet', 'declare',
  'announce', 'recall', 'observe', 'respond', 'continue', 'conclude', 'concede', 'confirm', 'admit',
  'acknowledge', 'complain', 'predict', 'suggest', 'contend', 'assert', 'maintain', 'reveal', 'describe',
  'emphasize', 'stress', 'testify', 'allege', 'agree', 'believe', 'mention', 'write', 'tell', 'say', 'speak',
  'think', 'apologize', 'urge', 'deny', 'criticize']);

// Verbs whose third-person form is as often a plural noun (`the rules`, `gripes`): that form does not count.
const NO_THIRD_PERSON = new Set(['rule', 'brand', 'term', 'champion', 'thunder', 'roar', 'vent', 'crow', 'jest',
  'hammer', 'groan', 'moan', 'howl', 'hiss', 'growl', 'snarl', 'chuckle', 'giggle', 'murmur', 'dispute', 'query',
  'quiz', 'hint', 'gripe', 'lash', 'rip', 'compare', 'bark', 'beam', 'blare']);
// Verbs whose -ing form is as often a noun (`the ruling`, `the branding`): only the past tense counts.
const NO_PARTICIPLE = new Set(['rule', 'brand', 'term', 'hammer', 'thunder']);

/** Every form of every speech verb, lower case. */
export const SPEECH_VERBS: ReadonlySet<string> = speechVerbs();

/**
 * Verbs that may come before their subject after a quote (`'…,' said Dr. Park`):
 * the ones that take no object, so `told Smith` is not read as Smith speaking.
 */
export const INVERTING_VERBS: ReadonlySet<string> = new Set(
  ['say', 'said', 'says', 'wrote', 'writes', 'added', 'adds', 'asked', 'asks', 'explained', 'explains',
    'noted', 'notes', 'stated', 'states', 'continued', 'continues', 'replied', 'replies', 'recalled',
    'recalls', 'argued', 'argues', 'insisted', 'insists', 'warned', 'warns', 'remarked', 'observed',
    'declared', 'answered', 'responded', 'tweeted', 'quipped', 'joked', 'concluded', 'cautioned',
    'countered', 'acknowledged', 'admitted', 'complained', 'conceded', 'predicted', 'suggested',
    'exclaimed', 'shouted', 'wondered', 'mused', 'added', 'cried', 'retorted', 'confirmed',
    'emphasized', 'stressed', 'claimed', 'announced', 'posted', 'laughed', 'sighed', 'boasted',
    // present tenses of feature writing, and verbs of echoing and advising: `"…," suggests Molitor`
    'suggests', 'echoes', 'echoed', 'advises', 'advised', 'recalls', 'remarks', 'observes', 'answers',
    'responds', 'counters', 'cautions', 'concludes', 'concedes', 'admits', 'acknowledges', 'predicts',
    'exclaims', 'wonders', 'muses', 'jokes', 'quips', 'laughs', 'sighs', 'blurted', 'interjected',
    // agreeing with the quote before: `"…," agrees Michelle Stevens`
    'agrees', 'agreed', 'disagrees', 'disagreed',
    // manner of speaking, which takes no object either: `"…," scoffed Arianna Gil`
    'scoffed', 'scoffs', 'boomed', 'thundered', 'snapped', 'barked', 'growled', 'sneered', 'chuckled', 'groaned',
    'whispered', 'yelled', 'screamed', 'murmured', 'muttered', 'grumbled', 'gushed', 'beamed', 'blared',
    'remembered', 'lamented', 'marveled', 'marvelled', 'opined', 'proclaimed', 'deadpanned', 'declares',
    // a newspaper or agency as the source: `"…," reported Reuters`
    'reported', 'reports', 'reacted'],
);

// Plain loops and string tests: this runs for every verb at start-up.
function speechVerbs(): Set<string> {
  const verbs = new Set(IRREGULAR);
  for (const base of REGULAR) {
    if (BASE_FORMS.has(base)) verbs.add(base);
    const [third, past, participle] = forms(base);
    if (!NO_THIRD_PERSON.has(base)) verbs.add(third);
    verbs.add(past);
    if (!NO_PARTICIPLE.has(base)) verbs.add(participle);
  }
  return verbs;
}

// The third person, past tense and participle of a regular verb.
function forms(base: string): [string, string, string] {
  if (base.length > 1 && base.endsWith('y') && !'aeiou'.includes(base[base.length - 2]!)) {
    const root = base.slice(0, -1);
    return [`${root}ies`, `${root}ied`, `${base}ing`];
  }
  const sibilant = base.endsWith('s') || base.endsWith('sh') || base.endsWith('ch') || base.endsWith('x') || base.endsWith('z');
  const third = sibilant ? `${base}es` : `${base}s`;
  if (base.endsWith('e')) return [third, `${base}d`, `${base.endsWith('ee') ? base : base.slice(0, -1)}ing`];
  const stem = DOUBLING.has(base) ? base + base[base.length - 1] : base;
  return [third, `${stem}ed`, `${stem}ing`];
}

/** Is `word` the bare base form (`say`, `tweet`) of a speech verb, as often a noun as a verb? */
export function isBaseForm(word: string): boolean {
  return BASE_FORMS.has(lower(word));
}

// Verbs that report speech only with their particle (`Bennett shot back`, `Trump went on`,
// `Clinton weighed in`), every form of each written out.
const PARTICLE_VERBS: ReadonlyMap<string, string> = new Map(
  [
    ['back', 'shoot shoots shot shooting fire fires fired firing hit hits hitting push pushes pushed pushing snap snaps snapped snapping'],
    ['on', 'go goes went going'],
    ['in', 'weigh weighs weighed weighing cut cuts cutting break breaks broke breaking butt butts butted butting'],
    ['up', 'pipe pipes piped piping speak speaks spoke speaking'],
  ].flatMap(([particle, forms]) => forms!.split(' ').map((form) => [form, particle!] as const)),
);

/** The particle that makes `word` a verb of speech (`shot` → `back`), if there is one. */
export function speechParticle(word: string): string | undefined {
  return PARTICLE_VERBS.get(lower(word));
}

/** Is `word` a form of a speech verb? */
export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(lower(word));
}

/**
 * Nouns of speech that attribute a quote to a possessor: `Trump's claim that there were
 * "thousands of shootings"`, `the senator's remarks`, `Stumpf's repeated emphasis that`.
 */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'allegation', 'allegations', 'statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'assertion',
  'assertions', 'words', 'tweet', 'tweets', 'promise', 'promises', 'pledge', 'vow', 'warning', 'warnings',
  'argument', 'description', 'accusation', 'accusations', 'charge', 'contention', 'insistence', 'emphasis',
  'suggestion', 'prediction', 'answer', 'response', 'reply', 'message', 'letter', 'missive', 'speech',
  'testimony', 'memo', 'post', 'declaration', 'announcement', 'admission', 'boast', 'complaint', 'criticism',
  'question', 'demand', 'plea', 'explanation', 'quip', 'joke', 'slogan', 'mantra', 'catchphrase', 'rhetoric',
  'retort', 'rebuttal', 'denial', 'insult', 'insults', 'attack', 'attacks', 'characterization', 'verdict',
  'ruling', 'conclusion', 'assessment', 'analysis', 'report', 'op-ed', 'essay', 'column', 'editorial', 'note',
]);
