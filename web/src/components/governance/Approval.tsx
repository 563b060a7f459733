// Where a message waiting for approval stands: its steps in order (who decides, any or all of
// them, what they decided and why), the reasons it was held, and, for an approver of the current
// step, the decision itself. Rejecting says why: the writer reads the comment.
import { useEffect, useId, useState } from 'react';
import { useAnnounce } from '../../announce.tsx';
import { gov, STEP_STATES, type ApprovalStep, type ApprovalView, type Finding } from '../../governance.ts';
import { useLoad, useSubmit } from '../../hooks.ts';
import { useLiveEvents } from '../../live.tsx';
import { useLocale } from '../../locale.tsx';
import { Link } from '../../router.tsx';
import { FormError, TextAreaField } from '../Field.tsx';
import { ErrorBox, Loading } from '../Status.tsx';
import { FindingList } from './Findings.tsx';

export function ApprovalBadge({ status }: { status: ApprovalView['status'] }) {
  const { t } = useLocale();
  return <span className={`badge approval-${status}`}>{t(`approvalStatus.${status}`)}</span>;
}

function names(step: ApprovalStep): string {
  return step.approvers.map((a) => a.name ?? '?').join(', ');
}

/** One line: approved, rejected, or which step waits for whom. */
export function ApprovalSummaryLine({ view, inline = false }: { view: ApprovalView; inline?: boolean }) {
  const { t, dateTime } = useLocale();
  const current = view.steps[view.step - 1];
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag className="approval-line">
      <ApprovalBadge status={view.status} />{' '}
      {view.status === 'pending' && current
        ? t('approval.waitingAt', { step: view.step, of: view.stepCount, who: names(current) })
        : view.decidedAt
          ? t('approval.decidedOn', { date: dateTime(view.decidedAt) })
          : null}
    </Tag>
  );
}

function StepSource({ step }: { step: ApprovalStep }) {
  const { t } = useLocale();
  const s = step.source;
  if (s.type === 'policy') return <>{t('approval.source.policy', { name: s.policyName })}</>;
  return <>{t(`approval.source.${s.type}`)}</>;
}

