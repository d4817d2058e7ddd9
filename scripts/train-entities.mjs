// Train the entity model of `facts` (a multiclass averaged perceptron: person, organisation,
// place or none for each entity the rules gather) and write its weights to
// src/analyze/facts/entity-weights.ts.
//
//   node scripts/train-entities.mjs [--set DIR]   (npm run train:entities)
//
// DIR (default ../shared/fixtures/entities-dev) holds CoNLL-2003 articles with document-level gold
// names. The model learns from the train-* documents only and is checked on the others (testa-*).
// Labels are distant: an entity the rules gather is labelled with the gold type one of whose names
// matches its name as the scorer matches them, or none. The features are those of
// src/analyze/facts/entity-model.ts, computed by the engine itself (bundled from src/ with esbuild).
// Deterministic: documents in name order, fixed epochs, and the examples of each epoch in an order
// drawn from a fixed seed. In document order every epoch met the examples in the same sequence, long
// runs of like stories among them (results tables, market reports), and the weights learnt did much
// worse on the held-out documents; shuffled they do not. The weights are the mean of ORDERS such
// perceptrons, each with its own seed, so that no one order decides.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleEngine } from './bundle-engine.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dir = option('--set', join(root, '../shared/fixtures/entities-dev'));
const OUT = join(root, 'src/analyze/facts/entity-weights.ts');

const EPOCHS = Number(option('--epochs', 12));
const ORDERS = Number(option('--orders', 5));
// Features seen in fewer train entities than this are left out: too rare to weigh.
const MIN_COUNT = Number(option('--min-count', 3));
// A name the rules found no evidence for is taken only this far ahead of none: CoNLL marks nearly every
// capitalised word of its wire text, web prose capitalises more that names nothing ("Scroll Down").
// The cost on the held-out check is printed for a range of margins.
const MARGIN = Number(option('--margin', 40));
// The rules' kind is changed (or dropped) only for one that scores this far ahead of it.
const RETYPE = Number(option('--retype', 40));
const CLASSES = [null, 'person', 'organization', 'place'];
const GOLD_TYPE = { person: 'PER', organization: 'ORG', place: 'LOC' };

const { key, matches } = await import(pathToFileURL(join(root, '../shared/tools/score-entities.mjs')).href);
const engine = await bundleEngine({
    'analyze/facts/index.ts': ['extractFacts'],
    'analyze/facts/entity-model.ts': ['entityFeatures'],
    'load/plaintext.ts': ['parsePlainText'],
    'model.ts': ['buildArticle'],
  });
const started = Date.now();

const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
const docs = gold.docs.slice().sort((a, b) => (a.id < b.id ? -1 : 1)).map((doc) => ({ ...doc, entities: entitiesOf(doc) }));
const train = docs.filter((d) => d.id.startsWith('train-'));
const check = docs.filter((d) => !d.id.startsWith('train-'));

const model = meanOf(Array.from({ length: ORDERS }, (_, n) => fit(train.flatMap((d) => d.entities.list), n + 1)));
const retypes = option('--retypes', String(RETYPE)).split(',').map(Number);
const margins = option('--margins', String(MARGIN)).split(',').map(Number);
for (const [name, set] of [['train', train], ['check', check]]) {
  console.log(`${name.padEnd(5)} rules: ${figures(set, (e) => e.rule)}`);
  for (const m of margins) for (const r of retypes) console.log(`${name.padEnd(5)} model+${m}/${r}: ${figures(set, (e) => predict(model, e.features, e.rule, m, r))}`);
}
writeFileSync(OUT, weightsModule(model, MARGIN, RETYPE));
console.log(`wrote ${OUT.slice(root.length)}: ${Object.keys(model).length} features, ${((Date.now() - started) / 1000).toFixed(1)} s`);

// ---------------------------------------------------------------------------------------

// Every entity the rules gather in a document, with its features, the rules' kind and its gold label.
function entitiesOf(doc) {
  const goldKeys = Object.fromEntries(Object.values(GOLD_TYPE).map((t) => [t, [...new Set((doc.gold[t] ?? []).map(key).filter(Boolean))]]));
  const article = engine.buildArticle(engine.parsePlainText(readFileSync(join(dir, doc.file), 'utf8'), doc.id));
  const out = [];
  engine.extractFacts(article, (evidence, name) => {
    const k = key(name);
    const types = CLASSES.slice(1).filter((c) => goldKeys[GOLD_TYPE[c]].some((g) => matches(k, g)));
    const exact = types.find((c) => goldKeys[GOLD_TYPE[c]].includes(k));
    out.push({ key: k, features: engine.entityFeatures(evidence), rule: evidence.rule, label: exact ?? types[0] ?? null });
    return evidence.rule;
  });
  return { goldKeys, list: out };
}

// The scorer's micro P/R/F1 per type, over all documents and over prose ones, with `choose` deciding kinds.
function figures(set, choose) {
  const parts = [];
  for (const [label, docsOf] of [['all', set], ['prose', set.filter((d) => d.prose)]]) {
    const cells = [];
    for (const kind of CLASSES.slice(1)) {
      let tp = 0, sys = 0, hit = 0, gl = 0;
      for (const d of docsOf) {
        const g = d.entities.goldKeys[GOLD_TYPE[kind]];
        const s = [...new Set(d.entities.list.filter((e) => choose(e) === kind).map((e) => e.key).filter(Boolean))];
        sys += s.length;
        tp += s.filter((x) => g.some((y) => matches(x, y))).length;
        gl += g.length;
        hit += g.filter((y) => s.some((x) => matches(x, y))).length;
      }
      const p = sys ? tp / sys : 0, r = gl ? hit / gl : 0;
      cells.push(`${GOLD_TYPE[kind]} ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)})`);
    }
    parts.push(`${label}: ${cells.join(', ')}`);
  }
  return parts.join(' | ');
}

