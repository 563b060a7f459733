// The built-in intent model at prediction time: a linear classifier trained with src/nlp's
// building blocks on the examples in training/, stored in models/intent.model.json, scored straight
// from the analysed text.
//
// The feature vector is built so that it splits by word (see intentVector): each word's share of the
// class scores, from the word itself and from its character n-grams, is computed once and cached.
// A message then costs a map lookup per word, a table lookup per word pair and a few additions.
import { readFileSync } from 'node:fs';
import { deserialise, type SerialisedModel } from '../nlp/serialise.ts';
import type { Model } from '../nlp/classifier.ts';
import type { SparseVector, Vocabulary } from '../nlp/features.ts';
import { BREAK, type AnalysedText } from './text.ts';
import { INTENTS, type Intent } from './intent-patterns.ts';
import type { Combination } from './intent-combined.ts';
import {
  INTENT_TOKENS, RULE_BANDS, RULE_MARKS, SENTIMENT_MARKS, START, SURFACE_MARKS, charHashes, emojiHash, pairHash,
  sentimentBands, surfaceMarks, wordHash, type IntentFeatureOptions, type IntentSignals,
} from './intent-features.ts';

export const INTENT_MODEL_FORMAT = 'relais.builtin-intent-model';

/** What models/intent.model.json holds: the classifier and how its features were made. */
export interface StoredIntentModel {
  format: typeof INTENT_MODEL_FORMAT;
  tokens: string;
  features: IntentFeatureOptions;
  /** How the model's probabilities weigh against the rules' evidence (see intent-combined.ts). */
  combination: Combination;
  /** How the model was built and what it measured then, for people reading the file. */
  built: Record<string, unknown>;
  classifier: SerialisedModel;
}

const BLOCKS = 3;

/**
 * The vector the model reads, from the hashed features of a text (intentHashes): every occurrence
 * of a known feature adds its idf to that feature, and its idf² to its block's squared norm; each
 * block is scaled to its weight, then the whole vector to unit length. Counting the norm by
 * occurrence (rather than from the summed vector) is what lets a word's share be computed alone.
 */
export function intentVector(vocab: Vocabulary, blocks: readonly Uint32Array[]): SparseVector {
  const idx: number[] = [];
  const val: number[] = [];
  const at = new Map<number, number>();
  const scales: number[] = [];
  let total = 0;
  for (let b = 0; b < blocks.length; b++) {
    const weight = vocab.options.blockWeights[b];
    const start = idx.length;
    let norm = 0;
    if (weight !== 0) {
      at.clear();
      for (const h of blocks[b]) {
        const f = vocab.table.get(h);
        if (f < 0) continue;
        const w = vocab.idf[f];
        norm += w * w;
        const k = at.get(f);
        if (k === undefined) {
          at.set(f, idx.length);
          idx.push(f);
          val.push(w);
        } else val[k] += w;
      }
    }
    const scale = norm > 0 ? weight / Math.sqrt(norm) : 0;
    if (scale > 0) total += weight * weight;
    for (let k = start; k < idx.length; k++) val[k] *= scale;
    scales.push(scale);
  }
  if (total > 0) {
    const inv = 1 / Math.sqrt(total);
    for (let k = 0; k < val.length; k++) val[k] *= inv;
  }
  return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
}

const CACHE_LIMIT = 50_000;

