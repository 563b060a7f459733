// The small signs of a conversation, shared by the list and the conversation view. Each one says
// in words what its colour says, so colour is never the only signal. Also the heading whose level
// follows where the view sits (h1 on its own page, h2 in the inbox pane).
import { createElement, type HTMLAttributes, type Ref } from 'react';
import type { Intent, Priority, Sentiment, Sla, Status } from '../../conversations.ts';
import { currentClock } from '../../conversations.ts';
import { useLocale } from '../../locale.tsx';
import { duration, relativeTime } from '../../time.ts';
import { WarningIcon } from '../Icons.tsx';

export function IntentChip({ intent }: { intent: Intent }) {
  const { t, label } = useLocale();
  return (
    <span className={`badge intent intent-${intent}`}>
      <span className="visually-hidden">{t('common.colon', { label: t('conv.intent') })}</span>
      {label('intent', intent)}
    </span>
  );
}

export function SentimentMark({ sentiment, score }: { sentiment: Sentiment; score?: number }) {
  const { t, label, lang } = useLocale();
  const n = score === undefined ? '' : ` (${new Intl.NumberFormat(lang, { signDisplay: 'exceptZero', maximumFractionDigits: 2 }).format(score)})`;
  return (
    <span className={`sentiment sentiment-${sentiment}`}>
      <span className="dot" aria-hidden="true" />
      <span className="visually-hidden">{t('common.colon', { label: t('conv.sentiment') })}</span>
      {label('sentiment', sentiment)}
      {n}
    </span>
  );
}

/** Risk in three bands, the number always shown. */
export function RiskBadge({ risk }: { risk: number }) {
  const { t } = useLocale();
  const band = risk >= 60 ? 'high' : risk >= 30 ? 'medium' : 'low';
  if (band === 'low' && risk === 0) return null;
  return <span className={`badge risk risk-${band}`}>{t('conv.risk.badge', { n: risk })}</span>;
}

/** The clock that matters now, with its due time relative to now; overdue in red. */
export function SlaBadge({ sla, now }: { sla: Sla; now: number }) {
  const { t, dateTime } = useLocale();
  const clock = currentClock(sla);
  if (!clock || !clock.due || clock.state === 'met') return null;
  const due = new Date(clock.due).getTime();
  // A stopped clock was late by what it took; a running one is late by the time gone since.
  const end = clock.doneAt ? new Date(clock.doneAt).getTime() : now;
  const late = clock.state === 'breached' || due < end;
  const first = clock.which === 'firstResponse';
  const text = late
    ? t(first ? 'sla.late.firstResponse' : 'sla.late.resolution', { amount: duration(t, end - due) })
    : t(first ? 'sla.due.firstResponse' : 'sla.due.resolution', { when: relativeTime(t, clock.due, now) });
  return (
    <span className={`badge sla sla-${late ? 'breached' : clock.state}`} title={t('sla.dueAt', { date: dateTime(clock.due) })}>
      {late && <WarningIcon />}
      {text}
    </span>
  );
}

export function PriorityTag({ priority }: { priority: Priority }) {
  const { t, label } = useLocale();
  return (
    <span className={`badge priority priority-${priority}`}>
      <span className="visually-hidden">{t('common.colon', { label: t('conv.priority') })}</span>
      {label('priority', priority)}
    </span>
  );
}

export function StatusTag({ status }: { status: Status }) {
  const { t, label } = useLocale();
  return (
    <span className={`badge status status-${status}`}>
      <span className="visually-hidden">{t('common.colon', { label: t('conv.status') })}</span>
      {label('status', status)}
    </span>
  );
}

export function H({ level, ...props }: { level: number; ref?: Ref<HTMLHeadingElement> } & HTMLAttributes<HTMLHeadingElement>) {
  return createElement(`h${Math.min(level, 6)}`, props);
}