// The mean of several models' weights, in whole tenths (the module stays small and the decisions do not
// change), features in name order; the result maps feature -> a weight per class.
function meanOf(models) {
  const model = {};
  for (const f of [...new Set(models.flatMap((m) => [...m.keys()]))].sort()) {
    const mean = CLASSES.map((_, c) => Math.round((models.reduce((sum, m) => sum + (m.get(f)?.[c] ?? 0), 0) / models.length) * 10));
    if (mean.some((x) => x !== 0)) model[f] = mean;
  }
  return model;
}

// A seeded shuffle (Fisher-Yates over a linear congruential generator): the same order for the same seed.
function shuffler(seed) {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
  return (xs) => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  };
}

// Averaged perceptron over the entities' features, the examples of each epoch in an order drawn from `seed`;
// the result maps feature -> its averaged weight per class.
function fit(examples, seed) {
  const shuffle = shuffler(seed);
  const order = examples.slice();
  const counts = new Map();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const w = new Map(), total = new Map(), stamp = new Map();
  let step = 0;
  const row = (m, f) => {
    let r = m.get(f);
    if (!r) m.set(f, (r = new Float64Array(CLASSES.length)));
    return r;
  };
  const score = (features) => {
    const s = new Float64Array(CLASSES.length);
    for (const f of features) {
      const r = w.get(f);
      if (r) for (let k = 0; k < s.length; k++) s[k] += r[k];
    }
    return s;
  };
  // Lazy averaging: a weight's running total catches up on the steps it stood still.
  const bump = (f, k, by) => {
    const r = row(w, f), t = row(total, f), last = stamp.get(f) ?? 0;
    for (let c = 0; c < r.length; c++) t[c] += r[c] * (step - last);
    stamp.set(f, step);
    r[k] += by;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const e of shuffle(order)) {
      step++;
      const features = e.features.filter((f) => counts.get(f) >= MIN_COUNT).concat('bias');
      const s = score(features);
      let best = 0;
      for (let k = 1; k < s.length; k++) if (s[k] > s[best]) best = k;
      const gold = CLASSES.indexOf(e.label);
      if (best === gold) continue;
      for (const f of features) {
        bump(f, gold, 1);
        bump(f, best, -1);
      }
    }
  }
  const model = new Map();
  for (const [f, r] of w) {
    const t = total.get(f), last = stamp.get(f) ?? 0;
    model.set(f, [...r].map((x, c) => (t[c] + x * (step - last)) / step));
  }
  return model;
}

// As entity-model.ts decides: the best class, but a name the rules dropped only by `margin` over none.
// As entity-model.ts decides (modelKind): the model is a second opinion on the rules' kind.
function predict(model, features, rule, margin, retype) {
  const s = CLASSES.map(() => 0);
  for (const f of [...features, 'bias']) {
    const r = model[f];
    if (r) for (let k = 0; k < s.length; k++) s[k] += r[k];
  }
  let best = 0;
  for (let k = 1; k < s.length; k++) if (s[k] > s[best]) best = k;
  if (rule === null) return best !== 0 && s[best] - s[0] >= margin && !onlyOpener(features) ? CLASSES[best] : null;
  const ruled = CLASSES.indexOf(rule);
  return s[best] - s[ruled] >= retype ? CLASSES[best] : rule;
}

// One mention, opening a sentence of prose (entity-model.ts).
function onlyOpener(features) {
  return features.includes('m=1') && features.includes('at-start') && features.includes('line-lower');
}

function weightsModule(model, margin, retype) {
  const rows = Object.entries(model).map(([f, r]) => `${JSON.stringify(f)}: [${r.join(', ')}]`);
  // The JSON sits in a template literal, where a backslash (JSON's escapes), a backquote or `${` would change it.
  if (rows.some((r) => /[\\`$]/.test(r))) throw new Error('a feature with a character the module cannot hold');
  return [
    '// Written by scripts/train-entities.mjs (npm run train:entities) from the train-* documents of',
    '// entities-dev (CoNLL-2003 eng.train): do not edit by hand.',
    "import type { EntityKind } from './entities.js';",
    '',
    '/** The classes, in the order of each row of weights. */',
    `export const ENTITY_CLASSES: ReadonlyArray<EntityKind | null> = ${JSON.stringify(CLASSES).replace(/,/g, ', ')};`,
    '/** How far ahead of none a kind must score for a name the rules gave no kind. */',
    `export const ENTITY_MARGIN = ${margin};`,
    '/** How far ahead of the rules\' kind another must score to replace it. */',
    `export const ENTITY_RETYPE = ${retype};`,
    '/**',
    ' * JSON, a line per feature (see entity-model.ts): its name, then its weight for each class in tenths.',
    ' * One string, parsed on first use: a literal of thousands of keys would cost every start-up, and',
    ' * JSON.parse builds the table in a third of the time a line-by-line reading took.',
    ' */',
    'export const ENTITY_WEIGHTS = `{',
    rows.join(',\n'),
    '}`;',
    '',
  ].join('\n');
}
