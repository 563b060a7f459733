// Rules about the words of a message: forbidden terms and legal-review triggers (the same
// matching, different consequences) and tone (shouting, runs of ! and ?, profanity). Term
// findings name the configured term and, when it was disguised, how it was written, so the
// writer sees why "g.r.a.t.u.i.t" was caught. Capitals are judged only on texts long enough for
// a share to mean something: "OK" or "SAV" alone is not shouting.

import { foldString } from '../normalise.ts';
import { PROFANITY } from '../profanity.ts';
import type { CheckContext, CompileContext, CompiledCheck, RawFinding } from './rule-kit.ts';
import { quoted } from './rule-kit.ts';
import type { Localized, RuleOf, Span } from '../guidelines.types.ts';

const LABEL: Record<'forbidden_terms' | 'legal_review', Localized> = {
  forbidden_terms: { fr: 'Terme interdit', en: 'Forbidden term' },
  legal_review: { fr: 'Formulation à faire valider (juridique)', en: 'Wording that needs legal review' },
};

export function displayTerm(term: string): string {
  const t = term.trim();
  return t.endsWith('*') ? t.slice(0, -1).trim() : t;
}

/** "Forbidden term "free"", plus "written "f r e e"" when the text differs from the term. */
export function termMessage(label: Localized, term: string, written: string): Localized {
  const shown = displayTerm(term);
  const q = quoted(shown);
  if (foldString(written) === foldString(shown)) return { fr: `${label.fr} : ${q.fr}`, en: `${label.en}: ${q.en}` };
  const w = quoted(written);
  return { fr: `${label.fr} : ${q.fr} (écrit ${w.fr})`, en: `${label.en}: ${q.en} (written ${w.en})` };
}

export function compileTermsRule(rule: RuleOf<'forbidden_terms'> | RuleOf<'legal_review'>, cc: CompileContext): CompiledCheck {
  const { terms, exceptions = [] } = rule.params;
  const owner = cc.terms.add(terms, exceptions);
  const label = LABEL[rule.kind];
  return {
    owners: [owner],
    check: (ctx: CheckContext): RawFinding[] =>
      ctx.hits(owner).map((h) => ({
        message: termMessage(label, terms[h.term], ctx.input.text.slice(h.start, h.end)),
        span: [h.start, h.end],
      })),
  };
}

export const DEFAULT_MIN_LETTERS = 20;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function uppercaseShare(text: string): { ratio: number; letters: number } {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 0xc0) {
      // Accented capitals ("É") count like any other; surrogate halves match neither class.
      const ch = text[i];
      if (UPPER.test(ch)) upper++;
      else if (LOWER.test(ch)) lower++;
    }
  }
  const letters = upper + lower;
  return { ratio: letters === 0 ? 0 : upper / letters, letters };
}

const PUNCT_RUN = /[!?\uFF01\uFF1F\u203C\u2047-\u2049]+/gu;

/** Runs of ! and ? longer than maxRun ("!!!", "???", "?!?!"); ‼ and ⁉ count as two. */
export function repeatedPunctuation(text: string, maxRun: number): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(PUNCT_RUN)) {
    let n = 0;
    for (const c of m[0]) n += c === '!' || c === '?' || c === '\uFF01' || c === '\uFF1F' ? 1 : 2;
    if (n > maxRun) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

const PROFANITY_LABEL = { fr: 'Grossièreté', en: 'Profanity' };

export function compileTone(rule: RuleOf<'tone'>, cc: CompileContext): CompiledCheck {
  const { uppercase, repeatedPunctuation: punct, profanity } = rule.params;
  let owner: number | undefined;
  let profanityTerms: string[] = [];
  if (profanity) {
    const languages = profanity.languages ?? ['fr', 'en'];
    profanityTerms = [...languages.flatMap((l) => PROFANITY[l].terms), ...(profanity.extraTerms ?? [])];
    const exceptions = [...languages.flatMap((l) => PROFANITY[l].exceptions), ...(profanity.exceptions ?? [])];
    owner = cc.terms.add(profanityTerms, exceptions);
  }
  return {
    owners: owner === undefined ? [] : [owner],
    check: (ctx: CheckContext): RawFinding[] => {
      const text = ctx.input.text;
      const out: RawFinding[] = [];
      if (uppercase) {
        const { ratio, letters } = uppercaseShare(text);
        if (letters >= (uppercase.minLetters ?? DEFAULT_MIN_LETTERS) && ratio > uppercase.maxRatio) {
          const pct = Math.round(ratio * 100);
          const max = Math.round(uppercase.maxRatio * 100);
          out.push({
            message: {
              fr: `Trop de majuscules : ${pct} % des lettres (maximum ${max} %)`,
              en: `Too many capitals: ${pct}% of letters (maximum ${max}%)`,
            },
            span: null,
          });
        }
      }
      if (punct) {
        for (const span of repeatedPunctuation(text, punct.maxRun)) {
          const run = text.slice(span[0], span[1]);
          out.push({ message: { fr: `Ponctuation répétée : « ${run} »`, en: `Repeated punctuation: "${run}"` }, span });
        }
      }
      if (owner !== undefined) {
        for (const h of ctx.hits(owner)) {
          out.push({ message: termMessage(PROFANITY_LABEL, profanityTerms[h.term], text.slice(h.start, h.end)), span: [h.start, h.end] });
        }
      }
      return out.sort((a, b) => (a.span?.[0] ?? -1) - (b.span?.[0] ?? -1));
    },
  };
}
