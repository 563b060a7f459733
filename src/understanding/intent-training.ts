// Training of the built-in intent model with the building blocks of src/nlp (vocabulary and idf,
// linear SVM by SGD, 8-bit weights, temperature calibration, threshold), on features read from the
// analysed text (intent-features.ts) rather than src/nlp's own tokens, so that prediction reuses the
// tokens every other language feature has already computed.
//
// As in src/nlp, every example is first scored by a model that did not see it (k-fold
// cross-fitting). Those held-out scores fit the temperature, and choose how much the model's
// probability weighs against the rules' evidence (intent-combined.ts); the final model is then
// trained on every example with the same settings. Everything is seeded: same examples, same file.
import { DEFAULT_TRAIN, stratifiedFolds, type Model, type TrainOptions } from '../nlp/classifier.ts';
import { chooseThreshold, fitTemperature, softmaxInto, type HeldOutItem } from '../nlp/calibration.ts';
import { fitVocabulary, type FeatureOptions, type SparseVector } from '../nlp/features.ts';
import { trainLinear, type LinearOptions } from '../nlp/linear.ts';
import { serialise } from '../nlp/serialise.ts';
import { compactWeights, scoreCompact } from '../nlp/weights.ts';
import { analyseText, type AnalysedText } from './text.ts';
import { detectLanguage } from './language.ts';
import { scoreSentiment } from './sentiment.ts';
import { classifyIntent, type IntentResult } from './intent.ts';
import { INTENTS, type Intent } from './intent-patterns.ts';
import { combineIntent, type Combination } from './intent-combined.ts';
import { INTENT_FEATURES, INTENT_TOKENS, intentHashes, type IntentFeatureOptions, type IntentSignals } from './intent-features.ts';
import { INTENT_MODEL_FORMAT, intentVector, type StoredIntentModel } from './intent-model.ts';
import { INTENT_EXAMPLES } from './training/index.ts';

export interface IntentTrainingExample {
  text: string;
  intent: Intent;
}

export interface IntentTrainSettings {
  features: IntentFeatureOptions;
  linear: LinearOptions;
  folds: number;
  /** 'balanced' gives every intent the same total weight whatever its number of examples. */
  classWeight: 'balanced' | 'none';
  /** Cost of a wrong intent relative to the gain of a right one, for the confidence threshold. */
  wrongCost: number;
  /** Model weights tried against the rules, in increasing order (see the choice in trainIntentModel). */
  modelWeights: number[];
}

export const INTENT_TRAINING: IntentTrainSettings = {
  features: INTENT_FEATURES,
  linear: { loss: 'hinge', epochs: 20, lr: 0.1, l2: 1e-5, average: false, seed: 7 },
  folds: 5,
  classWeight: 'balanced',
  wrongCost: 0.5,
  modelWeights: [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30],
};

export interface IntentTrainingResult {
  stored: StoredIntentModel;
  /** Held-out probabilities of every example, in the order of INTENTS. */
  outOfFold: Float64Array[];
  /** The rules' reading of every example. */
  rules: IntentResult[];
  /** Held-out share of examples whose most probable intent is the right one (model alone). */
  heldOutAccuracy: number;
  /** Held-out share right for each model weight tried (rules and model together). */
  combinedAccuracy: { modelWeight: number; accuracy: number }[];
  combination: Combination;
  temperature: number;
  threshold: number;
  features: number;
  weights: number;
}

/** What the model is given besides the words, computed as the understanders compute it. */
export function signalsOf(a: AnalysedText): IntentSignals & { result: IntentResult } {
  const sentiment = scoreSentiment(a, detectLanguage(a).lang).score;
  const result = classifyIntent(a, sentiment);
  return { sentiment, rules: result.scores, result };
}

function nlpFeatures(f: IntentFeatureOptions): FeatureOptions {
  return { charMin: f.charMin, charMax: f.charMax, wordBigrams: true, negation: false, blockWeights: f.blockWeights, minDf: f.minDf };
}

