// Personal data that must not leave in a public reply: e-mail addresses, phone numbers, IBANs and
// card numbers. Numbers are confirmed by their own checks (phone numbering plans, IBAN mod 97,
// Luhn) so order numbers and prices are not mistaken for them.

import { findPhoneNumbersInText, isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { CompiledCheck, RawFinding } from './rule-kit.ts';
import type { Localized, PersonalDataType, RuleOf, Span } from '../guidelines.types.ts';

// Read outwards from each '@' rather than scanning every word for a possible local part.
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_AFTER_AT = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;

export function findEmails(text: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && LOCAL_CHAR.test(text[s - 1])) s--;
    if (s === at) continue;
    DOMAIN_AFTER_AT.lastIndex = at + 1;
    const m = DOMAIN_AFTER_AT.exec(text);
    if (m) out.push([s, at + 1 + m[0].length]);
  }
  return out;
}

// Stretches of digits and the separators found in phone numbers; only these go to the parser,
// which would otherwise scan the whole message at every keystroke.
const NUMBER_STRETCH = /[+(]?\d[\d \u00A0.\-()/]{4,}\d/g;
// Longer than any written phone number ("+33 (0)6 12 34 56 78" is 20): several numbers in a row.
const MAX_PHONE_TEXT = 24;
const GROUP_START = /(?<![\d+(])[+(0]/g;
const GROUP_END = /\d(?!\d)/g;

/**
 * The parser reads a stretch as one number and finds nothing in "06 12 34 56 78 07 11 22 33 44",
 * so long stretches are read number by number: from each group that can start one, the longest
 * piece the numbering plan accepts.
 */
function phonesInLongStretch(s: string, country: CountryCode): Span[] {
  const out: Span[] = [];
  const ends = [...s.matchAll(GROUP_END)].map((m) => m.index + 1);
  let pos = 0;
  let first = 0;
  for (const g of s.matchAll(GROUP_START)) {
    if (g.index < pos) continue;
    while (first < ends.length && ends[first] <= g.index) first++;
    let last = first;
    while (last < ends.length && ends[last] - g.index <= MAX_PHONE_TEXT) last++;
    for (let k = last - 1; k >= first; k--) {
      if (parsePhoneNumberFromString(s.slice(g.index, ends[k]), country)?.isValid()) {
        out.push([g.index, ends[k]]);
        pos = ends[k];
        break;
      }
    }
  }
  return out;
}

export function findPhones(text: string, defaultCountry: string = 'FR'): Span[] {
  const country = (isSupportedCountry(defaultCountry) ? defaultCountry : 'FR') as CountryCode;
  const out: Span[] = [];
  for (const stretch of text.matchAll(NUMBER_STRETCH)) {
    const at = stretch.index;
    const s = stretch[0];
    if (s.length > MAX_PHONE_TEXT) {
      for (const [a, b] of phonesInLongStretch(s, country)) out.push([at + a, at + b]);
      continue;
    }
    for (const m of findPhoneNumbersInText(s, country)) {
      // Numbers are written with their trunk or international prefix; a bare run of nine digits
      // ("commande 123456789") is a reference far more often than a phone number.
      const first = s[m.startsAt];
      if (first === '+' || first === '0' || first === '(') out.push([at + m.startsAt, at + m.endsAt]);
    }
  }
  return out;
}

// Total length of an IBAN per country (ISO 13616 registry).
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21,
  CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27,
  GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26,
  IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24,
  ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24,
  TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

export function ibanChecksumOk(iban: string): boolean {
  const s = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const c of s) {
    const v = c >= 'A' ? c.charCodeAt(0) - 55 : c.charCodeAt(0) - 48;
    rest = v >= 10 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
  }
  return rest === 1;
}

const IBAN_START = /(?<![\p{L}\p{N}])([A-Za-z]{2})(\d{2})/gu;
const ALNUM = /[A-Za-z0-9]/;

export function findIbans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(IBAN_START)) {
    const country = m[1].toUpperCase();
    const length = IBAN_LENGTHS[country];
    if (!length) continue;
    // Read exactly the country's length, allowing single spaces between characters.
    let i = m.index;
    let compact = '';
    while (i < text.length && compact.length < length) {
      const c = text[i];
      if (ALNUM.test(c)) compact += c.toUpperCase();
      else if (!(c === ' ' || c === '\u00A0') || compact.length === 0 || !ALNUM.test(text[i + 1] ?? '')) break;
      i++;
    }
    if (compact.length !== length || ALNUM.test(text[i] ?? '')) continue;
    if (ibanChecksumOk(compact)) out.push([m.index, i]);
  }
  return out;
}

export function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let k = 0; k < digits.length; k++) {
    let d = digits.charCodeAt(digits.length - 1 - k) - 48;
    if (k % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// The whole digit sequence must be 13 to 19 digits long: a longer one is not a card number.
const CARD = /(?<!\d[ -]?)\d(?:[ -]?\d){12,18}(?![ -]?\d)/g;

export function findCards(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(CARD)) {
    const digits = m[0].replace(/[ -]/g, '');
    // Card numbers start with 2 to 6 (networks' ranges); all-equal digits pass Luhn but are filler.
    if (digits[0] < '2' || digits[0] > '6' || /^(\d)\1+$/.test(digits)) continue;
    if (luhnOk(digits)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

const NAMES: Record<PersonalDataType, Localized> = {
  email: { fr: 'adresse e-mail', en: 'e-mail address' },
  phone: { fr: 'numéro de téléphone', en: 'phone number' },
  iban: { fr: 'IBAN', en: 'IBAN' },
  card: { fr: 'numéro de carte bancaire', en: 'card number' },
};

// When two detectors claim the same digits, the stricter check wins.
const PRIORITY: PersonalDataType[] = ['iban', 'card', 'email', 'phone'];

/** Accepted spans never overlap, so sorted by start they are sorted by end too. */
function overlapsAny(sorted: Span[], span: Span): { overlaps: boolean; at: number } {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid][0] < span[1]) lo = mid + 1;
    else hi = mid;
  }
  // sorted[lo - 1] is the last span starting before this one ends.
  return { overlaps: lo > 0 && sorted[lo - 1][1] > span[0], at: lo };
}

export function findPersonalData(text: string, detect: PersonalDataType[], defaultCountry?: string): { type: PersonalDataType; span: Span }[] {
  const found: { type: PersonalDataType; span: Span }[] = [];
  const taken: Span[] = [];
  for (const type of PRIORITY) {
    if (!detect.includes(type)) continue;
    const spans =
      type === 'email' ? findEmails(text)
      : type === 'phone' ? findPhones(text, defaultCountry)
      : type === 'iban' ? findIbans(text)
      : findCards(text);
    for (const span of spans) {
      const { overlaps, at } = overlapsAny(taken, span);
      if (overlaps) continue;
      taken.splice(at, 0, span);
      found.push({ type, span });
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

export function compilePersonalData(rule: RuleOf<'personal_data'>): CompiledCheck {
  const { detect, defaultCountry } = rule.params;
  return {
    check: (ctx): RawFinding[] =>
      findPersonalData(ctx.input.text, detect, defaultCountry).map(({ type, span }) => ({
        message: { fr: `Donnée personnelle : ${NAMES[type].fr}`, en: `Personal data: ${NAMES[type].en}` },
        span,
      })),
  };
}
