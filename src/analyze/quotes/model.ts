/**
 * The learned models' arithmetic: logistic regression over named binary
 * features (see features.ts). The weights live in model-weights.ts, written by
 * scripts/train-quotes.mjs.
 */

/** A logistic model: a bias and a weight for each feature it learned (others weigh 0). */
export interface LogisticModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

// The weights as a Map, built on first use: a lookup in an object of hundreds of keys costs more.
const TABLES = new WeakMap<LogisticModel, Map<string, number>>();

/** The model's probability for a quote with these features. */
export function probability(model: LogisticModel, features: readonly string[]): number {
  let table = TABLES.get(model);
  if (!table) TABLES.set(model, (table = new Map(Object.entries(model.weights))));
  let z = model.bias;
  for (const f of features) z += table.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
