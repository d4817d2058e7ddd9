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
// Deterministic: documents in name order, fixed epochs, no randomness.
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

const model = fit(train.flatMap((d) => d.entities.list));
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

// Averaged perceptron over the entities' features; the result maps feature -> a weight per class.
function fit(examples) {
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
    for (const e of examples) {
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
  const model = {};
  for (const [f, r] of w) {
    const t = total.get(f), last = stamp.get(f) ?? 0;
    // Whole tenths of the averaged weights: the module stays small and the decisions do not change.
    const avg = [...r].map((x, c) => Math.round(((t[c] + x * (step - last)) / step) * 10));
    if (avg.some((x) => x !== 0)) model[f] = avg;
  }
  return Object.fromEntries(Object.keys(model).sort().map((f) => [f, model[f]]));
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
  const rows = Object.entries(model).map(([f, r]) => `${f} ${r.join(' ')}`);
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
    ' * A line per feature (see entity-model.ts): its name, then its weight for each class in tenths.',
    ' * One string, read on first use: a literal of thousands of keys would cost every start-up.',
    ' */',
    'export const ENTITY_WEIGHTS = `',
    ...rows,
    '`;',
    '',
  ].join('\n');
}
