// Train the quote engine's two small models from a gold set and write their weights to
// src/analyze/quotes/model-weights.ts:
//   speech   logistic regression: is a quote-mark span speech (a gold quote) or a quoted term
//            (a title, a scare quote, a nickname: a gold notQuote, or no quote at all)?
//   speaker  logistic regression: is the speaker the rules found the right one? Its probability
//            is the `confidence` every speaker carries.
// Both see only the features of src/analyze/quotes/features.ts, computed by the engine itself
// (bundled from src/ with esbuild), with the rules' own verdicts standing in for the models.
//
//   node scripts/train-quotes.mjs [--set DIR] [--check DIR]   (npm run train:quotes)
//
// DIR defaults to ../shared/fixtures/quotes-train; --check scores both models on another set
// (quotes-dev) without learning from it. Deterministic: articles in name order, fixed epochs,
// no randomness. A few seconds to a minute on two cores.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleEngine } from './bundle-engine.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const trainDir = option('--set', join(root, '../shared/fixtures/quotes-train'));
const checkDir = option('--check', null);
const OUT = join(root, 'src/analyze/quotes/model-weights.ts');

// Features seen fewer times than this are left out: too rare to weigh.
const MIN_COUNT = 10;
const EPOCHS = 20;
const RATE = 0.3;
const L2 = 1e-3;
// Weights this close to 0 change no decision: left out of the module.
const MIN_WEIGHT = 0.03;
// Choosing the speech threshold, a term listed as someone's words (a quote they never gave)
// costs this many quotes left out.
const TERM_COST = 1.5;
// A gold speaker that is only a pronoun says nothing of a description found.
const PRONOUN = /^\s*(?:he|she|they|we|i|it|you)\s*$/i;

const { tokens, nameIsRight } = await import(pathToFileURL(join(root, '../shared/tools/score-quotes.mjs')).href);
const engine = await bundleEngine({
    'analyze/quotes/index.ts': ['judgeQuotes'],
    'analyze/quotes/features.ts': ['speechFeatures', 'speakerFeatures'],
    'load/plaintext.ts': ['parsePlainText'],
    'model.ts': ['buildArticle'],
  });

// The rules' verdicts, for producing the candidates the models learn from.
const RULES = {
  speech: (e) => (engine.speechFeatures(e).includes('rule-term') ? 0 : 1),
  speaker: () => 1,
};

const train = await examples(trainDir);
const speech = fit(train.speech);
const speaker = fit(train.speaker);
const threshold = bestThreshold(train.speech, speech);
report('train', train, speech, speaker);
if (checkDir) report('check', await examples(checkDir), speech, speaker);
writeFileSync(OUT, weightsModule(speech, speaker, threshold));
console.log(`wrote ${OUT.slice(root.length)}: ${Object.keys(speech.weights).length} speech and ${Object.keys(speaker.weights).length} speaker weights, speech from ${threshold}`);

// ---------------------------------------------------------------------------------------

// Every candidate quote of every article in `dir`, labelled from its gold file.
async function examples(dir) {
  const speech = [];
  const speakerExamples = [];
  const ids = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -10)).sort();
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8'));
    const article = engine.buildArticle(engine.parsePlainText(readFileSync(join(dir, `${id}.txt`), 'utf8'), id));
    const judged = engine.judgeQuotes(article, RULES);
    const quoteMatch = match(judged.map((j) => j.quote.text), gold.quotes.map((q) => q.text));
    const unclear = match(judged.map((j) => j.quote.text), (gold.unclear ?? []).map((q) => q.text));
    judged.forEach((j, i) => {
      const g = quoteMatch.get(i);
      if (g === undefined && unclear.has(i)) return;
      speech.push({ features: engine.speechFeatures(j.ownEvidence), label: g === undefined ? 0 : 1 });
      const speaker = j.quote.speaker;
      if (g === undefined || !speaker) return;
      const goldQuote = gold.quotes[g];
      // A named gold speaker says whether the name found is right; an unnamed one whether the
      // description found is its description (half its words at least). A pronoun says nothing.
      let right;
      if (goldQuote.speakerNamed) right = nameIsRight(speaker.name, goldQuote.speaker);
      else if (!speaker.name && goldQuote.speaker && !PRONOUN.test(goldQuote.speaker)) right = describes(speaker.description, goldQuote.speaker);
      else return;
      speakerExamples.push({ features: engine.speakerFeatures(j.evidence), label: right ? 1 : 0 });
    });
  }
  return { speech, speaker: speakerExamples };
}

function describes(description, goldSpeaker) {
  const found = tokens(description ?? '');
  const gold = new Set(tokens(goldSpeaker));
  return found.length > 0 && found.filter((t) => gold.has(t)).length * 2 >= found.length;
}

