// A small matcher for weighted word patterns over folded words, shared by intent and risk. Patterns
// are compiled once and indexed by their first word, so a message costs one map lookup per word
// plus the few patterns that can start there. Syntax, comma-separated:
//   word     that exact word          word*    any word starting so
//   a/b/c    any of these             ..       up to three other words (not across a sentence end)
import { BREAK, fold } from './text.ts';

const MAX_GAP = 3;
const CACHE_LIMIT = 50_000;

interface Element { words: string[]; prefixes: string[]; gap: boolean }

export interface Pattern {
  id: number;
  /** Index of the class the pattern speaks for (an intent, a risk category). */
  group: number;
  weight: number;
  source: string;
  elements: Element[];
}

function parseElement(raw: string): Element {
  if (raw === '..') return { words: [], prefixes: [], gap: true };
  const words: string[] = [];
  const prefixes: string[] = [];
  for (const alt of raw.split('/')) {
    if (alt.endsWith('*')) prefixes.push(alt.slice(0, -1));
    else words.push(alt);
  }
  return { words, prefixes, gap: false };
}

function elementMatches(e: Element, word: string): boolean {
  for (const w of e.words) if (w === word) return true;
  for (const p of e.prefixes) if (word.startsWith(p)) return true;
  return false;
}

/** Where the match of elements[k..] starting at pos ends (exclusive), or -1. */
function matchFrom(words: readonly string[], elements: Element[], k: number, pos: number): number {
  if (k === elements.length) return pos;
  const e = elements[k];
  if (e.gap) {
    for (let skip = 0; skip <= MAX_GAP && pos + skip <= words.length; skip++) {
      if (skip > 0 && words[pos + skip - 1] === BREAK) return -1;
      const end = matchFrom(words, elements, k + 1, pos + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const w = words[pos];
  if (w === undefined || w === BREAK || !elementMatches(e, w)) return -1;
  return matchFrom(words, elements, k + 1, pos + 1);
}

function push(map: Map<string, Pattern[]>, key: string, p: Pattern): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

const NONE: Pattern[] = [];

export class PatternSet {
  readonly patterns: Pattern[] = [];
  private readonly byWord = new Map<string, Pattern[]>();
  private readonly byPrefix = new Map<string, Pattern[]>();
  private prefixLengths: number[] = [];
  private readonly cache = new Map<string, Pattern[]>();
  // Stamps instead of a per-call set: a pattern counts once per message without allocating.
  private seen = new Uint32Array(0);
  private stamp = 0;

  /** Adds every comma-separated pattern of a list under one group and weight. */
  add(group: number, weight: number, list: string): this {
    for (const source of list.split(',')) {
      const text = fold(source).trim().replace(/\s+/g, ' ');
      if (!text) continue;
      const elements = text.split(' ').map(parseElement);
      if (elements[0].gap) throw new Error(`a pattern cannot start with "..": ${source}`);
      const p: Pattern = { id: this.patterns.length, group, weight, source: text, elements };
      this.patterns.push(p);
      for (const w of elements[0].words) push(this.byWord, w, p);
      for (const w of elements[0].prefixes) push(this.byPrefix, w, p);
    }
    this.prefixLengths = [...new Set([...this.byPrefix.keys()].map((k) => k.length))].sort((a, b) => a - b);
    this.seen = new Uint32Array(this.patterns.length);
    this.cache.clear();
    return this;
  }

  /** Patterns that may start at a word, resolved once per distinct word. */
  private candidates(word: string): Pattern[] {
    const hit = this.cache.get(word);
    if (hit) return hit;
    let found: Pattern[] | undefined = this.byWord.get(word);
    for (const len of this.prefixLengths) {
      if (len > word.length) break;
      const more = this.byPrefix.get(word.slice(0, len));
      if (more) found = found ? found.concat(more) : more;
    }
    const result = found ?? NONE;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  /**
   * Calls onHit once per pattern found in the words (first occurrence, words[start..end)).
   * skip(i, p) lets the caller veto a pattern at a position, e.g. after a negation.
   */
  scan(
    words: readonly string[],
    onHit: (p: Pattern, start: number, end: number) => void,
    skip?: (at: number, p: Pattern) => boolean,
  ): void {
    this.stamp = (this.stamp + 1) >>> 0 || 1;
    const stamp = this.stamp;
    const seen = this.seen;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w === BREAK || w.charCodeAt(0) === 64) continue;
      const list = this.candidates(w);
      for (const p of list) {
        if (seen[p.id] === stamp) continue;
        if (skip && skip(i, p)) continue;
        const end = matchFrom(words, p.elements, 1, i + 1);
        if (end >= 0) {
          seen[p.id] = stamp;
          onHit(p, i, end);
        }
      }
    }
  }
}
