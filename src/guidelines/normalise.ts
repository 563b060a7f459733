// Folding for guideline matching. Every unit of the folded text remembers the [start, end) range
// of the original text it came from, so a match found on "gratuit" can be highlighted exactly on
// "GRÂTUIT", "gra\u0301tuit" or "grаtuit" (Cyrillic а) in the composer.
//
// One unit is one folded code point: lower case, no diacritics, compatibility forms unfolded
// (fullwidth and mathematical letters, ligatures), and letters of other scripts that look like
// Latin ones replaced by them. Combining marks and invisible characters join the unit before
// them, so they never split a word and always stay inside its span.

export const LETTER = 1;
export const DIGIT = 2;
/** '@' and '$': stand-ins for letters inside a word, separators elsewhere. */
export const LEET = 3;
export const SPACE = 4;
export const NEWLINE = 5;
export const APOS = 6;
export const PUNCT = 7;

export interface FoldedText {
  readonly source: string;
  readonly length: number;
  readonly chars: string[];
  readonly start: number[];
  readonly end: number[];
  readonly cls: number[];
}

// Letters from Cyrillic and Greek (lower case, after NFKD) that pass for Latin ones, plus Latin
// letters that NFKD leaves whole.
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', з: '3', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't',
  у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', ɡ: 'g', һ: 'h', ӏ: 'l',
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
  χ: 'x', ω: 'w', ϲ: 'c', ς: 's',
  œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd', ħ: 'h', ŧ: 't',
};

// Characters that render as nothing: a word broken by one of them must still read as one word.
const INVISIBLE = /^[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]$/u;
const MARK = /^\p{M}$/u;
const ANY_LETTER = /^\p{L}$/u;
const ANY_DIGIT = /^\p{N}$/u;
const WHITESPACE = /^\s$/u;

function classify(c: string): number {
  if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029' || c === '\u0085') return NEWLINE;
  if (c >= 'a' && c <= 'z') return LETTER;
  if (c >= '0' && c <= '9') return DIGIT;
  if (c === '@' || c === '$') return LEET;
  if (c === "'" || c === '\u2019' || c === '\u2018' || c === '\u02BC' || c === '`') return APOS;
  if (WHITESPACE.test(c)) return SPACE;
  if (ANY_LETTER.test(c)) return LETTER;
  if (ANY_DIGIT.test(c)) return DIGIT;
  return PUNCT;
}

/** null: the code point joins the previous unit (combining mark, invisible character). */
type Folding = { chars: string[]; cls: number[] } | null;

function computeFolding(cp: number): Folding {
  const ch = String.fromCodePoint(cp);
  if (MARK.test(ch) || INVISIBLE.test(ch)) return null;
  const base = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const chars: string[] = [];
  const cls: number[] = [];
  for (const c of base) {
    for (const d of LOOKALIKES[c] ?? c) {
      chars.push(d);
      cls.push(classify(d));
    }
  }
  return chars.length === 0 ? null : { chars, cls };
}

// Foldings are computed once per code point: the hot loop then costs one table read per character.
const TABLE_SIZE = 0x3000;
const table: (Folding | undefined)[] = new Array(TABLE_SIZE);
const rare = new Map<number, Folding>();
const RARE_LIMIT = 20_000;

function folding(cp: number): Folding {
  if (cp < TABLE_SIZE) {
    let f = table[cp];
    if (f === undefined) f = table[cp] = computeFolding(cp);
    return f;
  }
  let f = rare.get(cp);
  if (f === undefined) {
    f = computeFolding(cp);
    if (rare.size < RARE_LIMIT) rare.set(cp, f);
  }
  return f;
}

export function foldText(source: string): FoldedText {
  const chars: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const cls: number[] = [];
  for (let i = 0; i < source.length; ) {
    const cp = source.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const f = folding(cp);
    if (f === null) {
      // Stretch every unit produced by the previous code point ("œ" gives two) over the mark.
      const n = chars.length;
      if (n > 0 && end[n - 1] === i) {
        for (let k = n - 1; k >= 0 && end[k] === i; k--) end[k] = i + width;
      }
    } else {
      for (let k = 0; k < f.chars.length; k++) {
        chars.push(f.chars[k]);
        cls.push(f.cls[k]);
        start.push(i);
        end.push(i + width);
      }
    }
    i += width;
  }
  return { source, length: chars.length, chars, start, end, cls };
}

/** The folded string alone, for comparing configured values (tags, domains) with text. */
export function foldString(s: string): string {
  return foldText(s).chars.join('');
}

/** Original span covered by folded units [u0, u1). */
export function unitSpan(f: FoldedText, u0: number, u1: number): [number, number] {
  return [f.start[u0], f.end[u1 - 1]];
}
