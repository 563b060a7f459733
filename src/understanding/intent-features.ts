// Features of the built-in intent model, read from the tokens every language feature already shares
// (text.ts): folded words, word pairs, character n-grams inside words, emoji, a few surface marks (a
// question mark, a link, a tag flood, a very short text) and, in bands, what the lexicon and the
// rules already found (how negative the text is, how much complaint or job evidence the patterns
// saw). Reusing the analysed text rather than tokenising again keeps the model cheap enough to run
// on every message; the bands let it learn when the rules are right.
//
// Features are 32-bit hashes, as in src/nlp: the model stores numbers, never strings.
import { hashRange, hashString } from '../nlp/features.ts';
import { BREAK, type AnalysedText } from './text.ts';
import { INTENTS } from './intent-patterns.ts';

export interface IntentFeatureOptions {
  /** Character n-gram lengths inside "<word>"; charMax below charMin turns them off. */
  charMin: number;
  charMax: number;
  /** Relative weight of each block before the final normalisation: words and marks, pairs, characters. */
  blockWeights: [number, number, number];
  /** A feature must occur in at least this many training texts to be kept. */
  minDf: number;
  /** The lexicon's sentiment of the text, in bands, as features. */
  sentiment: boolean;
  /** The rules' evidence per intent, in bands, as features. */
  rules: boolean;
}

export const INTENT_FEATURES: IntentFeatureOptions = {
  charMin: 3,
  charMax: 4,
  blockWeights: [1, 0.5, 1],
  minDf: 2,
  sentiment: true,
  rules: true,
};

/** What the other language features already found in the text, offered to the model. */
export interface IntentSignals {
  /** The lexicon's score, in [-1, 1]. */
  sentiment: number;
  /** The rules' evidence per intent (intent.ts). */
  rules?: Readonly<Record<string, number>>;
}

/** Names the tokenisation a stored model was trained with; a model made with another one is refused. */
export const INTENT_TOKENS = 'relais.understanding-tokens/1';

const WORD_SEED = 0x811c9dc5;
const PAIR_SEED = 0x01000193;
const CHAR_SEED = 0x9e3779b9;

/** Murmur3 finaliser, to combine two hashes into a well-spread third. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function pairHash(a: number, b: number): number {
  return mix(Math.imul(a, 31) ^ b ^ PAIR_SEED);
}

// Pseudo-words for what the word list does not show. They cannot collide with real words, which
// never contain a space.
const mark = (name: string) => hashString('^ ' + name, WORD_SEED);
/** Pairs with the first word of a text. */
export const START = mark('start');
const MENTION = mark('mention');
const NUMBER = mark('number');

/** Surface marks, one bit each in surfaceMarks(). */
export const SURFACE_MARKS: readonly number[] = ['question mark', 'exclamation', 'link', 'many hashtags', 'shouted', 'short text'].map(mark);

export function surfaceMarks(a: AnalysedText): number {
  let content = 0;
  for (const w of a.words) if (w !== BREAK) content++;
  return (a.questionMarks > 0 ? 1 : 0) | (a.exclamations > 0 ? 2 : 0) | (a.urls > 0 ? 4 : 0) |
    (a.hashtags >= 3 ? 8 : 0) | (a.shouted >= 2 ? 16 : 0) | (content <= 3 ? 32 : 0);
}

/** Sentiment bands: clearly negative, rather negative, rather positive, clearly positive. */
const SENTIMENT_EDGES = [-0.6, -0.2, 0.2, 0.6];
export const SENTIMENT_MARKS: readonly number[] = SENTIMENT_EDGES.map((_, k) => mark(`sentiment ${k}`));

export function sentimentBands(score: number): number {
  let bits = 0;
  SENTIMENT_EDGES.forEach((edge, k) => {
    if ((edge < 0 && score <= edge) || (edge > 0 && score >= edge)) bits |= 1 << k;
  });
  return bits;
}

/** Rule evidence bands per intent: at least 2, 4 and 7 points; RULE_MARKS[intent index * 3 + band]. */
export const RULE_BANDS: readonly number[] = [2, 4, 7];
export const RULE_MARKS: readonly number[] = INTENTS.flatMap((intent) => RULE_BANDS.map((_, k) => mark(`rule ${intent} ${k}`)));

function isNumber(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
}

/** The word as a feature: handles and numbers are classes, not words. */
export function wordHash(w: string): number {
  if (w.charCodeAt(0) === 64) return MENTION;
  if (isNumber(w)) return NUMBER;
  return hashString(w, WORD_SEED);
}

export function emojiHash(e: string): number {
  return hashString(e, WORD_SEED);
}

/** Character n-grams of one word inside "<word>"; none for handles, numbers and one-letter words. */
export function charHashes(w: string, opts: IntentFeatureOptions, out: number[]): void {
  if (w.length < 2 || w.charCodeAt(0) === 64 || isNumber(w)) return;
  const padded = '<' + w + '>';
  for (let n = opts.charMin; n <= opts.charMax; n++) {
    for (let s = 0; s + n <= padded.length; s++) out.push(hashRange(padded, s, s + n, CHAR_SEED));
  }
}

/** Surface, sentiment and rule marks of a text, as word-block features. */
export function markHashes(a: AnalysedText, opts: IntentFeatureOptions, signals: IntentSignals | undefined, out: number[]): void {
  const surface = surfaceMarks(a);
  SURFACE_MARKS.forEach((h, k) => { if (surface & (1 << k)) out.push(h); });
  for (const e of a.emojis) out.push(emojiHash(e));
  if (!signals) return;
  if (opts.sentiment) {
    const bands = sentimentBands(signals.sentiment);
    SENTIMENT_MARKS.forEach((h, k) => { if (bands & (1 << k)) out.push(h); });
  }
  if (opts.rules && signals.rules) {
    INTENTS.forEach((intent, i) => {
      const score = signals.rules![intent] ?? 0;
      RULE_BANDS.forEach((edge, k) => { if (score >= edge) out.push(RULE_MARKS[i * RULE_BANDS.length + k]); });
    });
  }
}

/**
 * Hashed features of an analysed text, one list per block (duplicates kept: they are counts).
 * Word pairs do not cross a clause boundary; the first word of the text also pairs with a start
 * mark, since how a message opens ("vous recrutez", "je suis journaliste") says a lot.
 */
export function intentHashes(a: AnalysedText, opts: IntentFeatureOptions = INTENT_FEATURES, signals?: IntentSignals): Uint32Array[] {
  const words: number[] = [];
  const pairs: number[] = [];
  const chars: number[] = [];
  let prev = START;
  for (const w of a.words) {
    if (w === BREAK) { prev = 0; continue; }
    const h = wordHash(w);
    words.push(h);
    if (prev !== 0) pairs.push(pairHash(prev, h));
    prev = h;
    charHashes(w, opts, chars);
  }
  markHashes(a, opts, signals, words);
  return [Uint32Array.from(words), Uint32Array.from(pairs), Uint32Array.from(chars)];
}
