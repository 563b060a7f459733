// Shared normalisation for every language feature: one pass over the text gives the folded words
// (lower case, no accents), the emoji and emoticons, and a few surface counts. Sentiment, intent,
// language and listening queries all read the same tokens, so a text is scanned once per message.

/** A clause boundary (.,;:!? or a line break) kept among the words so negation stops there. */
export const BREAK = '|';

export interface AnalysedText {
  text: string;
  /** Folded words in order; mentions keep their '@'; BREAK marks clause boundaries. */
  words: string[];
  /** Emoji (one code point each, modifiers dropped) and emoticons such as ':)' or '<3'. */
  emojis: string[];
  urls: number;
  mentions: number;
  hashtags: number;
  questionMarks: number;
  exclamations: number;
  /** Words of three letters or more written all in capitals ("NUL", "SCANDALE"). */
  shouted: number;
  /** Letters seen, a cheap measure of how much language there is to judge. */
  letters: number;
}

// Latin letters with diacritics fold to their base letters; the table is built once so the hot
// loop does one array read per character instead of a Unicode normalisation per text.
const FOLD: (string | undefined)[] = [];
(function buildFoldTable() {
  const special: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd' };
  for (let c = 0xc0; c < 0x250; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (special[lower]) {
      FOLD[c] = special[lower];
      continue;
    }
    const base = lower.normalize('NFD').replace(/\p{M}/gu, '');
    if (/^[a-z]+$/.test(base)) FOLD[c] = base;
  }
})();

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc || c === 0x2018;
}

// Emoji modifiers and joiners carry no meaning of their own for us.
function isEmojiNoise(cp: number): boolean {
  return cp === 0xfe0f || cp === 0xfe0e || cp === 0x200d || (cp >= 0x1f3fb && cp <= 0x1f3ff) || cp === 0x20e3;
}

const EMOTICON_EYES = new Set([':', ';', '=', '8']);

/** Reads an emoticon at i (":-)", ";D", ":'(", "<3", "xD"), returning its canonical form and length. */
function readEmoticon(text: string, i: number): [string, number] | null {
  const c = text[i];
  if (c === '<' && text[i + 1] === '3') return ['<3', 2];
  if ((c === 'x' || c === 'X') && text[i + 1] === 'D' && !isWordAt(text, i - 1) && !isWordAt(text, i + 2)) return [':D', 2];
  if (!EMOTICON_EYES.has(c)) return null;
  let j = i + 1;
  if (text[j] === '-' || text[j] === "'" || text[j] === '’') j++;
  const m = text[j];
  if (m === undefined || isWordAt(text, j + 1)) return null;
  let mouth: string | null = null;
  if (m === ')' || m === ']' || m === 'D' || m === '}') mouth = ')';
  else if (m === '(' || m === '[' || m === '{') mouth = '(';
  else if (m === 'P' || m === 'p') mouth = 'P';
  else if (m === '/' || m === '\\' || m === 's' || m === 'S' || m === '|') mouth = '/';
  else if (m === '*') mouth = '*';
  // "8)" is too often a numbered list, and "http://" must not read as ":/".
  if (!mouth || (c === '8' && mouth !== ')') || (m === '/' && text[j + 1] === '/')) return null;
  if (c === '8' && isWordAt(text, i - 1)) return null;
  const crying = text[i + 1] === "'" || text[i + 1] === '’';
  const eyes = c === ';' ? ';' : ':';
  return [crying ? ":'(" : eyes + mouth, j + 1 - i];
}

function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return isAsciiWordChar(c) || (c >= 0xc0 && c < 0x250);
}

/** Folds one string the way words are folded: lower case, accents removed, other characters kept. */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if (c < 0xc0) out += s[i];
    else if (c < 0x250) out += FOLD[c] ?? s[i].toLowerCase();
    else out += s[i].toLowerCase();
  }
  return out;
}

// Scanner state lives at module level so that analysing a text allocates no closures; the
// function is synchronous and never re-entered, so one set suffices.
let words: string[] = [];
let lowered = '';
let sliceable = true;
let source = '';
let start = -1;
let built: string | null = null;
let upper = 0, lower = 0, runChar = -1, runLen = 0;
let urls = 0, shouted = 0;

function endWord(end: number): void {
  if (start >= 0) {
    const word = built ?? lowered.slice(start, end);
    if (word === 'http' || word === 'https') urls++;
    else {
      words.push(word);
      if (upper >= 3 && lower === 0) shouted++;
    }
  }
  start = -1; built = null;
  upper = 0; lower = 0; runChar = -1; runLen = 0;
}

function pushBreak(end: number): void {
  endWord(end);
  if (words.length > 0 && words[words.length - 1] !== BREAK) words.push(BREAK);
}

function ensureBuilt(at: number): void {
  if (built === null) built = start >= 0 ? lowered.slice(start, at) : '';
}

