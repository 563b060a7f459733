// Lexicon-based sentiment for French and English over the shared tokens: word scores, two- and
// three-word expressions, negation with a short scope that stops at clause boundaries, intensifiers,
// contrast ("bien mais trop cher"), emoji, emoticons and emphasis. One scorer, two lexicons.
import { BREAK, fold, tokenize, undouble, type AnalysedText } from './text.ts';
import type { Lang } from './language.ts';
import {
  FR_CONTRASTS, FR_INTENSIFIERS, FR_NEGATOR_PHRASES, FR_NEGATORS, FR_NEUTRAL, FR_SENTIMENT,
} from './sentiment-lexicon.fr.ts';
import {
  AFINN, EMOJI_RANKING, EMOTICON_SCORES, EN_CONTRASTS, EN_INTENSIFIERS, EN_NEGATORS, EN_OVERRIDES,
} from './sentiment-lexicon.en.ts';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface SentimentResult {
  label: SentimentLabel;
  /** In [-1, 1]; 0 when nothing in the text carries sentiment. */
  score: number;
}

const enum Kind { Sentiment, Negator, Intensifier, Contrast }
interface Entry { kind: Kind; value: number }

interface Lexicon {
  words: Map<string, Entry>;
  prefixes: Map<string, Entry>;
  phrases: Map<string, Entry>;
  phraseStarts: Set<string>;
  /** Every word met so far, resolved once: ingest sees the same few thousand words again and again. */
  cache: Map<string, Entry | null>;
}

const CACHE_LIMIT = 50_000;
/** How many words a negator reaches; "ne" reaches further to cover "ne suis plus content". */
const NEGATION_SCOPE = 3;
const NE_SCOPE = 4;
/** Compression of the raw sum into [-1, 1], as in VADER: s / sqrt(s² + ALPHA). */
const ALPHA = 12;
export const NEUTRAL_BAND = 0.2;

function newLexicon(): Lexicon {
  return { words: new Map(), prefixes: new Map(), phrases: new Map(), phraseStarts: new Set(), cache: new Map() };
}

// Entries are folded and split with the same tokenizer as messages, so "remboursez-moi" or
// "can't stand" in a list matches the words the text produces. The first entry of a key wins.
function add(lex: Lexicon, raw: string, entry: Entry): void {
  const prefix = raw.endsWith('*');
  const parts = tokenize(fold(prefix ? raw.slice(0, -1) : raw).replace(/_/g, ' '));
  if (parts.length === 0) return;
  if (parts.length > 1) {
    const key = parts.join(' ');
    if (!lex.phrases.has(key)) lex.phrases.set(key, entry);
    lex.phraseStarts.add(parts[0]);
  } else if (prefix) {
    if (!lex.prefixes.has(parts[0])) lex.prefixes.set(parts[0], entry);
  } else if (!lex.words.has(parts[0])) {
    lex.words.set(parts[0], entry);
  }
}

function addList(lex: Lexicon, list: string, entry: Entry): void {
  for (const w of list.split(/\s+/)) if (w) add(lex, w, entry);
}

const FR = newLexicon();
for (const w of FR_NEUTRAL) add(FR, w, { kind: Kind.Sentiment, value: 0 });
for (const [score, list] of FR_NEGATOR_PHRASES) addList(FR, list, { kind: Kind.Negator, value: score });
for (const w of FR_NEGATORS) add(FR, w, { kind: Kind.Negator, value: 0 });
for (const w of FR_CONTRASTS) add(FR, w, { kind: Kind.Contrast, value: 0 });
for (const [score, list] of FR_SENTIMENT) addList(FR, list, { kind: Kind.Sentiment, value: score });
for (const [factor, list] of FR_INTENSIFIERS) addList(FR, list, { kind: Kind.Intensifier, value: factor });

const EN = newLexicon();
for (const w of EN_NEGATORS) add(EN, w, { kind: Kind.Negator, value: 0 });
for (const w of EN_CONTRASTS) add(EN, w, { kind: Kind.Contrast, value: 0 });
for (const [w, score] of Object.entries(EN_OVERRIDES)) add(EN, w, { kind: Kind.Sentiment, value: score });
for (const [w, score] of Object.entries(AFINN)) add(EN, w, { kind: Kind.Sentiment, value: score });
for (const [factor, list] of EN_INTENSIFIERS) addList(EN, list, { kind: Kind.Intensifier, value: factor });

// Negators and contrasts are registered first so that a score never hides them; intensifiers come
// last, and those that also carry a meaning alone ("super", "so") keep both readings: the scorer
// picks one from what follows.
const DUAL: Map<string, number> = new Map();
for (const lex of [FR, EN]) {
  for (const [factor, list] of lex === FR ? FR_INTENSIFIERS : EN_INTENSIFIERS) {
    for (const w of list.split(/\s+/)) if (w && !w.includes('_')) DUAL.set(fold(w), factor);
  }
}

const EMOJI_SCORES = new Map<string, number>(Object.entries(EMOJI_RANKING));
for (const [e, s] of Object.entries(EMOTICON_SCORES)) EMOJI_SCORES.set(e, s);

function resolve(lex: Lexicon, word: string): Entry | null {
  const hit = lex.cache.get(word);
  if (hit !== undefined) return hit;
  const found = resolveUncached(lex, word);
  if (lex.cache.size >= CACHE_LIMIT) lex.cache.clear();
  lex.cache.set(word, found);
  return found;
}

