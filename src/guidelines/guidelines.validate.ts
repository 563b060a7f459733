// Validation of a rule as the API receives it, so a malformed rule is refused with a message per
// field instead of failing later when a message is checked. Unknown keys are refused too: a
// misspelt "term" would otherwise leave a rule that silently checks nothing.

import { isSupportedCountry } from 'libphonenumber-js';
import { foldText } from './normalise.ts';
import { TermIndex, parseTerm } from './term-index.ts';
import { normaliseDomain } from './rules/links.rule.ts';
import {
  CONTENT_TYPES, PERSONAL_DATA_TYPES, PROFANITY_LANGUAGES, RULE_KINDS, SEVERITIES,
  type Locale, type RuleKind,
} from './guidelines.types.ts';

export interface RuleError {
  /** Dotted path of the field, e.g. "params.terms[2]". */
  path: string;
  message: string;
}

type Say = (path: string, fr: string, en: string) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const MIN_PREFIX = 3;
const MAX_TERMS = 2000;

function onlyKeys(obj: Record<string, unknown>, allowed: string[], path: string, say: Say): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) {
      say(path ? `${path}.${k}` : k, `champ inconnu (attendus : ${allowed.join(', ') || 'aucun'})`, `unknown field (expected: ${allowed.join(', ') || 'none'})`);
    }
  }
}

function stringList(v: unknown, path: string, say: Say, opts: { nonEmpty: boolean }): string[] | null {
  if (!Array.isArray(v)) {
    say(path, 'doit être une liste de textes', 'must be a list of strings');
    return null;
  }
  if (opts.nonEmpty && v.length === 0) say(path, 'ne doit pas être vide', 'must not be empty');
  v.forEach((s, i) => {
    if (typeof s !== 'string' || s.trim() === '') say(`${path}[${i}]`, 'doit être un texte non vide', 'must be a non-empty string');
  });
  return v.filter((s): s is string => typeof s === 'string' && s.trim() !== '');
}

function termList(v: unknown, path: string, say: Say, nonEmpty: boolean): string[] | null {
  const list = stringList(v, path, say, { nonEmpty });
  if (!list) return null;
  if (list.length > MAX_TERMS) say(path, `au plus ${MAX_TERMS} termes`, `at most ${MAX_TERMS} terms`);
  (v as unknown[]).forEach((raw, i) => {
    if (typeof raw !== 'string' || raw.trim() === '') return;
    const p = `${path}[${i}]`;
    const t = raw.trim();
    if (t.slice(0, -1).includes('*')) say(p, "« * » n'est permis qu'à la fin d'un terme", "'*' is only allowed at the end of a term");
    const parsed = parseTerm(t);
    if (!parsed) say(p, 'doit contenir au moins une lettre ou un chiffre', 'must contain at least one letter or digit');
    else if (parsed.prefix && parsed.words[parsed.words.length - 1].key.length < MIN_PREFIX) {
      say(p, `un début de mot suivi de « * » doit avoir au moins ${MIN_PREFIX} lettres`, `a prefix followed by '*' needs at least ${MIN_PREFIX} letters`);
    }
  });
  return list;
}

function termsParams(params: Record<string, unknown>, say: Say): void {
  onlyKeys(params, ['terms', 'exceptions'], 'params', say);
  const terms = termList(params.terms, 'params.terms', say, true);
  if (params.exceptions === undefined) return;
  const exceptions = termList(params.exceptions, 'params.exceptions', say, false);
  if (!terms || !exceptions) return;
  // An exception that contains no term changes nothing: most likely a typo worth reporting.
  const index = new TermIndex();
  const owner = index.add(terms);
  (params.exceptions as unknown[]).forEach((e, i) => {
    if (typeof e !== 'string' || !parseTerm(e)) return;
    if (!index.find(foldText(e.replace(/\*$/, ''))).has(owner)) {
      say(`params.exceptions[${i}]`, "ne contient aucun des termes, elle n'a donc aucun effet", 'contains none of the terms, so it has no effect');
    }
  });
}

function positiveInt(v: unknown, path: string, say: Say): void {
  if (!isInt(v) || v <= 0) say(path, 'doit être un entier supérieur à 0', 'must be an integer greater than 0');
}

