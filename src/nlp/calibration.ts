// Turning raw class scores into probabilities that mean what they say, and choosing the
// confidence below which the classifier answers "no label" rather than guess.
// Both are fitted on examples the model did not train on, otherwise they would be overconfident.

/** Softmax of scores / temperature into out. */
export function softmaxInto(scores: ArrayLike<number>, temperature: number, out: Float64Array): void {
  let max = -Infinity;
  for (let c = 0; c < scores.length; c++) if (scores[c] > max) max = scores[c];
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    out[c] = Math.exp((scores[c] - max) / temperature);
    sum += out[c];
  }
  for (let c = 0; c < scores.length; c++) out[c] /= sum;
}

/** Mean negative log-likelihood of the true classes at a given temperature. */
export function negativeLogLikelihood(scores: readonly Float32Array[], targets: ArrayLike<number>, temperature: number): number {
  if (scores.length === 0) return 0;
  const p = new Float64Array(scores[0].length);
  let total = 0;
  for (let i = 0; i < scores.length; i++) {
    softmaxInto(scores[i], temperature, p);
    total -= Math.log(Math.max(p[targets[i]], 1e-12));
  }
  return total / scores.length;
}

/**
 * Temperature scaling: the single parameter that makes held-out probabilities calibrated.
 * NLL is unimodal in log(temperature), so a golden-section search is enough.
 */
export function fitTemperature(scores: readonly Float32Array[], targets: ArrayLike<number>): number {
  if (scores.length === 0) return 1;
  let lo = Math.log(0.01);
  let hi = Math.log(100);
  const g = (Math.sqrt(5) - 1) / 2;
  const f = (x: number) => negativeLogLikelihood(scores, targets, Math.exp(x));
  let a = hi - g * (hi - lo);
  let b = lo + g * (hi - lo);
  let fa = f(a);
  let fb = f(b);
  for (let i = 0; i < 40; i++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - g * (hi - lo);
      fa = f(a);
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + g * (hi - lo);
      fb = f(b);
    }
  }
  return Math.exp((lo + hi) / 2);
}

/** One held-out decision: the best known label's confidence and whether that label was right. */
export interface HeldOutItem {
  confidence: number;
  /** The best known label is the true one. */
  correct: boolean;
  /** The example is out of scope: the right answer is "no label". */
  outOfScope: boolean;
  /** The model's out-of-scope class beat every known label. */
  rejectedByClass: boolean;
}

export interface ThresholdChoice {
  threshold: number;
  /** Share of in-scope held-out examples given their right label (no label counts as wrong). */
  inScopeAccuracy: number;
  /** Share of out-of-scope held-out examples given no label; null when there were none. */
  outOfScopeRecall: number | null;
  /** Share of in-scope held-out examples left without a label. */
  inScopeRejected: number;
}

/** Held-out figures for a given threshold. */
export function figuresAt(items: readonly HeldOutItem[], threshold: number): ThresholdChoice {
  let inScope = 0, inCorrect = 0, inRejected = 0, oos = 0, oosRejected = 0;
  for (const it of items) {
    const rejected = it.rejectedByClass || it.confidence < threshold;
    if (it.outOfScope) {
      oos++;
      if (rejected) oosRejected++;
    } else {
      inScope++;
      if (rejected) inRejected++;
      else if (it.correct) inCorrect++;
    }
  }
  return {
    threshold,
    inScopeAccuracy: inScope ? inCorrect / inScope : 0,
    outOfScopeRecall: oos ? oosRejected / oos : null,
    inScopeRejected: inScope ? inRejected / inScope : 0,
  };
}

/**
 * The threshold that maximises, on held-out data, the value of the decisions compared with sending
 * every message to manual triage: a right label saves that triage (+1); no label is the triage (0);
 * a wrong label is triaged anyway after wasting the time of whoever received it (-wrongCost). An
 * out-of-scope message can only be labelled wrongly. With calibrated confidences and no out-of-scope
 * examples this lands near wrongCost / (1 + wrongCost) (Chow's rule); the held-out data say where.
 *
 * Organisations rarely label the messages they ignored, so out-of-scope examples are scarcer in a
 * training history than in real traffic: when they make up less than `outOfScopeShare` of the
 * held-out examples, they are weighted up to that share.
 */
export function chooseThreshold(items: readonly HeldOutItem[], wrongCost = 0.5, outOfScopeShare = 0): ThresholdChoice {
  const nOut = items.filter((it) => it.outOfScope).length;
  const nIn = items.length - nOut;
  const share = Math.min(outOfScopeShare, 0.99);
  const outWeight = nOut > 0 && nIn > 0 && nOut / items.length < share ? ((share / (1 - share)) * nIn) / nOut : 1;
  const open = items.filter((it) => !it.rejectedByClass).sort((a, b) => a.confidence - b.confidence);
  // Raising the threshold past an item swaps its "labelled" value for the 0 of "no label".
  const gain = (it: HeldOutItem) => (it.outOfScope ? wrongCost * outWeight : it.correct ? -1 : wrongCost);
  let best = 0;
  let bestValue = 0;
  let value = 0;
  for (let i = 0; i < open.length; i++) {
    value += gain(open[i]);
    const next = i + 1 < open.length ? open[i + 1].confidence : 1;
    // Only cut between distinct confidences, at the midpoint, so the threshold does not sit on a point.
    if (next > open[i].confidence && value > bestValue + 1e-9) {
      bestValue = value;
      best = (open[i].confidence + next) / 2;
    }
  }
  return figuresAt(items, best);
}