// Most words are plain ASCII and are taken as one slice of the lower-cased text; a word is built
// character by character only from its first accent, cut elongation or joined apostrophe on.
// Elongations ("trooop", "nuuul") are capped at two letters; the lexicons try the single form.
// `folded` is the folded form when it differs from the lower-cased character, else null.
function append(at: number, code: number, folded: string | null): void {
  if (start < 0) {
    start = at;
    if (!sliceable) built = '';
  }
  if (code === runChar) {
    if (++runLen > 2) { ensureBuilt(at); return; }
  } else {
    runChar = code;
    runLen = 1;
  }
  if (folded !== null) { ensureBuilt(at); built += folded; }
  else if (built !== null) built += sliceable ? lowered[at] : source[at].toLowerCase();
}

export function analyseText(text: string): AnalysedText {
  words = [];
  source = text;
  lowered = text.toLowerCase();
  sliceable = lowered.length === text.length;
  start = -1; built = null;
  upper = 0; lower = 0; runChar = -1; runLen = 0;
  urls = 0; shouted = 0;
  const emojis: string[] = [];
  let mentions = 0, hashtags = 0, questionMarks = 0, exclamations = 0, letters = 0;

  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      if (start < 0 && (c === 104 || c === 119) && startsUrl(text, i)) {
        i = skipToSpace(text, i) - 1;
        urls++;
        continue;
      }
      if (c === 120 && start < 0) {
        const emo = readEmoticon(text, i);
        if (emo) { emojis.push(emo[0]); i += emo[1] - 1; continue; }
      }
      letters++; lower++;
      append(i, c, null);
    } else if (c >= 65 && c <= 90) {
      if (c === 88 && start < 0) {
        const emo = readEmoticon(text, i);
        if (emo) { emojis.push(emo[0]); i += emo[1] - 1; continue; }
      }
      letters++; upper++;
      append(i, c + 32, null);
    } else if (c >= 48 && c <= 57) {
      if (c === 56 && start < 0) {
        const emo = readEmoticon(text, i);
        if (emo) { emojis.push(emo[0]); i += emo[1] - 1; continue; }
      }
      append(i, c, null);
    } else if (c >= 0xc0 && c < 0x250 && FOLD[c] !== undefined) {
      letters++;
      if (text[i] === text[i].toLowerCase()) lower++; else upper++;
      const f = FOLD[c]!;
      append(i, f.charCodeAt(0), f);
    } else if (isApostrophe(c)) {
      // English "don't" stays one word ("dont"); French elision ("l'avion", "j'ai") splits.
      const next = text.charCodeAt(i + 1);
      if (start >= 0 && (next === 116 || next === 84) && !isWordAt(text, i + 2)) { ensureBuilt(i); continue; }
      endWord(i);
    } else if (c === 64) { // @mention
      endWord(i);
      let j = i + 1;
      while (j < n && (isAsciiWordChar(text.charCodeAt(j)) || text.charCodeAt(j) === 95)) j++;
      if (j > i + 1) {
        words.push('@' + text.slice(i + 1, j).toLowerCase());
        mentions++;
        i = j - 1;
      }
    } else if (c === 35) { // #hashtag: the word itself counts
      endWord(i);
      if (isWordAt(text, i + 1)) hashtags++;
    } else if (c === 63 || c === 0xbf) {
      questionMarks++;
      pushBreak(i);
    } else if (c === 33 || c === 0xa1) {
      exclamations++;
      pushBreak(i);
    } else if (c === 58 || c === 59 || c === 61 || c === 60) {
      const emo = readEmoticon(text, i);
      if (emo) {
        endWord(i);
        emojis.push(emo[0]);
        i += emo[1] - 1;
      } else if (c !== 61 && c !== 60) pushBreak(i);
      else endWord(i);
    } else if (c === 46 || c === 44 || c === 10 || c === 0x2026) {
      // A dot inside a number or a name ("1.5", "e.g") is not a clause boundary.
      if ((c === 46 || c === 44) && isWordAt(text, i + 1) && start >= 0) endWord(i);
      else pushBreak(i);
    } else if (c < 0x250) {
      endWord(i);
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i)!;
      endWord(i);
      i++;
      if (!isEmojiNoise(cp) && cp >= 0x1f000) emojis.push(String.fromCodePoint(cp));
    } else if (isEmojiNoise(c)) {
      continue;
    } else if ((c >= 0x2600 && c <= 0x27bf) || c === 0x2665 || c === 0x2764) {
      endWord(i);
      emojis.push(text[i]);
    } else if (LETTER_OR_DIGIT.test(text[i])) {
      letters++;
      append(i, c, text[i].toLowerCase());
    } else {
      endWord(i);
    }
  }
  endWord(n);
  if (words.length > 0 && words[words.length - 1] === BREAK) words.pop();
  const result = { text, words, emojis, urls, mentions, hashtags, questionMarks, exclamations, shouted, letters };
  words = [];
  source = '';
  lowered = '';
  return result;
}

function startsUrl(text: string, i: number): boolean {
  return text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i);
}

function skipToSpace(text: string, i: number): number {
  while (i < text.length && text.charCodeAt(i) > 32) i++;
  return i;
}

/** The words of a text without clause marks, for callers that only need the vocabulary. */
export function tokenize(text: string): string[] {
  return analyseText(text).words.filter((w) => w !== BREAK);
}

/** Collapses doubled letters ("trop" from "troop"), the fallback form lexicons try last. */
export function undouble(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (word[i] !== word[i - 1]) out += word[i];
  return out;
}
