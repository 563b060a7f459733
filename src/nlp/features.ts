// Turns a text into a sparse, L2-normalised TF-IDF vector over hashed features:
// word unigrams, word bigrams, negation-marked words and character n-grams within words.
// Features are identified by a 32-bit hash, so the model stores numbers, never strings:
// a vocabulary of n-grams would weigh more than the weights themselves.
import { negatedTokens, tokenize } from './text.ts';

export interface FeatureOptions {
  /** Character n-gram lengths, taken inside "<word>" so word starts and ends are features too. */
  charMin: number;
  charMax: number;
  wordBigrams: boolean;
  negation: boolean;
  /** Relative weight of each block before the final normalisation: words, bigrams, characters. */
  blockWeights: [number, number, number];
  /** A feature must occur in at least this many training texts to be kept. */
  minDf: number;
}

export const DEFAULT_FEATURES: FeatureOptions = {
  charMin: 3,
  charMax: 5,
  wordBigrams: true,
  negation: true,
  blockWeights: [1, 1, 1],
  minDf: 1,
};

export const BLOCK_COUNT = 3;
const SEEDS = [0x811c9dc5, 0x01000193, 0x9e3779b9];

/** Murmur3 finaliser: FNV alone clusters short strings in the low bits used by the table. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a of s[start, end) without slicing, so character n-grams allocate nothing. */
export function hashRange(s: string, start: number, end: number, seed: number): number {
  let h = seed;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix(h);
}

export function hashString(s: string, seed = SEEDS[0]): number {
  return hashRange(s, 0, s.length, seed);
}

/** Hashed features of a text, one list per block (duplicates kept: they are term counts). */
export function extractHashes(text: string, opts: FeatureOptions): Uint32Array[] {
  const tokens = tokenize(text);
  const words: number[] = [];
  const bigrams: number[] = [];
  const chars: number[] = [];
  let prev = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const h = hashString(t, SEEDS[0]);
    words.push(h);
    if (opts.wordBigrams && i > 0) bigrams.push(mix(Math.imul(prev, 31) ^ h ^ SEEDS[1]));
    prev = h;
    // Character n-grams of markers (_url_…) and one-letter words would only repeat the word.
    if (t.length < 2 || t.charCodeAt(0) === 95 /* _ */) continue;
    const padded = '<' + t + '>';
    for (let n = opts.charMin; n <= opts.charMax; n++) {
      for (let s = 0; s + n <= padded.length; s++) chars.push(hashRange(padded, s, s + n, SEEDS[2]));
    }
  }
  if (opts.negation) for (const t of negatedTokens(tokens)) words.push(hashString(t, SEEDS[0]));
  return [Uint32Array.from(words), Uint32Array.from(bigrams), Uint32Array.from(chars)];
}

/** Sparse vector: parallel arrays of feature indices and values. */
export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

/** Open-addressing table from feature hash to feature index; -1 when absent. */
export class FeatureTable {
  readonly keys: Uint32Array;
  private readonly slotKey: Uint32Array;
  private readonly slotVal: Int32Array;
  private readonly mask: number;

  constructor(keys: Uint32Array) {
    this.keys = keys;
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slotKey = new Uint32Array(cap);
    this.slotVal = new Int32Array(cap).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      let s = keys[i] & this.mask;
      while (this.slotVal[s] !== -1) s = (s + 1) & this.mask;
      this.slotKey[s] = keys[i];
      this.slotVal[s] = i;
    }
  }

  get(key: number): number {
    let s = key & this.mask;
    for (;;) {
      const v = this.slotVal[s];
      if (v === -1 || this.slotKey[s] === key) return v;
      s = (s + 1) & this.mask;
    }
  }
}

/** The fitted half of feature extraction: which hashes exist and their inverse document frequency. */
export interface Vocabulary {
  options: FeatureOptions;
  table: FeatureTable;
  idf: Float32Array;
}

/** Keeps the features seen in at least minDf texts; idf is smoothed as in common TF-IDF practice. */
export function fitVocabulary(hashed: readonly Uint32Array[][], options: FeatureOptions): Vocabulary {
  const df = new Map<number, number>();
  for (const blocks of hashed) {
    const seen = new Set<number>();
    for (const block of blocks) for (const h of block) seen.add(h);
    for (const h of seen) df.set(h, (df.get(h) ?? 0) + 1);
  }
  const kept: number[] = [];
  for (const [h, n] of df) if (n >= options.minDf) kept.push(h);
  const keys = Uint32Array.from(kept).sort();
  const n = hashed.length;
  const idf = new Float32Array(keys.length);
  for (let i = 0; i < keys.length; i++) idf[i] = Math.log((1 + n) / (1 + df.get(keys[i])!)) + 1;
  return { options, table: new FeatureTable(keys), idf };
}

// Position of each feature in the vector being built, -1 when absent; reset after each block.
// Shared between calls because vectorising is synchronous and allocating it per text would dominate.
let slots = new Int32Array(0);
function scratchSlots(size: number): Int32Array {
  if (slots.length < size) slots = new Int32Array(size).fill(-1);
  return slots;
}

/**
 * Sublinear TF-IDF per block, each block scaled to its weight, then the whole vector L2-normalised.
 * Normalising blocks first keeps the many character n-grams from drowning the few words.
 */
export function vectorize(vocab: Vocabulary, blocks: Uint32Array[]): SparseVector {
  let size = 0;
  for (const block of blocks) size += block.length;
  const idx = new Int32Array(size);
  const val = new Float32Array(size);
  let n = 0;
  let total = 0;
  for (let b = 0; b < blocks.length; b++) {
    const weight = vocab.options.blockWeights[b];
    const block = blocks[b];
    if (weight === 0 || block.length === 0) continue;
    const start = n;
    const slot = scratchSlots(vocab.idf.length);
    for (let j = 0; j < block.length; j++) {
      const f = vocab.table.get(block[j]);
      if (f < 0) continue;
      const k = slot[f];
      if (k >= start) val[k]++;
      else {
        slot[f] = n;
        idx[n] = f;
        val[n++] = 1;
      }
    }
    for (let k = start; k < n; k++) slot[idx[k]] = -1;
    let norm = 0;
    for (let k = start; k < n; k++) {
      const v = (1 + Math.log(val[k])) * vocab.idf[idx[k]];
      val[k] = v;
      norm += v * v;
    }
    if (norm === 0) continue;
    const scale = weight / Math.sqrt(norm);
    for (let k = start; k < n; k++) {
      val[k] *= scale;
      total += val[k] * val[k];
    }
  }
  if (total > 0) {
    const inv = 1 / Math.sqrt(total);
    for (let k = 0; k < n; k++) val[k] *= inv;
  }
  return { idx: idx.slice(0, n), val: val.slice(0, n) };
}

export function featurize(vocab: Vocabulary, text: string): SparseVector {
  return vectorize(vocab, extractHashes(text, vocab.options));
}
