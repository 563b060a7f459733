// Rules about the message as a whole rather than about words in it: advertising disclosure,
// length per network, the reply's language, and the crisis freeze.

import { DIGIT, LETTER, foldText, type FoldedText } from '../normalise.ts';
import type { CompiledCheck, RawFinding } from './rule-kit.ts';
import type { RuleOf, Severity, Span } from '../guidelines.types.ts';

/** True when one of the tags stands as a whole tag: "#ad" does not count inside "#adidas". */
export function hasTag(f: FoldedText, tag: string): boolean {
  const t = foldText(tag.trim()).chars;
  if (t.length === 0) return false;
  const wordish = (u: number) => u >= 0 && u < f.length && (f.cls[u] === LETTER || f.cls[u] === DIGIT);
  outer: for (let u = 0; u + t.length <= f.length; u++) {
    for (let k = 0; k < t.length; k++) if (f.chars[u + k] !== t[k]) continue outer;
    if (t[0] !== '#' && wordish(u - 1)) continue;
    if (wordish(u + t.length)) continue;
    return true;
  }
  return false;
}

export function compileDisclosure(rule: RuleOf<'disclosure'>): CompiledCheck {
  const { tags } = rule.params;
  const list = tags.join(', ');
  return {
    check: (ctx): RawFinding[] => {
      if (ctx.input.promotional !== true) return [];
      const f = ctx.folded();
      if (tags.some((tag) => hasTag(f, tag))) return [];
      return [{
        message: {
          fr: `Message promotionnel sans mention de publicité (${list})`,
          en: `Promotional message without an advertising disclosure (${list})`,
        },
        span: null,
      }];
    },
  };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Below U+0300 no character joins its neighbour into one grapheme (combining marks, joiners,
// emoji modifiers, Hangul and flags all come later), except CR LF. Only the stretches around
// other characters go through Intl.Segmenter, which is slow enough to matter at every keystroke.
const SIMPLE_LIMIT = 0x300;

function safeBoundary(text: string, k: number): boolean {
  if (k <= 0 || k >= text.length) return true;
  const a = text.charCodeAt(k - 1);
  const b = text.charCodeAt(k);
  return a < SIMPLE_LIMIT && b < SIMPLE_LIMIT && !(a === 13 && b === 10);
}

// Characters that join the one before them (GB9: Extend, ZWJ, SpacingMark). After a character
// below U+0300, a grapheme always ends unless one of these follows.
const JOINS_PREVIOUS = /^[\p{M}\u200C\u200D\uFF9E\uFF9F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]/u;

function breakBefore(text: string, k: number): boolean {
  const a = text.charCodeAt(k - 1);
  if (a >= SIMPLE_LIMIT || (a === 13 && text.charCodeAt(k) === 10)) return false;
  return !JOINS_PREVIOUS.test(String.fromCodePoint(text.codePointAt(k)!));
}

// Intl.Segmenter slows down more than linearly on long strings, so long complex stretches are
// cut where a grapheme is sure to end. A stretch with no such place (thousands of stacked marks)
// is cut anyway at HARD_CHUNK: the count is then approximate for text no one would publish.
const CHUNK = 256;
const HARD_CHUNK = 4096;

/** Calls visit(startIndex) for each user-perceived character, in order. */
function eachGrapheme(text: string, visit: (index: number) => void): void {
  let i = 0;
  while (i < text.length) {
    if (safeBoundary(text, i + 1)) {
      visit(i);
      i++;
      continue;
    }
    let j = i + 1;
    while (!safeBoundary(text, j) && !(j - i >= CHUNK && breakBefore(text, j)) && j - i < HARD_CHUNK) j++;
    // Never cut a surrogate pair.
    if (j < text.length && (text.charCodeAt(j) & 0xfc00) === 0xdc00) j++;
    for (const s of graphemes.segment(text.slice(i, j))) visit(i + s.index);
    i = j;
  }
}

export function graphemeCount(text: string): number {
  let n = 0;
  eachGrapheme(text, () => n++);
  return n;
}

/**
 * Characters as a reader counts them (an emoji with its skin tone, "é" written as e + accent: one
 * each). Returns the count and the span of what goes past the limit, or null within it.
 */
export function overflow(text: string, max: number): { count: number; span: Span } | null {
  // Never more graphemes than code units: a text this short needs no counting.
  if (text.length <= max) return null;
  let count = 0;
  let start = -1;
  eachGrapheme(text, (index) => {
    if (++count === max + 1) start = index;
  });
  return start < 0 ? null : { count, span: [start, text.length] };
}

export function lengthLimit(params: RuleOf<'length'>['params'], network: string | undefined): number | undefined {
  const per = params.perNetwork;
  if (network !== undefined && per) {
    const key = Object.keys(per).find((k) => k.toLowerCase() === network.toLowerCase());
    if (key !== undefined) return per[key];
  }
  return params.max;
}

export function compileLength(rule: RuleOf<'length'>): CompiledCheck {
  return {
    check: (ctx): RawFinding[] => {
      const max = lengthLimit(rule.params, ctx.input.channelNetwork);
      if (max === undefined) return [];
      const over = overflow(ctx.input.text, max);
      if (!over) return [];
      const where = ctx.input.channelNetwork ? { fr: ` sur ${ctx.input.channelNetwork}`, en: ` on ${ctx.input.channelNetwork}` } : { fr: '', en: '' };
      return [{
        message: {
          fr: `Message trop long : ${over.count} caractères pour ${max} au plus${where.fr}`,
          en: `Message too long: ${over.count} characters, at most ${max}${where.en}`,
        },
        span: over.span,
      }];
    },
  };
}

const LANGUAGE_NAMES: Record<string, { fr: string; en: string }> = {
  fr: { fr: 'français', en: 'French' },
  en: { fr: 'anglais', en: 'English' },
  de: { fr: 'allemand', en: 'German' },
  es: { fr: 'espagnol', en: 'Spanish' },
  it: { fr: 'italien', en: 'Italian' },
  nl: { fr: 'néerlandais', en: 'Dutch' },
  pt: { fr: 'portugais', en: 'Portuguese' },
};

/** "fr-FR" and "fr" are the same language for a reader. */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0];
}

