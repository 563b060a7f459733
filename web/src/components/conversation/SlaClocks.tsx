// Both SLA clocks of a conversation, first response and resolution, each in words: when it is
// due, when it was met, or by how much it is (or was) late. The badge in the list shows only the
// clock that matters now; here a breach stays visible after the answer that ended it.
import type { Sla, SlaState } from '../../conversations.ts';
import { useLocale } from '../../locale.tsx';
import { duration, relativeTime } from '../../time.ts';
import { WarningIcon } from '../Icons.tsx';
import { H } from './Badges.tsx';

function Clock({ state, due, doneAt, now }: { state: SlaState; due: string | null; doneAt: string | null; now: number }) {
  const { t, dateTime } = useLocale();
  if (state === 'none' || !due) return <>{t('sla.none')}</>;
  const dueMs = new Date(due).getTime();
  if (doneAt) {
    const late = new Date(doneAt).getTime() - dueMs;
    if (late <= 0) return <span className="sla-clock">{t('sla.met', { date: dateTime(doneAt) })}</span>;
    return (
      <span className="sla-clock late">
        <WarningIcon />
        {t('sla.metLate', { date: dateTime(doneAt), amount: duration(t, late) })}
      </span>
    );
  }
  if (state === 'breached' || dueMs < now) {
    return (
      <span className="sla-clock late">
        <WarningIcon />
        {t('sla.breached', { amount: duration(t, now - dueMs), date: dateTime(due) })}
      </span>
    );
  }
  return (
    <span className={state === 'at_risk' ? 'sla-clock soon' : 'sla-clock'}>
      {t(state === 'at_risk' ? 'sla.atRisk' : 'sla.running', { when: relativeTime(t, due, now), date: dateTime(due) })}
    </span>
  );
}

export function SlaClocks({ id, sla, now, level }: { id: number; sla: Sla; now: number; level: number }) {
  const { t } = useLocale();
  const titleId = `sla-${id}`;
  return (
    <section className="side-block" aria-labelledby={titleId}>
      <H level={level} id={titleId}>
        {t('sla.clocks')}
      </H>
      <dl className="side-facts">
        <dt>{t('sla.firstResponse')}</dt>
        <dd>
          <Clock state={sla.firstResponse} due={sla.firstResponseDue} doneAt={sla.firstResponseAt} now={now} />
        </dd>
        <dt>{t('sla.resolution')}</dt>
        <dd>
          <Clock state={sla.resolution} due={sla.resolutionDue} doneAt={sla.resolvedAt} now={now} />
        </dd>
      </dl>
    </section>
  );
}
