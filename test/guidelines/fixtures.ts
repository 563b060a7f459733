// Small builders so each test states only the rule fields it is about.

import { checkMessage, type CheckInput, type CheckResult, type Locale, type Rule, type RuleKind, type RuleOf } from '../../src/guidelines/guidelines.domain.ts';

export function rule<K extends RuleKind>(
  kind: K,
  params: RuleOf<K>['params'],
  extra: Partial<Omit<RuleOf<K>, 'kind' | 'params'>> = {},
): RuleOf<K> {
  return {
    id: extra.id ?? `${kind}-rule`,
    version: extra.version ?? 1,
    kind,
    params,
    severity: extra.severity ?? 'block',
    scope: extra.scope ?? {},
    explanation: extra.explanation ?? { fr: 'Règle de la charte.', en: 'Charter rule.' },
  } as RuleOf<K>;
}

export function run(rules: Rule[], text: string, input: Partial<CheckInput> = {}, locale: Locale = 'fr'): CheckResult {
  return checkMessage(rules, { text, contentType: 'reply', ...input }, locale);
}

/** The original substrings the findings point at, in order. */
export function spans(result: CheckResult, text: string): string[] {
  return result.findings.filter((f) => f.span).map((f) => text.slice(f.span![0], f.span![1]));
}