// The scorer's matching: token overlap at least half of each side, one to one, best first.
function match(system, gold) {
  const bag = (text) => {
    const m = new Map();
    for (const t of tokens(text)) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const size = (b) => [...b.values()].reduce((a, n) => a + n, 0);
  const S = system.map(bag);
  const G = gold.map(bag);
  const pairs = [];
  S.forEach((s, i) => G.forEach((g, j) => {
    let shared = 0;
    for (const [t, n] of s) shared += Math.min(n, g.get(t) ?? 0);
    const ns = size(s);
    const ng = size(g);
    if (ns && ng && shared / ns >= 0.5 && shared / ng >= 0.5) pairs.push([(2 * shared) / (ns + ng), i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const used = new Set();
  const out = new Map();
  for (const [, i, j] of pairs) {
    if (out.has(i) || used.has(j)) continue;
    out.set(i, j);
    used.add(j);
  }
  return out;
}

// Logistic regression by AdaGrad over the examples in their order, with a little L2.
function fit(list) {
  const counts = new Map();
  for (const e of list) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = (e) => [...new Set(e.features)].filter((f) => counts.get(f) >= MIN_COUNT);
  const data = list.map((e) => ({ features: kept(e), label: e.label }));
  const w = new Map();
  const g2 = new Map();
  let bias = 0;
  let biasG2 = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const { features, label } of data) {
      let z = bias;
      for (const f of features) z += w.get(f) ?? 0;
      const grad = 1 / (1 + Math.exp(-z)) - label;
      biasG2 += grad * grad;
      bias -= (RATE * grad) / Math.sqrt(biasG2 + 1e-8);
      for (const f of features) {
        const gf = grad + L2 * (w.get(f) ?? 0);
        const acc = (g2.get(f) ?? 0) + gf * gf;
        g2.set(f, acc);
        w.set(f, (w.get(f) ?? 0) - (RATE * gf) / Math.sqrt(acc + 1e-8));
      }
    }
  }
  const weights = {};
  for (const f of [...w.keys()].sort()) if (Math.abs(w.get(f)) >= MIN_WEIGHT) weights[f] = Math.round(w.get(f) * 1000) / 1000;
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

// The probability above which a span is speech that costs least on the training spans.
function bestThreshold(list, model) {
  let best = { cost: Infinity, t: 0.5 };
  for (let t = 0.3; t <= 0.9 + 1e-9; t += 0.05) {
    let fp = 0;
    let fn = 0;
    for (const e of list) {
      const yes = predict(model, e.features) >= t;
      if (yes && !e.label) fp++;
      else if (!yes && e.label) fn++;
    }
    const cost = TERM_COST * fp + fn;
    if (cost < best.cost - 1e-9) best = { cost, t: Math.round(t * 100) / 100 };
  }
  return best.t;
}

function predict(model, features) {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

function report(name, set, speechModel, speakerModel) {
  const rules = set.speech.filter((e) => (e.features.includes('rule-term') ? 0 : 1) === e.label).length;
  const learned = set.speech.filter((e) => (predict(speechModel, e.features) >= threshold ? 1 : 0) === e.label).length;
  const terms = set.speech.filter((e) => e.label === 0).length;
  const kept = set.speech.filter((e) => e.label === 0 && predict(speechModel, e.features) >= threshold).length;
  const lost = set.speech.filter((e) => e.label === 1 && predict(speechModel, e.features) < threshold).length;
  console.log(`${name} speech: ${set.speech.length} spans, ${terms} not quotes; right ${(rules / set.speech.length).toFixed(3)} by rules, ${(learned / set.speech.length).toFixed(3)} learned (${kept} non-quotes kept, ${lost} quotes lost)`);
  // The mean squared error of the confidence against whether the speaker was right (Brier score).
  const brier = set.speaker.reduce((a, e) => a + (predict(speakerModel, e.features) - e.label) ** 2, 0) / set.speaker.length;
  const right = set.speaker.filter((e) => e.label === 1).length;
  console.log(`${name} speaker: ${set.speaker.length} speakers judged, ${(right / set.speaker.length).toFixed(3)} right; Brier ${brier.toFixed(3)} (a constant: ${((right / set.speaker.length) * (1 - right / set.speaker.length)).toFixed(3)})`);
}

function weightsModule(speechModel, speakerModel, threshold) {
  const literal = (m) => `{\n  bias: ${m.bias},\n  weights: {\n${Object.entries(m.weights).map(([f, v]) => `    ${JSON.stringify(f)}: ${v},`).join('\n')}\n  },\n}`;
  return [
    '// Written by scripts/train-quotes.mjs (npm run train:quotes) from quotes-train: do not edit by hand.',
    "import type { LogisticModel } from './model.js';",
    '',
    '/** Speech (1) or a quoted term (0). */',
    `export const SPEECH_MODEL: LogisticModel = ${literal(speechModel)};`,
    '',
    '/** The probability from which a span is speech: the least cost on the training spans. */',
    `export const SPEECH_THRESHOLD = ${threshold};`,
    '',
    '/** The speaker found is the right one (1) or not (0). */',
    `export const SPEAKER_MODEL: LogisticModel = ${literal(speakerModel)};`,
    '',
  ].join('\n');
}