export function compileLanguageMatch(): CompiledCheck {
  return {
    check: (ctx): RawFinding[] => {
      const { contentType, conversationLang, replyLang } = ctx.input;
      // Without both languages there is nothing to compare; the caller decides what it knows.
      if (contentType !== 'reply' || !conversationLang || !replyLang) return [];
      const conv = primaryLanguage(conversationLang);
      const reply = primaryLanguage(replyLang);
      if (conv === reply) return [];
      const name = (l: string) => LANGUAGE_NAMES[l] ?? { fr: l, en: l };
      return [{
        message: {
          fr: `Réponse en ${name(reply).fr} à une conversation en ${name(conv).fr}`,
          en: `Reply in ${name(reply).en} to a conversation in ${name(conv).en}`,
        },
        span: null,
      }];
    },
  };
}

const FREEZE_CONSEQUENCE: Record<Severity, { fr: string; en: string }> = {
  block: { fr: 'aucun message ne part', en: 'no message goes out' },
  needs_approval: { fr: 'tout message sortant passe par une validation', en: 'every outgoing message needs approval' },
  warn: { fr: 'relisez avec prudence', en: 'review with care' },
};

export function compileCrisisFreeze(rule: RuleOf<'crisis_freeze'>): CompiledCheck {
  const c = FREEZE_CONSEQUENCE[rule.severity];
  const finding: RawFinding = {
    message: { fr: `Gel de crise en cours : ${c.fr}`, en: `Crisis freeze in force: ${c.en}` },
    span: null,
  };
  return { check: (ctx) => (ctx.input.freezeActive === true ? [finding] : []) };
}
