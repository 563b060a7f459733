// What Relais understood of the message and why it sits in this department, so a person can
// check the machine's reading before trusting it: language, sentiment with its score, intent with
// the runner-up scores, the risk as a sum of named parts, topics, the model that read it, and the
// routing decision in words.
import type { ConversationDetail, Factor, Intent } from '../../conversations.ts';
import { departmentName, type InboxOrg } from '../../inboxScope.ts';
import { useLocale } from '../../locale.tsx';
import { H, SentimentMark } from './Badges.tsx';
import { ModelSuggestion } from './ModelSuggestion.tsx';

const TOP_INTENTS = 3;

export function Understanding({ conv, org, level }: { conv: ConversationDetail; org: InboxOrg; level: number }) {
  const { t, label, lang } = useLocale();
  const e = conv.enrichment;
  const score = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const titleId = `understood-${conv.id}`;
  const scores = Object.entries(e.intentScores ?? {})
    .filter(([, v]) => (v ?? 0) > 0)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .slice(0, TOP_INTENTS) as [Intent, number][];
  const topics = e.topics.map((id) => org.queries.find((q) => q.id === id)?.name ?? id);
  const factors = (e.riskFactors ?? []).filter((f) => f.points !== 0);

  return (
    <section className="side-block understanding" aria-labelledby={titleId}>
      <H level={level} id={titleId}>
        {t('conv.understood')}
      </H>
      <dl className="side-facts">
        <dt>{t('conv.lang')}</dt>
        <dd>{label('msgLang', e.lang)}</dd>
        <dt>{t('conv.sentiment')}</dt>
        <dd>
          <SentimentMark sentiment={e.sentiment} score={e.sentimentScore} />
        </dd>
        <dt>{t('conv.intent')}</dt>
        <dd>
          <strong>{label('intent', e.intent)}</strong>
          {scores.length > 0 && (
            <span className="muted small">
              {' '}
              ({scores.map(([intent, n]) => t('conv.intent.score', { intent: label('intent', intent), score: score.format(n) })).join(' · ')})
            </span>
          )}
        </dd>
        <dt>{t('conv.risk')}</dt>
        <dd>
          {t('conv.risk.value', { n: e.risk })}
          {factors.length > 0 && (
            <ul className="factor-list">
              {factors.map((f, i) => (
                <FactorItem key={i} f={f} />
              ))}
            </ul>
          )}
        </dd>
        <ModelSuggestion conv={conv} org={org} />
        <dt>{t('conv.topics')}</dt>
        <dd>{topics.length ? topics.join(', ') : t('common.none')}</dd>
        {e.model && (
          <>
            <dt>{t('conv.model')}</dt>
            <dd>
              <code>
                {e.model.name} {e.model.version}
              </code>
            </dd>
          </>
        )}
      </dl>
      <H level={level + 1}>{t('conv.why')}</H>
      <p>
        <RoutingReason conv={conv} org={org} />
      </p>
    </section>
  );
}

/** The server writes a factor's detail for people in English; the known shapes are put in the reader's words. */
function detailOf(name: string, detail: string | undefined, t: ReturnType<typeof useLocale>['t'], label: ReturnType<typeof useLocale>['label']) {
  if (!detail) return undefined;
  if (name === 'intent') return label('intent', detail);
  const followers = /^(\d+) followers$/.exec(detail);
  if (name === 'reach' && followers) return t('conv.followers', { n: Number(followers[1]) });
  if (name === 'terms') {
    return detail
      .split('; ')
      .map((part) => {
        const [category, terms] = part.split(': ');
        return terms === undefined ? part : t('common.fieldMessage', { field: label('riskCategory', category), message: terms });
      })
      .join('; ');
  }
  return detail;
}

function FactorItem({ f }: { f: Factor }) {
  const { t, label } = useLocale();
  const name = f.factor ?? f.name ?? '';
  const detail = detailOf(name, f.detail, t, label);
  return (
    <li>
      {t('conv.risk.factor', { factor: label('riskFactor', name), points: f.points })}
      {detail && <span className="muted"> — {detail}</span>}
    </li>
  );
}

/** The routing decision in the reader's language; the server's own wording when the kind is new. */
function RoutingReason({ conv, org }: { conv: ConversationDetail; org: InboxOrg }) {
  const { t, lang } = useLocale();
  const r = conv.routing;
  const lastHandoff = conv.handoffs[conv.handoffs.length - 1];
  switch (r.kind) {
    case 'rule':
      return <>{t('routing.reason.rule', { rule: r.ruleName ?? '' })}</>;
    case 'fallback':
      return <>{t('routing.reason.fallback')}</>;
    case 'thread':
      return <>{t('routing.reason.thread')}</>;
    case 'own':
      return <>{t('routing.reason.own')}</>;
    case 'model':
      return <>{t('routing.reason.model')}</>;
    case 'handoff':
      return (
        <>
          {t('routing.reason.handoff', {
            by: r.by ?? lastHandoff?.by ?? '',
            from: departmentName(org, lang, r.from ?? lastHandoff?.from) ?? t('inbox.triage'),
            reason: lastHandoff?.reason ?? r.reason ?? '',
          })}
        </>
      );
    default:
      return <>{r.reason ?? t('common.none')}</>;
  }
}
