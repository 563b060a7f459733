// The text classifier an organisation trains on its own history (for example: which department a
// message belongs to). Pure functions: examples in, model out; model and text in, label out.
//
// Training first scores every example with a model that did not see it (k-fold cross-fitting), to fit
// the calibration (temperature) and the threshold below which the model answers "no label"; then it
// trains the final model on every example with the same settings.
import { chooseThreshold, fitTemperature, softmaxInto, type HeldOutItem, type ThresholdChoice } from './calibration.ts';
import { DEFAULT_FEATURES, extractHashes, fitVocabulary, vectorize, type FeatureOptions, type SparseVector, type Vocabulary } from './features.ts';
import { rng, shuffleInPlace, trainLinear, type LinearOptions } from './linear.ts';
import { compactWeights, scoreCompact, type CompactWeights } from './weights.ts';

export interface Example {
  text: string;
  /** null, or one of `outOfScopeLabels`, marks an example that belongs to no label. */
  label: string | null;
}

export interface Prediction {
  /** null when the text is out of scope or no label is confident enough. */
  label: string | null;
  /** Calibrated probability of the best known label. */
  confidence: number;
}

export interface TrainOptions extends LinearOptions {
  features: FeatureOptions;
  /** Cross-fitting folds used to calibrate and choose the threshold; below 2, no calibration. */
  folds: number;
  /** Labels that mean "out of scope"; such examples teach the model what to refuse. */
  outOfScopeLabels: string[];
  /** 'balanced' gives each label the same total weight, so rare labels are not ignored. */
  classWeight: 'balanced' | 'none';
  /**
   * Cost of a wrong label relative to the gain of a right one, for the threshold. A misrouted message
   * still needs a manual triage in the end, after wasting some time of the team that received it:
   * counted as half a triage by default.
   */
  wrongCost: number;
  /** Share of out-of-scope messages expected in real traffic, at least (see chooseThreshold). */
  outOfScopeShare: number;
}

/** What a caller may set: any option, and any subset of the feature options. */
export type TrainSettings = Partial<Omit<TrainOptions, 'features'>> & { features?: Partial<FeatureOptions> };

export const DEFAULT_TRAIN: TrainOptions = {
  features: DEFAULT_FEATURES,
  loss: 'hinge',
  epochs: 15,
  lr: 0.1,
  l2: 1e-5,
  seed: 1,
  average: false,
  folds: 5,
  outOfScopeLabels: ['oos'],
  classWeight: 'none',
  wrongCost: 0.5,
  outOfScopeShare: 0.05,
};

export interface TrainingReport {
  examples: number;
  outOfScopeExamples: number;
  perLabel: Record<string, number>;
  /** Out-of-fold figures the calibration and threshold were chosen on; null when too few examples. */
  heldOut: (ThresholdChoice & { examples: number; folds: number; accuracy: number; temperature: number }) | null;
  seconds: number;
}

export interface Model {
  /** Known labels; when `outOfScopeClass` is true, class index labels.length is "out of scope". */
  labels: string[];
  outOfScopeClass: boolean;
  vocab: Vocabulary;
  weights: CompactWeights;
  temperature: number;
  threshold: number;
  options: TrainOptions;
  report: TrainingReport;
}

interface Prepared {
  hashes: Uint32Array[][];
  targets: Int32Array;
}

function fitOn(prepared: Prepared, rows: readonly number[], nClasses: number, opts: TrainOptions) {
  const vocab = fitVocabulary(rows.map((i) => prepared.hashes[i]), opts.features);
  const X: SparseVector[] = rows.map((i) => vectorize(vocab, prepared.hashes[i]));
  const y = Int32Array.from(rows, (i) => prepared.targets[i]);
  let sampleWeight: Float32Array | undefined;
  if (opts.classWeight === 'balanced') {
    const counts = new Float64Array(nClasses);
    for (const c of y) counts[c]++;
    const present = counts.filter((n) => n > 0).length;
    sampleWeight = Float32Array.from(y, (c) => y.length / (present * counts[c]));
  }
  const linear = trainLinear(X, y, vocab.idf.length, nClasses, opts, sampleWeight);
  return { vocab, weights: compactWeights(linear) };
}

/** Fold number of each example, dealt class by class so every fold sees every frequent label. */
export function stratifiedFolds(targets: Int32Array, folds: number, seed: number): Int32Array {
  const byClass = new Map<number, number[]>();
  targets.forEach((c, i) => byClass.get(c)?.push(i) ?? byClass.set(c, [i]));
  const random = rng(seed);
  const fold = new Int32Array(targets.length);
  let next = 0;
  for (const c of [...byClass.keys()].sort((a, b) => a - b)) {
    const rows = byClass.get(c)!;
    shuffleInPlace(rows, random);
    // Continue the deal where the previous class stopped, so small classes do not all land in fold 0.
    for (const i of rows) fold[i] = next++ % folds;
  }
  return fold;
}

