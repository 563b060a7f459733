// One dictionary for every term of a rule set (forbidden terms, legal triggers, profanity), so
// a message is read once however many term rules apply: each candidate word costs a few map
// look-ups, not one comparison per term. Each group of terms ("owner") keeps its own exceptions.

import { DIGIT, LETTER, foldText, type FoldedText } from './normalise.ts';
import { disguisedCandidates, phraseGapOk, runMatches, squeeze, tokenize, type Squeezed, type Token } from './words.ts';

export interface TermHit {
  owner: number;
  /** Index of the term in the owner's term list. */
  term: number;
  start: number;
  end: number;
}

interface Entry {
  owner: number;
  term: number;
  exception: boolean;
  runs: number[];
}

interface PhraseEntry {
  owner: number;
  term: number;
  exception: boolean;
  words: Squeezed[];
  lastPrefix: boolean;
}

export interface ParsedTerm {
  words: Squeezed[];
  prefix: boolean;
}

// Joining a phrase's words ("sansrisque") catches it written without spaces; too short a join
// would start spelling ordinary words.
const MIN_JOINED_PHRASE = 5;

/**
 * Terms are read with the text's own folding, as written: no look-alike reading, so a configured
 * "covid19" keeps its digits. Symbols act as separators. Returns null when nothing is left.
 */
export function parseTerm(raw: string): ParsedTerm | null {
  let s = raw.trim();
  const prefix = s.endsWith('*');
  if (prefix) s = s.slice(0, -1);
  const f = foldText(s);
  const words: Squeezed[] = [];
  let cur = '';
  for (let u = 0; u < f.length; u++) {
    const c = f.cls[u];
    if (c === LETTER || c === DIGIT) cur += f.chars[u];
    else if (cur) {
      words.push(squeeze(cur));
      cur = '';
    }
  }
  if (cur) words.push(squeeze(cur));
  return words.length === 0 ? null : { words, prefix };
}

function prefixRunsMatch(text: number[], term: number[]): boolean {
  if (text.length < term.length) return false;
  const last = term.length - 1;
  for (let k = 0; k < last; k++) if (!runMatches(text[k], term[k])) return false;
  // The word goes on after the prefix, so its last letter may repeat further ("gras*" / "grasse").
  return text[last] >= term[last];
}

function runsMatch(text: number[], term: number[]): boolean {
  if (text.length !== term.length) return false;
  for (let k = 0; k < term.length; k++) if (!runMatches(text[k], term[k])) return false;
  return true;
}

function wordMatches(w: Squeezed, term: Squeezed, prefix: boolean): boolean {
  if (prefix) return w.key.startsWith(term.key) && prefixRunsMatch(w.runs, term.runs);
  return w.key === term.key && runsMatch(w.runs, term.runs);
}

export class TermIndex {
  private exact = new Map<string, Entry[]>();
  private prefixes = new Map<string, Entry[]>();
  private prefixLengths: number[] = [];
  private phrases = new Map<string, PhraseEntry[]>();
  /** Every beginning of every single-word key, so disguised words stop growing early. */
  private beginnings = new Set<string>();
  private owners = 0;

  /** Registers a group of terms with its exceptions; returns the owner id its hits carry. */
  add(terms: string[], exceptions: string[] = []): number {
    const owner = this.owners++;
    terms.forEach((t, i) => this.addTerm(owner, i, t, false));
    exceptions.forEach((t, i) => this.addTerm(owner, i, t, true));
    return owner;
  }

  private addTerm(owner: number, term: number, raw: string, exception: boolean): void {
    const parsed = parseTerm(raw);
    if (!parsed) return;
    const { words, prefix } = parsed;
    if (words.length > 1) {
      (this.phrases.get(words[0].key) ?? this.phrases.set(words[0].key, []).get(words[0].key)!).push({
        owner, term, exception, words, lastPrefix: prefix,
      });
      const joined = squeeze(words.map((w) => unsqueeze(w)).join(''));
      if (joined.key.length >= MIN_JOINED_PHRASE) this.addWord(owner, term, joined, prefix, exception);
      return;
    }
    this.addWord(owner, term, words[0], prefix, exception);
  }

  private addWord(owner: number, term: number, w: Squeezed, prefix: boolean, exception: boolean): void {
    const map = prefix ? this.prefixes : this.exact;
    const entry: Entry = { owner, term, exception, runs: w.runs };
    (map.get(w.key) ?? map.set(w.key, []).get(w.key)!).push(entry);
    for (let k = 1; k <= w.key.length; k++) this.beginnings.add(w.key.slice(0, k));
    if (prefix && !this.prefixLengths.includes(w.key.length)) {
      this.prefixLengths.push(w.key.length);
      this.prefixLengths.sort((a, b) => a - b);
    }
  }

