// Compact storage of a trained weight matrix. A multiclass SVM leaves most (feature, class) weights
// at exactly zero — a word only ever pushed the classes it appeared in or was confused with — so each
// feature keeps only its non-zero classes. This makes the stored model several times smaller and
// scoring several times faster than the dense matrix used during training.
import type { SparseVector } from './features.ts';
import type { LinearModel } from './linear.ts';

export interface CompactWeights {
  nFeatures: number;
  nClasses: number;
  /** Entries of feature f are rowStart[f] .. rowStart[f + 1] - 1. */
  rowStart: Int32Array;
  classes: Uint16Array;
  values: Float32Array;
  bias: Float32Array;
  /** Every value is a multiple of this step between -127 and 127 steps, so it stores in 8 bits; 0 = not rounded. */
  step: number;
}

/**
 * Keeps the weights whose magnitude reaches `minMagnitude`, optionally rounded to 8 bits
 * (the rounding step is chosen from the largest weight, so a stored model is exactly what predicts).
 */
export function compactWeights(model: LinearModel, minMagnitude = 0, quantise = true): CompactWeights {
  const { nFeatures, nClasses: C, weights } = model;
  let max = 0;
  for (const w of weights) if (Math.abs(w) > max) max = Math.abs(w);
  const step = quantise && max > 0 ? max / 127 : 0;
  const round = (w: number) => (step ? Math.round(w / step) * step : w);
  const rowStart = new Int32Array(nFeatures + 1);
  const classes: number[] = [];
  const values: number[] = [];
  for (let f = 0; f < nFeatures; f++) {
    rowStart[f] = classes.length;
    for (let c = 0; c < C; c++) {
      const w = round(weights[f * C + c]);
      if (w !== 0 && Math.abs(w) >= minMagnitude) {
        classes.push(c);
        values.push(w);
      }
    }
  }
  rowStart[nFeatures] = classes.length;
  return {
    nFeatures,
    nClasses: C,
    rowStart,
    classes: Uint16Array.from(classes),
    values: Float32Array.from(values),
    bias: Float32Array.from(model.bias),
    step,
  };
}

/** Raw class scores of x into out (length nClasses). */
export function scoreCompact(w: CompactWeights, x: SparseVector, out: Float64Array): void {
  for (let c = 0; c < w.nClasses; c++) out[c] = w.bias[c];
  const { rowStart, classes, values } = w;
  for (let k = 0; k < x.idx.length; k++) {
    const f = x.idx[k];
    const v = x.val[k];
    const end = rowStart[f + 1];
    for (let j = rowStart[f]; j < end; j++) out[classes[j]] += values[j] * v;
  }
}
