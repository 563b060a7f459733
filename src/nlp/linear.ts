// A multiclass linear model over sparse vectors, trained by stochastic gradient descent.
// Weights are stored feature-major (row f holds the weights of feature f for every class) so that
// scoring a text reads a few contiguous rows, which is what makes prediction fast.
import type { SparseVector } from './features.ts';

export type Loss = 'softmax' | 'hinge';

export interface LinearOptions {
  /** softmax = multinomial logistic regression; hinge = multiclass (Crammer-Singer) linear SVM. */
  loss: Loss;
  epochs: number;
  /** Initial learning rate, decayed linearly to zero over the run. */
  lr: number;
  /** L2 penalty per example (ignored when averaging, which regularises on its own). */
  l2: number;
  /** Return the average of the weights over all steps rather than the last ones. */
  average: boolean;
  seed: number;
}

export interface LinearModel {
  nFeatures: number;
  nClasses: number;
  weights: Float32Array;
  bias: Float32Array;
}

/** Small deterministic generator (mulberry32): the same data and seed give the same model. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleInPlace<T>(items: T[] | Int32Array, random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
}

/** Raw class scores of x into out (length nClasses). */
export function scoreInto(model: LinearModel, x: SparseVector, out: Float32Array): void {
  const C = model.nClasses;
  const w = model.weights;
  out.set(model.bias);
  for (let k = 0; k < x.idx.length; k++) {
    const base = x.idx[k] * C;
    const v = x.val[k];
    for (let c = 0; c < C; c++) out[c] += w[base + c] * v;
  }
}

/**
 * Trains on examples X with class ids y; sampleWeight lets rare classes count more.
 * L2 decay is applied through a shared scale factor (w = scale * v) so that each step
 * costs only the non-zero features of the example, not the whole weight matrix.
 */
export function trainLinear(
  X: readonly SparseVector[],
  y: Int32Array,
  nFeatures: number,
  nClasses: number,
  opts: LinearOptions,
  sampleWeight?: Float32Array,
): LinearModel {
  const C = nClasses;
  const v = new Float32Array(nFeatures * C);
  const bias = new Float32Array(C);
  // Averaging without touching every weight at every step: u accumulates step * update, and the
  // average is v - u / steps at the end (the averaged-perceptron trick).
  const u = opts.average ? new Float32Array(nFeatures * C) : null;
  const ub = new Float32Array(C);
  const l2 = opts.average ? 0 : opts.l2;
  const scores = new Float32Array(C);
  const grad = new Float32Array(C);
  const order = Int32Array.from(X.keys());
  const random = rng(opts.seed);
  const total = Math.max(1, opts.epochs * X.length);
  let scale = 1;
  let step = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      const lr = opts.lr * Math.max(0.01, 1 - step / total);
      step++;
      const x = X[i];
      const target = y[i];
      const sw = sampleWeight ? sampleWeight[i] : 1;
      // Scores with the current (scaled) weights.
      scores.set(bias);
      for (let k = 0; k < x.idx.length; k++) {
        const base = x.idx[k] * C;
        const xv = x.val[k] * scale;
        for (let c = 0; c < C; c++) scores[c] += v[base + c] * xv;
      }
      if (!lossGradient(opts.loss, scores, target, grad)) continue;
      scale *= 1 - lr * l2;
      const step_ = (lr * sw) / scale;
      for (let k = 0; k < x.idx.length; k++) {
        const base = x.idx[k] * C;
        const xv = x.val[k] * step_;
        for (let c = 0; c < C; c++) {
          const g = grad[c];
          if (g === 0) continue;
          v[base + c] -= g * xv;
          if (u) u[base + c] -= step * g * xv;
        }
      }
      for (let c = 0; c < C; c++) {
        bias[c] -= lr * sw * grad[c];
        ub[c] -= step * lr * sw * grad[c];
      }
      if (scale < 1e-6) {
        for (let j = 0; j < v.length; j++) v[j] *= scale;
        scale = 1;
      }
    }
  }
  if (u) {
    for (let j = 0; j < v.length; j++) v[j] -= u[j] / step;
    for (let c = 0; c < C; c++) bias[c] -= ub[c] / step;
  } else for (let j = 0; j < v.length; j++) v[j] *= scale;
  return { nFeatures, nClasses, weights: v, bias };
}

/** Fills grad with dLoss/dScore; returns false when the example needs no update. */
function lossGradient(loss: Loss, scores: Float32Array, target: number, grad: Float32Array): boolean {
  const C = scores.length;
  if (loss === 'softmax') {
    let max = -Infinity;
    for (let c = 0; c < C; c++) if (scores[c] > max) max = scores[c];
    let sum = 0;
    for (let c = 0; c < C; c++) {
      grad[c] = Math.exp(scores[c] - max);
      sum += grad[c];
    }
    for (let c = 0; c < C; c++) grad[c] /= sum;
    grad[target] -= 1;
    return true;
  }
  // Crammer-Singer: push the true class above the best wrong one by a margin of 1.
  let rival = -1;
  for (let c = 0; c < C; c++) if (c !== target && (rival < 0 || scores[c] > scores[rival])) rival = c;
  if (rival < 0 || scores[target] - scores[rival] >= 1) return false;
  grad.fill(0);
  grad[target] = -1;
  grad[rival] = 1;
  return true;
}
