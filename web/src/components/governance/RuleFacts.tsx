// A charter rule in words: what it looks for (its parameters, by kind) and where it applies
// (entities, departments, channels, replies or posts). Names come from the organisation.
import type { RuleKind, RuleScope } from '../../governance.ts';
import { departmentName, type InboxOrg } from '../../inboxScope.ts';
import { useLocale } from '../../locale.tsx';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const obj = (v: unknown): Record<string, any> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {});

/** The parameters as [label, value] pairs. */
export function useParamLines(kind: RuleKind, params: Record<string, unknown>): [string, string][] {
  const { t } = useLocale();
  const join = (xs: string[]) => xs.join(', ');
  switch (kind) {
    case 'forbidden_terms':
    case 'legal_review': {
      const out: [string, string][] = [[t('rule.param.terms'), join(list(params.terms))]];
      if (list(params.exceptions).length) out.push([t('rule.param.exceptions'), join(list(params.exceptions))]);
      return out;
    }
    case 'personal_data': {
      const out: [string, string][] = [[t('rule.param.detect'), join(list(params.detect).map((d) => t(`personalData.${d as 'email'}`)))]];
      if (typeof params.defaultCountry === 'string') out.push([t('rule.param.country'), params.defaultCountry]);
      return out;
    }
    case 'disclosure':
      return [[t('rule.param.tags'), join(list(params.tags))]];
    case 'tone': {
      const out: [string, string][] = [];
      const up = obj(params.uppercase);
      if (params.uppercase) {
        out.push([t('rule.param.uppercase'), t('rule.param.uppercase.value', { ratio: Math.round(Number(up.maxRatio) * 100), letters: up.minLetters ?? 0 })]);
      }
      if (params.repeatedPunctuation) out.push([t('rule.param.punctuation'), t('rule.param.punctuation.value', { n: obj(params.repeatedPunctuation).maxRun })]);
      if (params.profanity) {
        const p = obj(params.profanity);
        const langs = list(p.languages);
        out.push([t('rule.param.profanity'), langs.length ? join(langs) : t('rule.param.profanity.all')]);
        if (list(p.extraTerms).length) out.push([t('rule.param.extraTerms'), join(list(p.extraTerms))]);
        if (list(p.exceptions).length) out.push([t('rule.param.exceptions'), join(list(p.exceptions))]);
      }
      return out;
    }
    case 'length': {
      const out: [string, string][] = [];
      if (typeof params.max === 'number') out.push([t('rule.param.max'), String(params.max)]);
      const per = Object.entries(obj(params.perNetwork));
      if (per.length) out.push([t('rule.param.perNetwork'), per.map(([n, v]) => `${n} ${v}`).join(', ')]);
      return out;
    }
    case 'allowed_links': {
      const d = list(params.domains);
      return [[t('rule.param.domains'), d.length ? join(d) : t('rule.param.domains.none')]];
    }
    case 'language_match':
    case 'crisis_freeze':
      return [];
  }
}

export function useScopeText(scope: RuleScope, org: InboxOrg | undefined): string {
  const { t, lang } = useLocale();
  const parts: string[] = [];
  if (scope.entityIds?.length) parts.push(scope.entityIds.map((id) => org?.entities.find((e) => e.id === id)?.name ?? id).join(', '));
  if (scope.departmentIds?.length) parts.push(scope.departmentIds.map((id) => (org ? departmentName(org, lang, id) : id) ?? id).join(', '));
  if (scope.channelIds?.length) parts.push(scope.channelIds.map((id) => org?.channelById.get(id)?.name ?? id).join(', '));
  if (scope.contentTypes?.length) parts.push(scope.contentTypes.map((c) => t(`contentType.${c}`)).join(', '));
  return parts.length ? parts.join(' · ') : t('rule.scope.everywhere');
}

export function RuleFacts({ kind, params, scope, org }: { kind: RuleKind; params: Record<string, unknown>; scope: RuleScope; org: InboxOrg | undefined }) {
  const { t } = useLocale();
  const lines = useParamLines(kind, params);
  const where = useScopeText(scope, org);
  return (
    <dl className="rule-facts">
      {lines.map(([k, v]) => (
        <div key={k} style={{ display: 'contents' }}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
      <dt>{t('rule.scope')}</dt>
      <dd>{where}</dd>
    </dl>
  );
}
