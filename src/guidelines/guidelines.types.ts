// The charter's vocabulary: rules as the coordinator stores them, the message being checked, and
// the verdict. Plain data only, so the API schema, the service and the composer share one shape.

export type Locale = 'fr' | 'en';
export type Localized = { fr: string; en: string };

export const SEVERITIES = ['block', 'needs_approval', 'warn'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CONTENT_TYPES = ['reply', 'post'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export const RULE_KINDS = [
  'forbidden_terms',
  'personal_data',
  'legal_review',
  'disclosure',
  'tone',
  'length',
  'language_match',
  'allowed_links',
  'crisis_freeze',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** An empty or absent list means "everywhere"; every list that is set must contain the message's value. */
export interface RuleScope {
  entityIds?: string[];
  departmentIds?: string[];
  channelIds?: string[];
  contentTypes?: ContentType[];
}

/**
 * Terms are words or phrases compared without case or accents and resistant to the usual
 * disguises. A trailing `*` matches any word starting with the term ("gratuit*" covers
 * "gratuite", "gratuits"). Exceptions are phrases containing a term that remain allowed.
 */
export interface TermsParams {
  terms: string[];
  exceptions?: string[];
}

export const PERSONAL_DATA_TYPES = ['email', 'phone', 'iban', 'card'] as const;
export type PersonalDataType = (typeof PERSONAL_DATA_TYPES)[number];

export interface PersonalDataParams {
  detect: PersonalDataType[];
  /** Country assumed for numbers written without an international prefix (ISO 3166, default FR). */
  defaultCountry?: string;
}

export interface DisclosureParams {
  /** Tags of which at least one must appear in a promotional message, e.g. "#pub", "#ad". */
  tags: string[];
}

export const PROFANITY_LANGUAGES = ['fr', 'en'] as const;
export type ProfanityLanguage = (typeof PROFANITY_LANGUAGES)[number];

/** Each check is on when its key is present; at least one must be. */
export interface ToneParams {
  /** Share of capitals among cased letters, judged only on texts with at least minLetters letters. */
  uppercase?: { maxRatio: number; minLetters?: number };
  /** Longest allowed run of ! and ? ("?!" passes with maxRun 2, "!!!" does not). */
  repeatedPunctuation?: { maxRun: number };
  profanity?: { languages?: ProfanityLanguage[]; extraTerms?: string[]; exceptions?: string[] };
}

/** `max` applies to every network not listed in `perNetwork`; without it, unlisted networks have no limit. */
export interface LengthParams {
  max?: number;
  perNetwork?: Record<string, number>;
}

/** An empty list allows no link at all. Subdomains of a listed domain are allowed. */
export interface AllowedLinksParams {
  domains: string[];
}

export type EmptyParams = Record<string, never>;

export interface RuleParamsByKind {
  forbidden_terms: TermsParams;
  personal_data: PersonalDataParams;
  legal_review: TermsParams;
  disclosure: DisclosureParams;
  tone: ToneParams;
  length: LengthParams;
  language_match: EmptyParams;
  allowed_links: AllowedLinksParams;
  crisis_freeze: EmptyParams;
}

interface RuleBase {
  id: string;
  version: number;
  severity: Severity;
  scope: RuleScope;
  explanation: Localized;
}

export type RuleOf<K extends RuleKind> = RuleBase & { kind: K; params: RuleParamsByKind[K] };
export type Rule = { [K in RuleKind]: RuleOf<K> }[RuleKind];

export interface CheckInput {
  text: string;
  contentType: ContentType;
  channelId?: string;
  /** The channel's network ("x", "linkedin", "bluesky"…), used by per-network length limits. */
  channelNetwork?: string;
  entityId?: string;
  departmentId?: string;
  promotional?: boolean;
  conversationLang?: string;
  replyLang?: string;
  freezeActive?: boolean;
}

/** [start, end) in UTF-16 code units of the original text, as a textarea's selectionStart counts. */
export type Span = [number, number];

export interface Finding {
  ruleId: string;
  ruleVersion: number;
  kind: RuleKind;
  severity: Severity;
  /** What was found, in the requested language. */
  message: string;
  /** Why the charter asks for it: the rule's own explanation, in the requested language. */
  explanation: string;
  span: Span | null;
}

export type Verdict = 'ok' | 'warn' | 'needs_approval' | 'blocked';

export interface CheckResult {
  verdict: Verdict;
  findings: Finding[];
  appliedRules: { id: string; version: number }[];
}
