/**
 * The lexicon of speech and attribution verbs, in every tense: the words
 * that tie a quote to the person who said, wrote or claimed it.
 */

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
];

// Regular verbs that double their last consonant (admitted, quipped).
const DOUBLING = new Set(['admit', 'quip', 'snap', 'slam', 'dub', 'blog', 'rap', 'jab', 'chat']);

// Base forms that are as often nouns (`a report`, `the call`) count only inflected.
const BASE_FORMS = new Set(['add', 'state', 'explain', 'warn', 'argue', 'insist', 'ask', 'tweet', 'declare',
  'announce', 'recall', 'observe', 'respond', 'continue', 'conclude', 'concede', 'confirm', 'admit',
  'acknowledge', 'complain', 'predict', 'suggest', 'contend', 'assert', 'maintain', 'reveal', 'describe',
  'emphasize', 'stress', 'testify', 'allege', 'agree', 'believe', 'mention', 'write', 'tell', 'say', 'speak',
  'think', 'apologize', 'urge', 'deny', 'criticize']);

/** Every form of every speech verb, lower case. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([...IRREGULAR, ...REGULAR.flatMap(inflect)]);

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
    'emphasized', 'stressed', 'claimed', 'announced', 'posted', 'laughed', 'sighed', 'boasted'],
);

function inflect(base: string): string[] {
  const forms: string[] = BASE_FORMS.has(base) ? [base] : [];
  if (/[^aeiou]y$/.test(base)) {
    const root = base.slice(0, -1);
    return [...forms, `${root}ies`, `${root}ied`, `${base}ing`];
  }
  const third = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  if (base.endsWith('e')) return [...forms, third, `${base}d`, `${base.endsWith('ee') ? base : base.slice(0, -1)}ing`];
  const stem = DOUBLING.has(base) ? base + base.at(-1) : base;
  return [...forms, third, `${stem}ed`, `${stem}ing`];
}

/** Is `word` a form of a speech verb? */
export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word.toLowerCase());
}
