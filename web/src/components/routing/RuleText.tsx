// A routing rule in words: "intent is complaint → Customer service (nearest to the channel),
// priority high". Conditions join with "and", values within a condition with "or", as the
// server evaluates them.
import type { RoutingRule } from '../../conversations.ts';
import { departmentName, type InboxOrg } from '../../inboxScope.ts';
import { useLocale } from '../../locale.tsx';

type Locale = ReturnType<typeof useLocale>;

function either(values: string[], l: Locale): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${l.t('routing.words.or')} ${values[values.length - 1]}`;
}

export function conditionsText(rule: Pick<RoutingRule, 'conditions'>, org: InboxOrg, l: Locale): string {
  const { t, label } = l;
  const c = rule.conditions;
  const parts: string[] = [];
  if (c.intent?.length) parts.push(t('routing.cond.intent', { values: either(c.intent.map((i) => label('intent', i).toLowerCase()), l) }));
  if (c.sentiment?.length) parts.push(t('routing.cond.sentiment', { values: either(c.sentiment.map((s) => label('sentiment', s).toLowerCase()), l) }));
  if (c.lang?.length) parts.push(t('routing.cond.lang', { values: either(c.lang.map((x) => (l.lang === 'fr' ? label('msgLang', x).toLowerCase() : label('msgLang', x))), l) }));
  if (c.topics?.length) parts.push(t('routing.cond.topics', { values: either(c.topics.map((id) => t('common.quoted', { text: org.queries.find((q) => q.id === id)?.name ?? id })), l) }));
  if (c.channelIds?.length) parts.push(t('routing.cond.channels', { values: either(c.channelIds.map((id) => org.channelById.get(id)?.name ?? id), l) }));
  if (c.minRisk !== undefined && c.maxRisk !== undefined) parts.push(t('routing.cond.riskBetween', { min: c.minRisk, max: c.maxRisk }));
  else if (c.minRisk !== undefined) parts.push(t('routing.cond.riskMin', { n: c.minRisk }));
  else if (c.maxRisk !== undefined) parts.push(t('routing.cond.riskMax', { n: c.maxRisk }));
  if (c.keywords) parts.push(t('routing.cond.keywords', { query: c.keywords }));
  return parts.length ? parts.join(` ${t('routing.words.and')} `) : t('routing.cond.always');
}

export function actionsText(rule: Pick<RoutingRule, 'actions'>, org: InboxOrg, l: Locale): string {
  const { t, label, lang } = l;
  const a = rule.actions;
  const parts: string[] = [];
  if (a.departmentId) parts.push(departmentName(org, lang, a.departmentId) ?? a.departmentId);
  else if (a.departmentKind) parts.push(t('routing.act.kind', { kind: label('kind', a.departmentKind) }));
  if (a.priority) parts.push(t('routing.act.priority', { priority: label('priority', a.priority).toLowerCase() }));
  if (a.slaFirstResponseMinutes) parts.push(t('routing.act.sla', { n: a.slaFirstResponseMinutes }));
  if (a.tags?.length) parts.push(t('routing.act.tags', { tags: a.tags.join(', ') }));
  if (!a.departmentId && !a.departmentKind) parts.push(t('routing.act.noDepartment'));
  return parts.join(', ');
}

export function RuleSentence({ rule, org }: { rule: Pick<RoutingRule, 'conditions' | 'actions'>; org: InboxOrg }) {
  const l = useLocale();
  const when = conditionsText(rule, org, l);
  return (
    <>
      <span>{when.charAt(0).toUpperCase() + when.slice(1)}</span>
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden"> {l.t('routing.words.then')} </span>
      <strong>{actionsText(rule, org, l)}</strong>
    </>
  );
}