export function trainClassifier(examples: readonly Example[], options: TrainSettings = {}): Model {
  const started = performance.now();
  const opts: TrainOptions = { ...DEFAULT_TRAIN, ...options, features: { ...DEFAULT_TRAIN.features, ...options.features } };
  const outOfScope = new Set(opts.outOfScopeLabels);
  const isOut = (e: Example) => e.label === null || outOfScope.has(e.label);
  // A Map, not an object: a label is user data and could be "__proto__".
  const counts = new Map<string, number>();
  for (const e of examples) if (!isOut(e)) counts.set(e.label!, (counts.get(e.label!) ?? 0) + 1);
  const labels = [...counts.keys()].sort();
  if (labels.length < 2) throw new Error(`training needs at least 2 distinct labels, found ${labels.length}`);
  const index = new Map(labels.map((l, i) => [l, i]));
  const outCount = examples.filter(isOut).length;
  const outOfScopeClass = outCount > 0;
  const nClasses = labels.length + (outOfScopeClass ? 1 : 0);
  const prepared: Prepared = {
    hashes: examples.map((e) => extractHashes(e.text, opts.features)),
    targets: Int32Array.from(examples, (e) => (isOut(e) ? labels.length : index.get(e.label!)!)),
  };

  // Without held-out data the probabilities are uncalibrated; Chow's rule is the best guess then.
  let temperature = 1;
  let threshold = opts.wrongCost / (1 + opts.wrongCost);
  let heldOut: TrainingReport['heldOut'] = null;
  const folds = Math.min(opts.folds, Math.floor(examples.length / 2));
  if (folds >= 2) {
    const fold = stratifiedFolds(prepared.targets, folds, opts.seed);
    const scores: Float32Array[] = new Array(examples.length);
    const s = new Float64Array(nClasses);
    for (let k = 0; k < folds; k++) {
      const rows = [...examples.keys()].filter((i) => fold[i] !== k);
      const trial = fitOn(prepared, rows, nClasses, opts);
      for (let i = 0; i < examples.length; i++) {
        if (fold[i] !== k) continue;
        scoreCompact(trial.weights, vectorize(trial.vocab, prepared.hashes[i]), s);
        scores[i] = Float32Array.from(s);
      }
    }
    const targets = prepared.targets;
    temperature = fitTemperature(scores, targets);
    const p = new Float64Array(nClasses);
    const items: HeldOutItem[] = scores.map((sc, i) => {
      softmaxInto(sc, temperature, p);
      const best = bestKnown(p, labels.length);
      return {
        confidence: p[best],
        correct: best === targets[i],
        outOfScope: targets[i] === labels.length,
        rejectedByClass: outOfScopeClass && p[labels.length] > p[best],
      };
    });
    const choice = chooseThreshold(items, opts.wrongCost, opts.outOfScopeShare);
    threshold = choice.threshold;
    const argmaxRight = scores.filter((sc, i) => argmax(sc) === targets[i]).length;
    heldOut = { ...choice, examples: items.length, folds, accuracy: argmaxRight / items.length, temperature };
  }
  const final = fitOn(prepared, [...examples.keys()], nClasses, opts);
  return {
    labels,
    outOfScopeClass,
    vocab: final.vocab,
    weights: final.weights,
    temperature,
    threshold,
    options: opts,
    report: {
      examples: examples.length,
      outOfScopeExamples: outCount,
      perLabel: Object.fromEntries(counts),
      heldOut,
      seconds: (performance.now() - started) / 1000,
    },
  };
}

function argmax(s: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < s.length; c++) if (s[c] > s[best]) best = c;
  return best;
}

function bestKnown(p: ArrayLike<number>, nKnown: number): number {
  let best = 0;
  for (let c = 1; c < nKnown; c++) if (p[c] > p[best]) best = c;
  return best;
}

/** Probabilities of every class of the model for a text (the out-of-scope class last, if any). */
export function probabilities(model: Model, text: string): Float64Array {
  const n = model.weights.nClasses;
  const s = new Float64Array(n);
  scoreCompact(model.weights, vectorize(model.vocab, extractHashes(text, model.vocab.options)), s);
  softmaxInto(s, model.temperature, s);
  return s;
}

export function predict(model: Model, text: string): Prediction {
  const p = probabilities(model, text);
  const best = bestKnown(p, model.labels.length);
  const confidence = p[best];
  const rejected = (model.outOfScopeClass && p[model.labels.length] > confidence) || confidence < model.threshold;
  return { label: rejected ? null : model.labels[best], confidence };
}