const PARAMS: Record<RuleKind, (params: Record<string, unknown>, say: Say) => void> = {
  forbidden_terms: termsParams,
  legal_review: termsParams,
  personal_data(params, say) {
    onlyKeys(params, ['detect', 'defaultCountry'], 'params', say);
    const list = stringList(params.detect, 'params.detect', say, { nonEmpty: true });
    list?.forEach((d, i) => {
      if (!(PERSONAL_DATA_TYPES as readonly string[]).includes(d)) {
        say(`params.detect[${i}]`, `valeur inconnue (attendues : ${PERSONAL_DATA_TYPES.join(', ')})`, `unknown value (expected: ${PERSONAL_DATA_TYPES.join(', ')})`);
      }
    });
    const c = params.defaultCountry;
    if (c !== undefined && (typeof c !== 'string' || !/^[A-Z]{2}$/.test(c) || !isSupportedCountry(c))) {
      say('params.defaultCountry', 'doit être un code pays ISO à deux lettres majuscules (ex. FR)', 'must be a two-letter upper-case ISO country code (e.g. FR)');
    }
  },
  disclosure(params, say) {
    onlyKeys(params, ['tags'], 'params', say);
    const tags = stringList(params.tags, 'params.tags', say, { nonEmpty: true });
    tags?.forEach((t, i) => {
      if (!/[\p{L}\p{N}]/u.test(t)) say(`params.tags[${i}]`, 'doit contenir au moins une lettre', 'must contain at least one letter');
    });
  },
  tone(params, say) {
    onlyKeys(params, ['uppercase', 'repeatedPunctuation', 'profanity'], 'params', say);
    const { uppercase, repeatedPunctuation, profanity } = params;
    if (uppercase === undefined && repeatedPunctuation === undefined && profanity === undefined) {
      say('params', 'activez au moins un contrôle : uppercase, repeatedPunctuation ou profanity', 'enable at least one check: uppercase, repeatedPunctuation or profanity');
    }
    if (uppercase !== undefined) {
      if (!isObject(uppercase)) say('params.uppercase', 'doit être un objet', 'must be an object');
      else {
        onlyKeys(uppercase, ['maxRatio', 'minLetters'], 'params.uppercase', say);
        const r = uppercase.maxRatio;
        if (typeof r !== 'number' || !(r > 0 && r < 1)) say('params.uppercase.maxRatio', 'doit être un nombre strictement entre 0 et 1', 'must be a number strictly between 0 and 1');
        if (uppercase.minLetters !== undefined) positiveInt(uppercase.minLetters, 'params.uppercase.minLetters', say);
      }
    }
    if (repeatedPunctuation !== undefined) {
      if (!isObject(repeatedPunctuation)) say('params.repeatedPunctuation', 'doit être un objet', 'must be an object');
      else {
        onlyKeys(repeatedPunctuation, ['maxRun'], 'params.repeatedPunctuation', say);
        positiveInt(repeatedPunctuation.maxRun, 'params.repeatedPunctuation.maxRun', say);
      }
    }
    if (profanity !== undefined) {
      if (!isObject(profanity)) say('params.profanity', 'doit être un objet', 'must be an object');
      else {
        onlyKeys(profanity, ['languages', 'extraTerms', 'exceptions'], 'params.profanity', say);
        if (profanity.languages !== undefined) {
          stringList(profanity.languages, 'params.profanity.languages', say, { nonEmpty: true })?.forEach((l, i) => {
            if (!(PROFANITY_LANGUAGES as readonly string[]).includes(l)) say(`params.profanity.languages[${i}]`, 'langue inconnue (attendues : fr, en)', 'unknown language (expected: fr, en)');
          });
        }
        if (profanity.extraTerms !== undefined) termList(profanity.extraTerms, 'params.profanity.extraTerms', say, false);
        if (profanity.exceptions !== undefined) termList(profanity.exceptions, 'params.profanity.exceptions', say, false);
      }
    }
  },
  length(params, say) {
    onlyKeys(params, ['max', 'perNetwork'], 'params', say);
    if (params.max === undefined && params.perNetwork === undefined) {
      say('params', 'indiquez max, perNetwork ou les deux', 'set max, perNetwork or both');
    }
    if (params.max !== undefined) positiveInt(params.max, 'params.max', say);
    if (params.perNetwork !== undefined) {
      if (!isObject(params.perNetwork)) say('params.perNetwork', 'doit associer un réseau à une longueur maximale', 'must map a network to a maximum length');
      else {
        const entries = Object.entries(params.perNetwork);
        if (entries.length === 0) say('params.perNetwork', 'ne doit pas être vide', 'must not be empty');
        for (const [network, max] of entries) {
          if (network.trim() === '') say('params.perNetwork', 'un nom de réseau est vide', 'a network name is empty');
          positiveInt(max, `params.perNetwork.${network}`, say);
        }
      }
    }
  },
  language_match(params, say) {
    onlyKeys(params, [], 'params', say);
  },
  allowed_links(params, say) {
    onlyKeys(params, ['domains'], 'params', say);
    const list = stringList(params.domains, 'params.domains', say, { nonEmpty: false });
    list?.forEach((d, i) => {
      if (!normaliseDomain(d)) say(`params.domains[${i}]`, 'doit être un nom de domaine, ex. exemple.fr (sans https:// ni chemin)', 'must be a domain name such as example.com (no https:// nor path)');
    });
  },
  crisis_freeze(params, say) {
    onlyKeys(params, [], 'params', say);
  },
};