export class IntentModel {
  readonly labels: readonly Intent[];
  readonly features: IntentFeatureOptions;
  readonly combination: Combination;
  /** How the model was built and what it measured then (examples, held-out accuracy). */
  readonly built: Readonly<Record<string, unknown>>;
  readonly model: Model;
  private readonly C: number;
  /** Position in INTENTS of each class of the classifier. */
  private readonly order: Int32Array;
  // Each distinct word met gets a slot: its hash, its share of the class scores from the word itself
  // and from its character n-grams (idf-weighted weights, summed), and the squared norms of both.
  // One flat array for all words keeps them close in memory and out of the garbage collector's way.
  private readonly slots = new Map<string, number>();
  private readonly slotHash = new Uint32Array(CACHE_LIMIT);
  private readonly slotShares: Float64Array;
  private readonly slotNorms = new Float64Array(2 * CACHE_LIMIT);
  private readonly emojis = new Map<string, number>();
  /** Feature index of each surface, sentiment and rule mark (-1 when the model does not use it). */
  private readonly surface: Int32Array;
  private readonly sentimentBand: Int32Array;
  private readonly ruleBand: Int32Array;
  // Scratch space reused by every call: scoring is synchronous and never re-entered.
  private readonly sums: Float64Array;
  private readonly scores: Float64Array;
  private readonly hashes: number[] = [];

  constructor(stored: StoredIntentModel) {
    if (stored?.format !== INTENT_MODEL_FORMAT) throw new Error('not a built-in intent model');
    if (stored.tokens !== INTENT_TOKENS) throw new Error(`intent model made for tokens ${stored.tokens}, expected ${INTENT_TOKENS}`);
    this.model = deserialise(stored.classifier);
    if (this.model.outOfScopeClass) throw new Error('the built-in intent model must not have an out-of-scope class');
    for (const l of this.model.labels) if (!(INTENTS as readonly string[]).includes(l)) throw new Error(`unknown intent in model: ${l}`);
    this.labels = this.model.labels as Intent[];
    this.order = Int32Array.from(this.labels, (l) => INTENTS.indexOf(l));
    this.features = stored.features;
    if (!(stored.combination?.modelWeight >= 0)) throw new Error('intent model without a valid combination weight');
    this.combination = stored.combination;
    this.built = stored.built ?? {};
    this.C = this.model.weights.nClasses;
    this.slotShares = new Float64Array(2 * this.C * CACHE_LIMIT);
    this.sums = new Float64Array(BLOCKS * this.C);
    this.scores = new Float64Array(this.C);
    const table = this.model.vocab.table;
    this.surface = Int32Array.from(SURFACE_MARKS, (h) => table.get(h));
    this.sentimentBand = Int32Array.from(SENTIMENT_MARKS, (h) => (this.features.sentiment ? table.get(h) : -1));
    this.ruleBand = Int32Array.from(RULE_MARKS, (h) => (this.features.rules ? table.get(h) : -1));
  }

  /** Adds idf × the class weights of feature f into out at `at`; returns idf², or 0 when f is unknown. */
  private addFeature(f: number, out: Float64Array, at: number): number {
    if (f < 0) return 0;
    const w = this.model.vocab.idf[f];
    const { rowStart, classes, values } = this.model.weights;
    const end = rowStart[f + 1];
    for (let j = rowStart[f]; j < end; j++) out[at + classes[j]] += values[j] * w;
    return w * w;
  }

  private slot(w: string): number {
    const hit = this.slots.get(w);
    if (hit !== undefined) return hit;
    if (this.slots.size >= CACHE_LIMIT) this.slots.clear();
    const id = this.slots.size;
    this.slots.set(w, id);
    const table = this.model.vocab.table;
    const hash = wordHash(w);
    this.slotHash[id] = hash;
    const at = 2 * this.C * id;
    this.slotShares.fill(0, at, at + 2 * this.C);
    this.slotNorms[2 * id] = this.addFeature(table.get(hash), this.slotShares, at);
    let charNorm = 0;
    const hashes = this.hashes;
    hashes.length = 0;
    charHashes(w, this.features, hashes);
    for (const h of hashes) charNorm += this.addFeature(table.get(h), this.slotShares, at + this.C);
    this.slotNorms[2 * id + 1] = charNorm;
    return id;
  }

  private emoji(e: string): number {
    let f = this.emojis.get(e);
    if (f === undefined) {
      f = this.model.vocab.table.get(emojiHash(e));
      if (this.emojis.size >= CACHE_LIMIT) this.emojis.clear();
      this.emojis.set(e, f);
    }
    return f;
  }