function resolveUncached(lex: Lexicon, word: string): Entry | null {
  const forms = [word];
  // Plural and feminine endings, then elongations ("nuul").
  if (word.length > 3 && (word.endsWith('s') || word.endsWith('x'))) forms.push(word.slice(0, -1));
  const last = forms[forms.length - 1];
  if (last.length > 3 && last.endsWith('e')) forms.push(last.slice(0, -1));
  const single = undouble(word);
  if (single !== word) forms.push(single);
  for (const f of forms) {
    const e = lex.words.get(f);
    if (e) return e;
  }
  for (const f of forms) {
    for (let len = f.length; len >= 3; len--) {
      const e = lex.prefixes.get(len === f.length ? f : f.slice(0, len));
      if (e) return e;
    }
  }
  return null;
}

function matchPhrase(lex: Lexicon, words: string[], i: number): [Entry, number] | null {
  if (!lex.phraseStarts.has(words[i])) return null;
  const w1 = words[i + 1];
  if (w1 === undefined || w1 === BREAK) return null;
  const w2 = words[i + 2];
  if (w2 !== undefined && w2 !== BREAK) {
    const e3 = lex.phrases.get(words[i] + ' ' + w1 + ' ' + w2);
    if (e3) return [e3, 3];
  }
  const e2 = lex.phrases.get(words[i] + ' ' + w1);
  return e2 ? [e2, 2] : null;
}

/** Raw (uncompressed) lexicon sum of the words of a text in one language. */
function lexiconSum(lex: Lexicon, words: string[]): { sum: number; hits: number } {
  let before = 0;
  let current = 0;
  let contrasted = false;
  let negatedUntil = -1;
  let factor = 1;
  let factorUntil = -1;
  let hits = 0;
  // A negation that is a complaint by itself ("toujours pas") counts unless it negates a word.
  let pendingNegation = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === BREAK) { negatedUntil = -1; factorUntil = -1; pendingNegation = 0; continue; }
    if (w.charCodeAt(0) === 64) continue;
    let entry: Entry | null;
    let span = 1;
    const phrase = matchPhrase(lex, words, i);
    if (phrase) { entry = phrase[0]; span = phrase[1]; } else entry = resolve(lex, w);
    if (entry === null) continue;
    if (entry.kind === Kind.Negator) {
      if (entry.value !== 0) {
        current += entry.value;
        pendingNegation = entry.value;
        hits++;
      }
      negatedUntil = i + span - 1 + (w === 'ne' || w === 'n' ? NE_SCOPE : NEGATION_SCOPE);
      i += span - 1;
      continue;
    }
    if (entry.kind === Kind.Contrast) {
      pendingNegation = 0;
      before += current;
      current = 0;
      contrasted = true;
      negatedUntil = -1;
      i += span - 1;
      continue;
    }
    if (entry.kind === Kind.Intensifier || (span === 1 && DUAL.has(w) && nextIsSentiment(lex, words, i))) {
      factor = entry.kind === Kind.Intensifier ? entry.value : DUAL.get(w)!;
      factorUntil = i + span + 1;
      // "jamais été aussi bien": a comparative, not a negation of what follows.
      if (span > 1) negatedUntil = -1;
      i += span - 1;
      continue;
    }
    let s = entry.value;
    if (i <= factorUntil) s *= factor;
    factorUntil = -1;
    // A negated positive turns clearly negative; a negated negative only mildly positive
    // ("pas mauvais" is faint praise, "pas content" is a complaint).
    if (i <= negatedUntil) {
      s = s > 0 ? -0.9 * s : -0.5 * s;
      current -= pendingNegation;
      pendingNegation = 0;
    }
    current += s;
    hits++;
    i += span - 1;
  }
  return { sum: contrasted ? 0.5 * before + 1.5 * current : current, hits };
}

function nextIsSentiment(lex: Lexicon, words: string[], i: number): boolean {
  for (let j = i + 1; j <= i + 2 && j < words.length; j++) {
    const w = words[j];
    if (w === BREAK) return false;
    const e = matchPhrase(lex, words, j)?.[0] ?? resolve(lex, w);
    if (e && e.kind === Kind.Sentiment && e.value !== 0) return true;
  }
  return false;
}

export function scoreSentiment(a: AnalysedText, lang: Lang): SentimentResult {
  let sum: number;
  if (lang === 'fr') sum = lexiconSum(FR, a.words).sum;
  else if (lang === 'en') sum = lexiconSum(EN, a.words).sum;
  else {
    // Neither language: whichever lexicon recognises more of the text speaks for it.
    const fr = lexiconSum(FR, a.words);
    const en = lexiconSum(EN, a.words);
    sum = fr.hits >= en.hits ? fr.sum : en.sum;
  }
  for (const e of a.emojis) sum += EMOJI_SCORES.get(e) ?? 0;
  // Exclamation marks and capitals raise the volume of whatever was said, not its direction.
  if (sum !== 0) {
    const emphasis = 1 + 0.1 * Math.min(a.exclamations, 3) + 0.15 * Math.min(a.shouted, 2);
    sum *= emphasis;
  }
  const score = sum / Math.sqrt(sum * sum + ALPHA);
  const rounded = Math.round(score * 1000) / 1000;
  const label: SentimentLabel = rounded >= NEUTRAL_BAND ? 'positive' : rounded <= -NEUTRAL_BAND ? 'negative' : 'neutral';
  return { label, score: rounded };
}