function scopeErrors(scope: unknown, say: Say): void {
  if (scope === undefined) return;
  if (!isObject(scope)) {
    say('scope', 'doit être un objet', 'must be an object');
    return;
  }
  onlyKeys(scope, ['entityIds', 'departmentIds', 'channelIds', 'contentTypes'], 'scope', say);
  for (const key of ['entityIds', 'departmentIds', 'channelIds'] as const) {
    if (scope[key] !== undefined) stringList(scope[key], `scope.${key}`, say, { nonEmpty: false });
  }
  if (scope.contentTypes !== undefined) {
    stringList(scope.contentTypes, 'scope.contentTypes', say, { nonEmpty: false })?.forEach((c, i) => {
      if (!(CONTENT_TYPES as readonly string[]).includes(c)) say(`scope.contentTypes[${i}]`, 'doit être reply ou post', 'must be reply or post');
    });
  }
}

/** Every problem with a rule, one per field; an empty list means the rule can be stored. */
export function validateRule(rule: unknown, locale: Locale = 'en'): RuleError[] {
  const errors: RuleError[] = [];
  const say: Say = (path, fr, en) => errors.push({ path, message: locale === 'fr' ? fr : en });
  if (!isObject(rule)) {
    say('', 'la règle doit être un objet', 'the rule must be an object');
    return errors;
  }
  onlyKeys(rule, ['id', 'version', 'kind', 'params', 'severity', 'scope', 'explanation'], '', say);
  if (typeof rule.id !== 'string' || rule.id.trim() === '') say('id', 'doit être un texte non vide', 'must be a non-empty string');
  if (!isInt(rule.version) || rule.version < 1) say('version', 'doit être un entier à partir de 1', 'must be an integer from 1');
  if (!(SEVERITIES as readonly unknown[]).includes(rule.severity)) {
    say('severity', `doit valoir ${SEVERITIES.join(', ')}`, `must be one of ${SEVERITIES.join(', ')}`);
  }
  scopeErrors(rule.scope, say);
  const ex = rule.explanation;
  if (!isObject(ex)) say('explanation', 'doit donner un texte en français (fr) et en anglais (en)', 'must give a French (fr) and an English (en) text');
  else {
    onlyKeys(ex, ['fr', 'en'], 'explanation', say);
    for (const l of ['fr', 'en'] as const) {
      if (typeof ex[l] !== 'string' || (ex[l] as string).trim() === '') say(`explanation.${l}`, 'doit être un texte non vide', 'must be a non-empty string');
    }
  }
  if (!(RULE_KINDS as readonly unknown[]).includes(rule.kind)) {
    say('kind', `type de règle inconnu (attendus : ${RULE_KINDS.join(', ')})`, `unknown rule kind (expected: ${RULE_KINDS.join(', ')})`);
    return errors;
  }
  const params = rule.params ?? {};
  if (!isObject(params)) say('params', 'doit être un objet', 'must be an object');
  else PARAMS[rule.kind as RuleKind](params, say);
  return errors;
}