  /**
   * Calibrated probability of every intent for an analysed text, written into `out` in the order
   * of INTENTS. Equal, up to rounding, to scoring intentVector(intentHashes(a, signals)).
   */
  probabilities(a: AnalysedText, out: Float64Array, signals?: IntentSignals): void {
    const C = this.C;
    const table = this.model.vocab.table;
    const sums = this.sums;
    const shares = this.slotShares;
    sums.fill(0);
    // Block 0 (words and marks) at 0, block 1 (word pairs) at C, block 2 (character n-grams) at 2C.
    let n0 = 0, n1 = 0, n2 = 0;
    let prev = START;
    const words = a.words;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w === BREAK) { prev = 0; continue; }
      const id = this.slot(w);
      const at = 2 * C * id;
      n0 += this.slotNorms[2 * id];
      n2 += this.slotNorms[2 * id + 1];
      for (let c = 0; c < C; c++) {
        sums[c] += shares[at + c];
        sums[2 * C + c] += shares[at + C + c];
      }
      const hash = this.slotHash[id];
      if (prev !== 0) n1 += this.addFeature(table.get(pairHash(prev, hash)), sums, C);
      prev = hash;
    }
    const surface = surfaceMarks(a);
    for (let k = 0; k < this.surface.length; k++) if (surface & (1 << k)) n0 += this.addFeature(this.surface[k], sums, 0);
    for (const e of a.emojis) n0 += this.addFeature(this.emoji(e), sums, 0);
    if (signals) {
      const bands = sentimentBands(signals.sentiment);
      for (let k = 0; k < this.sentimentBand.length; k++) if (bands & (1 << k)) n0 += this.addFeature(this.sentimentBand[k], sums, 0);
      const rules = signals.rules;
      if (rules) {
        const B = RULE_BANDS.length;
        for (let i = 0; i < INTENTS.length; i++) {
          const score = rules[INTENTS[i]] ?? 0;
          for (let k = 0; k < B && score >= RULE_BANDS[k]; k++) n0 += this.addFeature(this.ruleBand[i * B + k], sums, 0);
        }
      }
    }

    const [w0, w1, w2] = this.features.blockWeights;
    const total = (n0 > 0 ? w0 * w0 : 0) + (n1 > 0 ? w1 * w1 : 0) + (n2 > 0 ? w2 * w2 : 0);
    const scores = this.scores;
    const { bias } = this.model.weights;
    const inv = total > 0 ? 1 / Math.sqrt(total) : 0;
    const s0 = n0 > 0 ? (w0 / Math.sqrt(n0)) * inv : 0;
    const s1 = n1 > 0 ? (w1 / Math.sqrt(n1)) * inv : 0;
    const s2 = n2 > 0 ? (w2 / Math.sqrt(n2)) * inv : 0;
    for (let c = 0; c < C; c++) scores[c] = bias[c] + sums[c] * s0 + sums[C + c] * s1 + sums[2 * C + c] * s2;
    softmax(scores, C, this.model.temperature);
    out.fill(0);
    for (let c = 0; c < C; c++) out[this.order[c]] = scores[c];
  }
}

function softmax(s: Float64Array, n: number, temperature: number): void {
  let max = -Infinity;
  for (let c = 0; c < n; c++) if (s[c] > max) max = s[c];
  let sum = 0;
  for (let c = 0; c < n; c++) {
    s[c] = Math.exp((s[c] - max) / temperature);
    sum += s[c];
  }
  for (let c = 0; c < n; c++) s[c] /= sum;
}

export const INTENT_MODEL_URL = new URL('./models/intent.model.json', import.meta.url);
let shipped: IntentModel | null | undefined;

/** The model shipped with Relais, read once; null when the file is absent (the rules then decide alone). */
export function builtinIntentModel(): IntentModel | null {
  if (shipped === undefined) {
    let raw: string | null = null;
    try {
      raw = readFileSync(INTENT_MODEL_URL, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    shipped = raw === null ? null : new IntentModel(JSON.parse(raw) as StoredIntentModel);
  }
  return shipped;
}
