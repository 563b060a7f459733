// The words a term can match, read from folded text. Besides each plain word, two kinds of
// disguise are rebuilt into candidate words:
// - letters spaced out or dotted apart ("f r e e", "g.r.a.t.u.i.t"): runs of one-letter words;
// - words cut by punctuation without a space ("gra.tuit", "fr-ee"): neighbours joined.
// Spaces between longer fragments ("the rapist") are left alone: joining them would turn ordinary
// sentences into false alarms.
//
// Words are compared in squeezed form: repeated letters collapse into one with their count kept,
// so "graaatuit" can match "gratuit" while "salle" still differs from "sale" (see runMatches).

import { APOS, DIGIT, LEET, LETTER, NEWLINE, PUNCT, SPACE, type FoldedText } from './normalise.ts';

export interface Squeezed {
  key: string;
  runs: number[];
}

export function squeeze(s: string): Squeezed {
  let key = '';
  const runs: number[] = [];
  let prev = '';
  for (const c of s) {
    if (c === prev) runs[runs.length - 1]++;
    else {
      key += c;
      runs.push(1);
      prev = c;
    }
  }
  return { key, runs };
}

/**
 * A text run matches a term run of the same length, or stands for it when stretched to three or
 * more ("graaatuit", "freeee"). Two for one is refused: doubled letters are ordinary spelling.
 */
export function runMatches(text: number, term: number): boolean {
  return text === term || (text >= 3 && text >= term);
}

export interface Token {
  u0: number;
  u1: number;
  /** Readings of the word, digits and symbols taken as letters where they can be ("sh1t": shit, shlt, sh1t). */
  spellings: string[];
  squeezed: Squeezed[];
}

export interface Candidate {
  start: number;
  end: number;
  squeezed: Squeezed[];
  /**
   * Spaced-out letters carry no word boundary: "g r a t u i t e m e n t" could stop anywhere, so a
   * prefix term ("gratuit*") matches only its own letters there.
   */
  wholeOnly: boolean;
}

// Digits and symbols that stand for letters inside a word. '1' is ambiguous, so both readings.
const LEET_LETTERS: Record<string, string[]> = {
  '0': ['o'], '1': ['i', 'l'], '3': ['e'], '4': ['a'], '5': ['s'], '7': ['t'], '@': ['a'], '$': ['s'],
};
const MAX_SPELLINGS = 8;
const SEPARATOR_LETTERS: Record<string, string[]> = { '!': ['', 'i'], '|': ['', 'i', 'l'] };

function isWordUnit(cls: number): boolean {
  return cls === LETTER || cls === DIGIT || cls === LEET;
}

function optionsFor(f: FoldedText, u: number, edge: boolean, hasLetter: boolean): string[] {
  const c = f.chars[u];
  const cls = f.cls[u];
  if (cls === LETTER) return [c];
  const leet = hasLetter ? LEET_LETTERS[c] : undefined;
  // '@' or '$' at a word's edge is more often a mention or a currency than a letter.
  if (cls === LEET) return leet ? (edge ? ['', ...leet] : leet) : [''];
  return leet ? [...leet, c] : [c];
}

function spell(f: FoldedText, units: number[], hasLetter: boolean): string[] {
  let out = [''];
  for (let k = 0; k < units.length; k++) {
    const opts = optionsFor(f, units[k], k === 0 || k === units.length - 1, hasLetter);
    if (opts.length === 1) {
      for (let i = 0; i < out.length; i++) out[i] += opts[0];
      continue;
    }
    const next: string[] = [];
    for (const o of out) for (const p of opts) if (next.length < MAX_SPELLINGS) next.push(o + p);
    // Past the cap, keep the first reading only rather than growing without bound.
    out = next.length >= out.length * opts.length ? next : out.map((o) => o + opts[0]);
  }
  return [...new Set(out.filter((s) => s.length > 0))];
}

export function tokenize(f: FoldedText): Token[] {
  const tokens: Token[] = [];
  const n = f.length;
  let u = 0;
  while (u < n) {
    if (!isWordUnit(f.cls[u])) {
      u++;
      continue;
    }
    const u0 = u;
    let plain = true;
    let hasLetter = false;
    let text = '';
    while (u < n && isWordUnit(f.cls[u])) {
      if (f.cls[u] === LETTER) hasLetter = true;
      else plain = false;
      text += f.chars[u];
      u++;
    }
    let spellings: string[];
    if (plain) spellings = [text];
    else {
      const units: number[] = [];
      for (let k = u0; k < u; k++) units.push(k);
      spellings = spell(f, units, hasLetter);
    }
    if (spellings.length > 0) tokens.push({ u0, u1: u, spellings, squeezed: spellings.map(squeeze) });
  }
  return tokens;
}