export function trainIntentModel(
  examples: readonly IntentTrainingExample[],
  settings: IntentTrainSettings = INTENT_TRAINING,
  built: Record<string, unknown> = {},
): IntentTrainingResult {
  const features = nlpFeatures(settings.features);
  const labels = [...new Set(examples.map((e) => e.intent))].sort();
  if (labels.length < 2) throw new Error('training needs at least 2 intents');
  const index = new Map(labels.map((l, i) => [l, i]));
  const rules: IntentResult[] = [];
  const hashes = examples.map((e) => {
    const a = analyseText(e.text);
    const signals = signalsOf(a);
    rules.push(signals.result);
    return intentHashes(a, settings.features, signals);
  });
  const targets = Int32Array.from(examples, (e) => index.get(e.intent)!);
  const C = labels.length;

  const fit = (rows: readonly number[]) => {
    const vocab = fitVocabulary(rows.map((i) => hashes[i]), features);
    const X: SparseVector[] = rows.map((i) => intentVector(vocab, hashes[i]));
    const y = Int32Array.from(rows, (i) => targets[i]);
    let sampleWeight: Float32Array | undefined;
    if (settings.classWeight === 'balanced') {
      const counts = new Float64Array(C);
      for (const c of y) counts[c]++;
      const present = counts.filter((n) => n > 0).length;
      sampleWeight = Float32Array.from(y, (c) => y.length / (present * counts[c]));
    }
    const linear = trainLinear(X, y, vocab.idf.length, C, settings.linear, sampleWeight);
    return { vocab, weights: compactWeights(linear) };
  };

  const fold = stratifiedFolds(targets, settings.folds, settings.linear.seed);
  const raw: Float32Array[] = new Array(examples.length);
  const s = new Float64Array(C);
  for (let k = 0; k < settings.folds; k++) {
    const trial = fit([...examples.keys()].filter((i) => fold[i] !== k));
    for (let i = 0; i < examples.length; i++) {
      if (fold[i] !== k) continue;
      scoreCompact(trial.weights, intentVector(trial.vocab, hashes[i]), s);
      raw[i] = Float32Array.from(s);
    }
  }
  const temperature = fitTemperature(raw, targets);
  const p = new Float64Array(C);
  let right = 0;
  const items: HeldOutItem[] = [];
  const outOfFold = raw.map((sc, i) => {
    softmaxInto(sc, temperature, p);
    let best = 0;
    for (let c = 1; c < C; c++) if (p[c] > p[best]) best = c;
    if (best === targets[i]) right++;
    items.push({ confidence: p[best], correct: best === targets[i], outOfScope: false, rejectedByClass: false });
    const byIntent = new Float64Array(INTENTS.length);
    for (let c = 0; c < C; c++) byIntent[INTENTS.indexOf(labels[c])] = p[c];
    return byIntent;
  });
  const choice = chooseThreshold(items, settings.wrongCost);
  const heldOutAccuracy = right / examples.length;

  // One-standard-error rule: weights whose accuracy is within one standard error of the best are
  // as good as it on this many examples, and the smallest of them leaves the rules the most say.
  const combinedAccuracy = settings.modelWeights.map((modelWeight) => {
    let ok = 0;
    examples.forEach((e, i) => {
      if (combineIntent(rules[i], outOfFold[i], { modelWeight }).intent === e.intent) ok++;
    });
    return { modelWeight, accuracy: ok / examples.length };
  });
  const top = Math.max(...combinedAccuracy.map((c) => c.accuracy));
  const standardError = Math.sqrt((top * (1 - top)) / examples.length);
  const best = combinedAccuracy.find((c) => c.accuracy >= top - standardError)!;
  const combination: Combination = { modelWeight: best.modelWeight };

  const final = fit([...examples.keys()]);
  const perLabel: Record<string, number> = {};
  for (const e of examples) perLabel[e.intent] = (perLabel[e.intent] ?? 0) + 1;
  const options: TrainOptions = {
    ...DEFAULT_TRAIN,
    ...settings.linear,
    features,
    folds: settings.folds,
    outOfScopeLabels: [],
    classWeight: settings.classWeight,
    wrongCost: settings.wrongCost,
    outOfScopeShare: 0,
  };
  const model: Model = {
    labels,
    outOfScopeClass: false,
    vocab: final.vocab,
    weights: final.weights,
    temperature,
    threshold: choice.threshold,
    options,
    report: {
      examples: examples.length,
      outOfScopeExamples: 0,
      perLabel,
      heldOut: { ...choice, examples: examples.length, folds: settings.folds, accuracy: heldOutAccuracy, temperature },
      // Left at zero so that building twice gives the same file.
      seconds: 0,
    },
  };
  const stored: StoredIntentModel = {
    format: INTENT_MODEL_FORMAT,
    tokens: INTENT_TOKENS,
    features: settings.features,
    combination,
    built: { ...built, heldOutAccuracy: round(heldOutAccuracy), combinedHeldOutAccuracy: round(best.accuracy) },
    classifier: serialise(model),
  };
  return {
    stored,
    outOfFold,
    rules,
    heldOutAccuracy,
    combinedAccuracy,
    combination,
    temperature,
    threshold: choice.threshold,
    features: final.vocab.idf.length,
    weights: final.weights.values.length,
  };
}

/**
 * The model shipped with Relais and its file content, from the examples in training/ only: the
 * demo conversations are never among them, so they stay a held-out test of the model.
 */
export function buildBuiltinIntentModel(): { result: IntentTrainingResult; json: string } {
  const result = trainIntentModel(INTENT_EXAMPLES, INTENT_TRAINING, {
    examples: INTENT_EXAMPLES.length,
    source: 'src/understanding/training (examples written for Relais; the demo conversations are held out)',
  });
  // One key per line keeps a rebuilt model readable in a diff; the weights stay base64 strings.
  return { result, json: JSON.stringify(result.stored, null, 1) + '\n' };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
