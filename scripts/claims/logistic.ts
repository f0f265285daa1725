import { seededRandom } from './data';

export interface TrainOptions {
  readonly dimension: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly positiveWeight: number;
  readonly seed: number;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function logit(weights: ArrayLike<number>, buckets: readonly number[]): number {
  let z = 0;
  for (const b of buckets) z += weights[b] ?? 0;
  return z;
}

/** Logistic regression with AdaGrad over sparse binary features, in a seeded, deterministic order. */
export function trainLogistic(examples: readonly (readonly number[])[], labels: readonly number[], options: TrainOptions, scale?: Float64Array): Float64Array {
  const weights = new Float64Array(options.dimension);
  const s = scale ?? new Float64Array(options.dimension).fill(1);
  const squared = new Float64Array(options.dimension).fill(1e-8);
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = swap;
    }
    for (const index of order) {
      const buckets = examples[index] ?? [];
      const y = labels[index] ?? 0;
      let z = 0;
      for (const b of buckets) z += (weights[b] ?? 0) * (s[b] ?? 1);
      const p = sigmoid(z);
      const g = (p - y) * (y >= 0.5 ? options.positiveWeight : 1);
      for (const b of buckets) {
        const grad = g * (s[b] ?? 1) + options.l2 * (weights[b] ?? 0);
        squared[b] = (squared[b] ?? 0) + grad * grad;
        weights[b] = (weights[b] ?? 0) - (options.learningRate * grad) / Math.sqrt(squared[b] ?? 1);
      }
    }
  }
  // Fold the feature scale into the weights, so that scoring stays a plain sum.
  for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) * (s[i] ?? 1);
  return weights;
}

/**
 * NBSVM-style scale (Wang and Manning 2012): each feature weighted by its smoothed log-count ratio
 * between positive and negative sentences, interpolated towards 1 by `mix`.
 */
export function logCountRatios(examples: readonly (readonly number[])[], labels: readonly number[], dimension: number, mix: number): Float64Array {
  const pos = new Float64Array(dimension).fill(1);
  const neg = new Float64Array(dimension).fill(1);
  examples.forEach((buckets, i) => {
    const target = (labels[i] ?? 0) >= 0.5 ? pos : neg;
    for (const b of buckets) target[b] = (target[b] ?? 1) + 1;
  });
  let posTotal = 0;
  let negTotal = 0;
  for (let i = 0; i < dimension; i++) {
    posTotal += pos[i] ?? 0;
    negTotal += neg[i] ?? 0;
  }
  const scale = new Float64Array(dimension);
  for (let i = 0; i < dimension; i++) {
    const r = Math.abs(Math.log((pos[i] ?? 1) / posTotal) - Math.log((neg[i] ?? 1) / negTotal));
    scale[i] = mix * r + (1 - mix);
  }
  scale[0] = 1;
  return scale;
}

/** The threshold on scores that maximises F1 on the given labels (ties: the higher threshold). */
export function bestThreshold(scores: readonly number[], labels: readonly (0 | 1)[]): { threshold: number; f1: number } {
  const pairs = scores.map((s, i) => ({ s, y: labels[i] ?? 0 })).sort((a, b) => b.s - a.s);
  const positives = pairs.filter((p) => p.y === 1).length;
  let tp = 0;
  let best = { threshold: 1, f1: 0 };
  pairs.forEach((pair, k) => {
    if (pair.y === 1) tp++;
    const next = pairs[k + 1];
    if (next && next.s === pair.s) return;
    const f1 = (2 * tp) / (k + 1 + positives);
    if (f1 > best.f1) best = { threshold: next ? (pair.s + next.s) / 2 : pair.s, f1 };
  });
  return best;
}