  private readonly viable = (key: string): boolean => {
    if (this.beginnings.has(key)) return true;
    // Past the end of a "gratuit*" term the word may go on ("g r a t u i t e").
    for (const len of this.prefixLengths) {
      if (len > key.length) break;
      if (this.prefixes.has(key.slice(0, len))) return true;
    }
    return false;
  };

  private readonly viableWhole = (key: string): boolean => this.beginnings.has(key);

  /** Hits per owner, exceptions applied, nested hits folded into the longest one, in text order. */
  find(f: FoldedText, active?: ReadonlySet<number>): Map<number, TermHit[]> {
    const raw: RawHit[] = [];
    const seen = new Set<string>();
    const record = (e: { owner: number; term: number; exception: boolean }, start: number, end: number) => {
      if (active && !active.has(e.owner)) return;
      const id = `${e.owner}:${e.exception ? 'x' : ''}${e.term}:${start}:${end}`;
      if (seen.has(id)) return;
      seen.add(id);
      raw.push({ owner: e.owner, term: e.term, exception: e.exception, start, end });
    };
    const lookWord = (w: Squeezed, start: number, end: number, wholeOnly = false) => {
      const list = this.exact.get(w.key);
      if (list) for (const e of list) if (runsMatch(w.runs, e.runs)) record(e, start, end);
      for (const len of this.prefixLengths) {
        if (len > w.key.length) break;
        if (wholeOnly && len < w.key.length) continue;
        const plist = this.prefixes.get(w.key.slice(0, len));
        if (plist) for (const e of plist) if (prefixRunsMatch(w.runs, e.runs)) record(e, start, end);
      }
    };

    const tokens = tokenize(f);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const start = f.start[t.u0];
      const end = f.end[t.u1 - 1];
      for (const w of t.squeezed) {
        lookWord(w, start, end);
        const phrases = this.phrases.get(w.key);
        if (phrases) for (const p of phrases) this.matchPhrase(f, tokens, i, w, p, record);
      }
    }
    for (const c of disguisedCandidates(f, tokens, this.viable, this.viableWhole)) {
      for (const w of c.squeezed) lookWord(w, c.start, c.end, c.wholeOnly);
    }
    return resolve(raw);
  }

  private matchPhrase(
    f: FoldedText,
    tokens: Token[],
    i: number,
    first: Squeezed,
    p: PhraseEntry,
    record: (e: PhraseEntry, start: number, end: number) => void,
  ): void {
    const n = p.words.length;
    if (i + n > tokens.length || !runsMatch(first.runs, p.words[0].runs)) return;
    for (let k = 1; k < n; k++) {
      const t = tokens[i + k];
      if (!phraseGapOk(f, tokens[i + k - 1], t)) return;
      const prefix = p.lastPrefix && k === n - 1;
      if (!t.squeezed.some((w) => wordMatches(w, p.words[k], prefix))) return;
    }
    record(p, f.start[tokens[i].u0], f.end[tokens[i + n - 1].u1 - 1]);
  }
}

function unsqueeze(w: Squeezed): string {
  let s = '';
  let k = 0;
  for (const c of w.key) s += c.repeat(w.runs[k++]);
  return s;
}

type RawHit = TermHit & { exception: boolean };

const byStart = (a: RawHit, b: RawHit) => a.start - b.start || b.end - a.end;

// Sweeps in text order so that a message full of hits stays linear after sorting.
function resolve(raw: RawHit[]): Map<number, TermHit[]> {
  const byOwner = new Map<number, RawHit[]>();
  for (const h of raw) (byOwner.get(h.owner) ?? byOwner.set(h.owner, []).get(h.owner)!).push(h);
  const out = new Map<number, TermHit[]>();
  for (const [owner, hits] of byOwner) {
    const allowed = hits.filter((h) => h.exception).sort(byStart);
    const terms = hits.filter((h) => !h.exception).sort(byStart);
    const kept: TermHit[] = [];
    let a = 0;
    let allowedEnd = -1;
    let keptEnd = -1;
    for (const h of terms) {
      while (a < allowed.length && allowed[a].start <= h.start) allowedEnd = Math.max(allowedEnd, allowed[a++].end);
      // Inside an allowed phrase ("feel free"): not a finding.
      if (allowedEnd >= h.end) continue;
      // Inside a longer hit ("risque" within "sans risque"), or the same span reached through
      // another term or spelling: one finding is enough.
      if (keptEnd >= h.end) continue;
      kept.push({ owner, term: h.term, start: h.start, end: h.end });
      keptEnd = Math.max(keptEnd, h.end);
    }
    if (kept.length > 0) out.set(owner, kept);
  }
  return out;
}
