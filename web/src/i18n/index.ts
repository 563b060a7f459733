// Language choice and lookup. Every value the server can send as a code (roles, kinds, audit
// actions) must have a label in both dictionaries: the `Labelled` check below enforces it.
import type { Role, ScopeType } from '../../../src/policy/policy.ts';
import type { DepartmentKind, EntityKind } from '../../../src/org/org.domain.ts';
import type { AuditAction, AuditSubject } from '../labels.ts';
import type { Intent, MESSAGE_LANGS, Priority, ReplyStatus, RISK_FACTORS, Sentiment, SLA_FILTERS, Status } from '../conversations.ts';
import { fr, type Key } from './fr.ts';
import { en } from './en.ts';

export type { Key };
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

type Labelled =
  | `role.${Role}`
  | `scope.${ScopeType}`
  | `kind.${DepartmentKind}`
  | `entityKind.${EntityKind}`
  | `action.${AuditAction}`
  | `subject.${AuditSubject}`
  | `intent.${Intent}`
  | `sentiment.${Sentiment}`
  | `status.${Status}`
  | `priority.${Priority}`
  | `msgLang.${(typeof MESSAGE_LANGS)[number]}`
  | `slaFilter.${(typeof SLA_FILTERS)[number]}`
  | `replyStatus.${ReplyStatus}`
  | `riskFactor.${(typeof RISK_FACTORS)[number]}`;
export const DICTIONARIES: Record<Lang, Record<Key, string> & Record<Labelled, string>> = { fr, en };

export type Vars = Record<string, string | number>;

export function translate(lang: Lang, key: Key, vars?: Vars): string {
  const text = DICTIONARIES[lang][key];
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
}

/** A label for a value that came from the server, falling back to the raw value if it is new. */
export type LabelPrefix =
  | 'role'
  | 'scope'
  | 'kind'
  | 'entityKind'
  | 'action'
  | 'subject'
  | 'error'
  | 'intent'
  | 'sentiment'
  | 'status'
  | 'priority'
  | 'msgLang'
  | 'slaFilter'
  | 'replyStatus'
  | 'riskFactor'
  | 'riskCategory';

export function labelOf(lang: Lang, prefix: LabelPrefix, value: string): string {
  const key = `${prefix}.${value}` as Key;
  return key in DICTIONARIES[lang] ? DICTIONARIES[lang][key] : value;
}

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}

export const LANG_STORAGE_KEY = 'relais.lang';

/** The saved choice, else the browser's language; French unless the browser asks for English. */
export function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(LANG_STORAGE_KEY);
    if (isLang(saved)) return saved;
  } catch {
    /* storage can be disabled; the browser's language still applies */
  }
  const nav = typeof navigator !== 'undefined' ? navigator.language : '';
  return nav.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