export function ApprovalSteps({ view }: { view: ApprovalView }) {
  const { t, dateTime } = useLocale();
  return (
    <ol className="approval-steps">
      {view.steps.map((s) => (
        <li key={s.number} className={`approval-step step-${s.state}`} aria-current={s.state === 'current' ? 'step' : undefined}>
          <p>
            <strong>{t('approval.step', { n: s.number })}</strong> · <StepSource step={s} /> ·{' '}
            <span className={`badge step-state-${s.state}`}>{t(`stepState.${s.state as (typeof STEP_STATES)[number]}`)}</span>
          </p>
          <p className="muted small">
            {t(s.mode === 'all' ? 'approval.mode.all' : 'approval.mode.any')} {names(s) || t('approval.nobody')}
          </p>
          {s.decisions.length > 0 && (
            <ul className="plain-list decisions">
              {s.decisions.map((d, i) => (
                <li key={i}>
                  {t(d.decision === 'approve' ? 'approval.approvedBy' : 'approval.rejectedBy', { name: d.person.name })}{' '}
                  <time className="muted small" dateTime={d.at}>
                    {dateTime(d.at)}
                  </time>
                  {d.comment && <q className="decision-comment">{d.comment}</q>}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Approve, or reject with a comment; the comment is optional only to approve. */
export function DecideForm({ view, onDecided }: { view: ApprovalView; onDecided(next: ApprovalView): void }) {
  const { t } = useLocale();
  const announce = useAnnounce();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const { busy, error, run } = useSubmit();
  const id = useId();
  const decide = (decision: 'approve' | 'reject') =>
    run(null, async () => {
      if (decision === 'reject' && !comment.trim()) {
        setMissing(true);
        document.getElementById(`${id}-comment`)?.querySelector('textarea')?.focus();
        return;
      }
      setMissing(false);
      const next = await gov.decide(view.id, { decision, ...(comment.trim() && { comment: comment.trim() }) });
      announce(t(decision === 'approve' ? 'approval.approvedNow' : 'approval.rejectedNow'));
      setComment('');
      onDecided(next);
    });
  return (
    <form className="form decide-form" aria-label={t('approval.decide')} onSubmit={(e) => e.preventDefault()}>
      <div id={`${id}-comment`}>
        <TextAreaField
          label={t('approval.comment')}
          hint={t('approval.comment.hint')}
          rows={2}
          maxLength={2000}
          value={comment}
          error={missing ? t('approval.comment.required') : undefined}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <FormError error={error} />
      <div className="form-actions">
        <button type="button" className="button primary" disabled={busy} onClick={() => decide('approve')}>
          {t('approval.approve')}
        </button>
        <button type="button" className="button danger" disabled={busy} onClick={() => decide('reject')}>
          {t('approval.reject')}
        </button>
      </div>
    </form>
  );
}

/** A request in full: what it is about, why it was held, its steps and, when it is my turn, the decision. */
export function ApprovalDetail({ view, onDecided, level = 2 }: { view: ApprovalView; onDecided(next: ApprovalView): void; level?: 2 | 3 }) {
  const { t, label } = useLocale();
  const H = level === 2 ? 'h2' : 'h3';
  const reasons = view.reasons as Finding[];
  // Spans point into a reply's text; a post's text here is its title and variants joined.
  const spanText = view.subject.type === 'reply' ? view.subject.text : null;
  return (
    <div className="approval-detail">
      <p className="muted">
        {t(`approval.subject.${view.subject.type}`)} · {t('approval.by', { name: view.author.name ?? '?' })} ·{' '}
        {view.subject.status && (view.subject.type === 'reply' ? label('replyStatus', view.subject.status) : t(`postStatus.${view.subject.status as 'draft'}`))}
        {view.subject.type === 'post' && (
          <>
            {' · '}
            <Link to={`/posts/${view.subject.id}`}>{t('approval.openPost')}</Link>
          </>
        )}
        {view.conversation && (
          <>
            {' · '}
            <Link to={`/conversations/${view.conversation.id}`}>{t('approval.openConversation')}</Link>
          </>
        )}
      </p>
      {view.conversation && (
        <figure className="approval-context">
          <figcaption className="muted small">{t('approval.inAnswerTo', { author: view.conversation.author ?? '?', channel: view.conversation.channel ?? '' })}</figcaption>
          <blockquote className="message-text">{view.conversation.text}</blockquote>
        </figure>
      )}
      <H>{t('approval.message')}</H>
      <p className="message-text approval-text">{view.subject.text ?? '—'}</p>
      {reasons.length > 0 && (
        <>
          <H>{t('approval.reasons')}</H>
          <FindingList text={spanText} findings={reasons} />
        </>
      )}
      <H>{t('approval.steps')}</H>
      <ApprovalSummaryLine view={view} />
      <ApprovalSteps view={view} />
      {view.canDecide && <DecideForm view={view} onDecided={onDecided} />}
    </div>
  );
}

/** A request loaded by its number, kept current after a decision made here. */
export function LoadedDetail({ id, onDecided, level = 3 }: { id: number; onDecided?(): void; level?: 2 | 3 }) {
  const loaded = useLoad(() => gov.approval(id), [id]);
  const [view, setView] = useState(loaded.data);
  useEffect(() => setView(loaded.data), [loaded.data]);
  if (!view) return loaded.error ? <ErrorBox error={loaded.error} retry={loaded.reload} /> : <Loading />;
  return (
    <ApprovalDetail
      view={view}
      level={level}
      onDecided={(next) => {
        setView(next);
        onDecided?.();
      }}
    />
  );
}

/** In the conversation's history: where a reply held for approval stands, kept current by live events. */
export function ReplyApproval({ replyId, conversationId }: { replyId: number; conversationId: number }) {
  const { t } = useLocale();
  const loaded = useLoad(() => gov.replyApproval(replyId), [replyId]);
  useLiveEvents((events) => {
    if (events.some((e) => e.type === 'resync' || e.conversationId === conversationId)) loaded.reload();
  }, 500);
  if (!loaded.data) return loaded.error ? <ErrorBox error={loaded.error} retry={loaded.reload} /> : <Loading />;
  const view = loaded.data;
  return (
    <details className="reply-approval">
      <summary>
        <ApprovalSummaryLine view={view} inline />
      </summary>
      <ApprovalSteps view={view} />
      <p className="small">
        <Link to={`/approvals/${view.id}`}>{t('approval.open', { id: view.id })}</Link>
      </p>
    </details>
  );
}
