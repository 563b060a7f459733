// The guideline checker: every outgoing reply and post is checked against the charter's rules.
// Rule sets are compiled once (terms of all rules merged into one dictionary), then each check
// folds the message once and shares that work between rules, because the composer asks again at
// every pause in typing.

import { foldText, type FoldedText } from './normalise.ts';
import { TermIndex, type TermHit } from './term-index.ts';
import { validateRule, type RuleError } from './guidelines.validate.ts';
import type { CheckContext, CompileContext, CompiledCheck } from './rules/rule-kit.ts';
import { compileTermsRule, compileTone } from './rules/wording.rule.ts';
import { compilePersonalData } from './rules/personal-data.rule.ts';
import { compileAllowedLinks } from './rules/links.rule.ts';
import { compileCrisisFreeze, compileDisclosure, compileLanguageMatch, compileLength } from './rules/message.rule.ts';
import type {
  CheckInput, CheckResult, Finding, Locale, Rule, RuleKind, RuleOf, RuleScope, Severity, Verdict,
} from './guidelines.types.ts';

export * from './guidelines.types.ts';
export { validateRule, type RuleError } from './guidelines.validate.ts';

const COMPILERS: { [K in RuleKind]: (rule: RuleOf<K>, cc: CompileContext) => CompiledCheck } = {
  forbidden_terms: compileTermsRule,
  legal_review: compileTermsRule,
  personal_data: compilePersonalData,
  disclosure: compileDisclosure,
  tone: compileTone,
  length: compileLength,
  language_match: compileLanguageMatch,
  allowed_links: compileAllowedLinks,
  crisis_freeze: compileCrisisFreeze,
};

interface CompiledRule extends CompiledCheck {
  rule: Rule;
}

export interface CompiledRules {
  readonly rules: readonly CompiledRule[];
  readonly terms: TermIndex;
}

/** Raised by compileRules: a rule set with a malformed rule is refused whole rather than half-checked. */
export class GuidelineRuleError extends Error {
  constructor(
    readonly ruleId: string,
    readonly errors: RuleError[],
  ) {
    super(`Invalid guideline rule ${ruleId}: ${errors.map((e) => `${e.path || 'rule'} ${e.message}`).join('; ')}`);
    this.name = 'GuidelineRuleError';
  }
}

export function compileRules(rules: readonly Rule[]): CompiledRules {
  const terms = new TermIndex();
  const compiled: CompiledRule[] = [];
  for (const rule of rules) {
    const errors = validateRule(rule);
    if (errors.length > 0) throw new GuidelineRuleError(String((rule as { id?: unknown }).id), errors);
    const normalised = { ...rule, params: rule.params ?? {}, scope: rule.scope ?? {} } as Rule;
    const compiler = COMPILERS[rule.kind] as (r: Rule, cc: CompileContext) => CompiledCheck;
    compiled.push({ rule: normalised, ...compiler(normalised, { terms }) });
  }
  return { rules: compiled, terms };
}

const listAllows = <T>(list: readonly T[] | undefined, value: T | undefined) =>
  !list || list.length === 0 || (value !== undefined && list.includes(value));

/** A rule restricted to some entities, departments, channels or content types applies only there. */
export function inScope(scope: RuleScope, input: CheckInput): boolean {
  return (
    listAllows(scope.entityIds, input.entityId) &&
    listAllows(scope.departmentIds, input.departmentId) &&
    listAllows(scope.channelIds, input.channelId) &&
    listAllows(scope.contentTypes, input.contentType)
  );
}

const SEVERITY_RANK: Record<Severity, number> = { warn: 1, needs_approval: 2, block: 3 };
const VERDICT_OF: Record<Severity, Verdict> = { warn: 'warn', needs_approval: 'needs_approval', block: 'blocked' };

/** The most severe finding decides: blocked > needs_approval > warn > ok. */
export function verdictOf(findings: readonly { severity: Severity }[]): Verdict {
  let worst: Severity | null = null;
  for (const f of findings) if (!worst || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  return worst ? VERDICT_OF[worst] : 'ok';
}

function context(compiled: CompiledRules, input: CheckInput, owners: Set<number>): CheckContext {
  let folded: FoldedText | undefined;
  let hits: Map<number, TermHit[]> | undefined;
  const fold = () => (folded ??= foldText(input.text));
  return {
    input,
    folded: fold,
    hits(owner) {
      hits ??= compiled.terms.find(fold(), owners);
      return hits.get(owner) ?? [];
    },
  };
}

export function check(compiled: CompiledRules, input: CheckInput, locale: Locale): CheckResult {
  const active = compiled.rules.filter((r) => inScope(r.rule.scope, input));
  const owners = new Set(active.flatMap((r) => r.owners ?? []));
  const ctx = context(compiled, input, owners);
  const findings: Finding[] = [];
  for (const r of active) {
    for (const raw of r.check(ctx)) {
      findings.push({
        ruleId: r.rule.id,
        ruleVersion: r.rule.version,
        kind: r.rule.kind,
        severity: r.rule.severity,
        message: raw.message[locale],
        explanation: r.rule.explanation[locale],
        span: raw.span,
      });
    }
  }
  // Most severe first; within a severity, message-wide findings first, then in reading order.
  findings.sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.span?.[0] ?? -1) - (b.span?.[0] ?? -1),
  );
  return {
    verdict: verdictOf(findings),
    findings,
    appliedRules: active.map((r) => ({ id: r.rule.id, version: r.rule.version })),
  };
}

// checkMessage is called with the same rules at every pause in typing; compile them once. The
// fingerprint catches an array changed in place (a rule replaced by its next version).
const compiledCache = new WeakMap<readonly Rule[], { fingerprint: string; compiled: CompiledRules }>();

const fingerprint = (rules: readonly Rule[]) => rules.map((r) => `${r.id}@${r.version}`).join('|');

/** One-call form of compileRules + check, reusing the compilation while the rules are the same. */
export function checkMessage(rules: readonly Rule[], input: CheckInput, locale: Locale): CheckResult {
  const fp = fingerprint(rules);
  let entry = compiledCache.get(rules);
  if (!entry || entry.fingerprint !== fp) {
    entry = { fingerprint: fp, compiled: compileRules(rules) };
    compiledCache.set(rules, entry);
  }
  return check(entry.compiled, input, locale);
}