function combine(parts: string[][]): string[] {
  let out = [''];
  for (const p of parts) {
    const next: string[] = [];
    for (const o of out) for (const s of p) if (next.length < MAX_SPELLINGS) next.push(o + s);
    out = next;
  }
  return out;
}

/** Number of separator units between two tokens, or -1 when one of them is not allowed. */
function gap(f: FoldedText, a: Token, b: Token, allowed: (cls: number) => boolean): number {
  for (let u = a.u1; u < b.u0; u++) if (!allowed(f.cls[u])) return -1;
  return b.u0 - a.u1;
}

const MAX_JOINED = 8;
const MAX_SPACED = 40;

/** Whether some term could still be spelled by a word starting with this squeezed key. */
export type Viable = (key: string) => boolean;

/**
 * Words rebuilt from disguises; plain tokens are not repeated here. A word grows token by token
 * only while some term could still come out of it, so ordinary text costs one look-up per token
 * and a long run of single letters does not explode into every possible sub-run.
 */
export function disguisedCandidates(f: FoldedText, tokens: Token[], viable: Viable, viableWhole: Viable): Candidate[] {
  const out: Candidate[] = [];
  const grow = (
    i: number,
    limit: number,
    minTokens: number,
    wholeOnly: boolean,
    canFollow: (j: number) => boolean,
    spelled: (t: Token) => string[],
    joinedBy?: (j: number) => string[],
  ) => {
    let spellings = spelled(tokens[i]);
    for (let j = i; ; j++) {
      if (j > i) {
        if (j >= limit || !canFollow(j)) return;
        spellings = combine(joinedBy ? [spellings, joinedBy(j), spelled(tokens[j])] : [spellings, spelled(tokens[j])]);
      }
      const kept: string[] = [];
      const squeezed: Squeezed[] = [];
      for (const s of spellings) {
        const q = squeeze(s);
        if (wholeOnly ? viableWhole(q.key) : viable(q.key)) {
          kept.push(s);
          squeezed.push(q);
        }
      }
      if (kept.length === 0) return;
      spellings = kept;
      if (j - i + 1 >= minTokens) out.push({ start: f.start[tokens[i].u0], end: f.end[tokens[j].u1 - 1], squeezed, wholeOnly });
    }
  };
  const asWritten = (t: Token) => t.spellings;
  // A lone digit among spaced letters ("f r 3 3") reads as a letter too.
  const asLetter = (t: Token) => (f.cls[t.u0] === LETTER ? t.spellings : optionsFor(f, t.u0, false, true));
  // "sh!t", "wh|te": a lone '!' or '|' between letters may stand for one.
  const separatorAsLetter = (j: number) => SEPARATOR_LETTERS[f.chars[tokens[j].u0 - 1]] ?? [''];
  // Joined: neighbours separated by exactly one punctuation mark. Apostrophes are excluded
  // because French elision ("l'arme") would otherwise spell new words ("larme").
  const tight = (j: number) => gap(f, tokens[j - 1], tokens[j], (c) => c === PUNCT) === 1;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tight(i + 1)) grow(i, Math.min(tokens.length, i + MAX_JOINED), 2, false, tight, asWritten, separatorAsLetter);
  }
  // Spaced: three or more one-letter words with short separators on a single line. Overlaps
  // with the joined words above are harmless: hits are deduplicated by span.
  const single = (t: Token) => t.u1 - t.u0 === 1;
  const shortSep = (c: number) => c === SPACE || c === PUNCT || c === APOS;
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    let letters = 0;
    while (j < tokens.length && single(tokens[j])) {
      if (j > i) {
        const g = gap(f, tokens[j - 1], tokens[j], shortSep);
        if (g < 1 || g > 3) break;
      }
      if (f.cls[tokens[j].u0] === LETTER) letters++;
      j++;
    }
    if (j - i >= 3 && letters >= 2) {
      for (let a = i; a < j; a++) grow(a, Math.min(j, a + MAX_SPACED), 3, true, () => true, asLetter);
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Separator between two words of a phrase: short and on the same line. */
export function phraseGapOk(f: FoldedText, a: Token, b: Token): boolean {
  const g = gap(f, a, b, (c) => c !== NEWLINE);
  return g >= 1 && g <= 3;
}
