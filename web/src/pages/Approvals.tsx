// Approvals: the messages waiting for my decision (each opens in place with its context, the
// reasons it was held, its steps and the decision), then my own messages and where they stand
// (every request, for the group's coordinator and auditor).
import { useEffect, useRef, useState } from 'react';
import { ApprovalBadge, LoadedDetail } from '../components/governance/Approval.tsx';
import { DisclosureButton, DisclosurePanel, useDisclosure } from '../components/Disclosure.tsx';
import { SelectField } from '../components/Field.tsx';
import { useTitle } from '../components/Layout.tsx';
import { ErrorBox, Loading } from '../components/Status.tsx';
import { APPROVAL_STATUSES, gov, type ApprovalStatus, type ApprovalSummary } from '../governance.ts';
import { useLoad, usePaged } from '../hooks.ts';
import { useLiveEvents } from '../live.tsx';
import { useLocale } from '../locale.tsx';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';

const POLL_MS = 30_000;
const overseer = (grants: { role: string; scopeType: string }[]) => grants.some((g) => g.scopeType === 'group' && (g.role === 'coordinator' || g.role === 'auditor'));

export default function Approvals() {
  const { t } = useLocale();
  const session = useSession();
  useTitle(t('approvals.title'));
  const decides = session.canSomewhere('approvals.decide');
  return (
    <div className="page">
      <h1>{t('approvals.title')}</h1>
      {decides && <WaitingForMe />}
      <Requests all={overseer(session.principal.grants)} />
    </div>
  );
}

function WaitingForMe() {
  const { t } = useLocale();
  const waiting = useLoad(() => gov.waitingForMe(), []);
  const { reload } = waiting;
  useEffect(() => {
    const id = setInterval(reload, POLL_MS);
    return () => clearInterval(id);
  }, [reload]);
  useLiveEvents(() => reload(), 1000);
  const items = waiting.data?.items ?? [];
  const heading = useRef<HTMLHeadingElement>(null);
  // The decided item leaves the list: the focus goes to the list's heading rather than nowhere.
  const decided = () => {
    reload();
    heading.current?.focus();
  };
  return (
    <section className="block" aria-labelledby="waiting-title">
      <h2 id="waiting-title" ref={heading} tabIndex={-1}>
        {t('approvals.waiting')} {waiting.data && <span className="badge">{items.length}</span>}
      </h2>
      {waiting.error && <ErrorBox error={waiting.error} retry={reload} />}
      {!waiting.data && !waiting.error && <Loading />}
      {waiting.data && items.length === 0 && <p className="empty">{t('approvals.waiting.empty')}</p>}
      {items.length > 0 && (
        <ul className="approval-list">
          {items.map((a) => (
            <WaitingItem key={a.id} item={a} onDecided={decided} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Summary({ item }: { item: ApprovalSummary }) {
  const { t, dateTime, label } = useLocale();
  return (
    <>
      <p>
        <strong>{t(`approval.subject.${item.subject.type}`)}</strong> · {t('approval.by', { name: item.author.name ?? '?' })} ·{' '}
        <time className="muted" dateTime={item.createdAt}>
          {dateTime(item.createdAt)}
        </time>
      </p>
      <p className="message-text">{item.subject.excerpt ?? '—'}</p>
      <p className="muted small">
        <ApprovalBadge status={item.status} /> {item.status === 'pending' && t('approval.stepOf', { step: item.step, of: item.stepCount })}
        {item.subject.status && (
          <>
            {' · '}
            {item.subject.type === 'reply' ? label('replyStatus', item.subject.status) : t(`postStatus.${item.subject.status as 'draft'}`)}
          </>
        )}
      </p>
    </>
  );
}

function WaitingItem({ item, onDecided }: { item: ApprovalSummary; onDecided(): void }) {
  const { t } = useLocale();
  const open = useDisclosure();
  return (
    <li className="approval-item">
      <Summary item={item} />
      <DisclosureButton d={open} className="button small" label={t('approvals.reviewOf', { id: item.id })}>
        {t('approvals.review')}
      </DisclosureButton>
      <DisclosurePanel d={open} title={t('approvals.reviewOf', { id: item.id })}>
        <LoadedDetail id={item.id} onDecided={onDecided} />
      </DisclosurePanel>
    </li>
  );
}

function Requests({ all }: { all: boolean }) {
  const { t } = useLocale();
  const [status, setStatus] = useState<ApprovalStatus | ''>('');
  const list = usePaged(
    async (cursor) => {
      const page = await gov.approvals({ status: status || undefined, before: cursor, limit: 20 });
      return { items: page.items, nextCursor: page.nextCursor === null ? null : String(page.nextCursor) };
    },
    [status],
  );
  useLiveEvents(() => list.reload(), 1500);
  return (
    <section className="block" aria-labelledby="requests-title">
      <h2 id="requests-title">{t(all ? 'approvals.all' : 'approvals.mine')}</h2>
      <div className="toolbar">
        <SelectField label={t('approvals.status')} value={status} onChange={(e) => setStatus(e.target.value as ApprovalStatus | '')}>
          <option value="">{t('approvals.status.any')}</option>
          {APPROVAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`approvalStatus.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {list.error && <ErrorBox error={list.error} retry={list.reload} />}
      {list.items.length === 0 && !list.loading && !list.error && <p className="empty">{t('approvals.mine.empty')}</p>}
      {list.items.length > 0 && (
        <ul className="approval-list">
          {list.items.map((a) => (
            <li key={a.id} className="approval-item">
              <Summary item={a} />
              <p className="small">
                <Link to={`/approvals/${a.id}`}>{t('approval.open', { id: a.id })}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      {list.loading && <Loading />}
      {list.hasMore && !list.loading && (
        <p className="list-foot">
          <button type="button" className="button" onClick={list.loadMore}>
            {t('common.loadMore')}
          </button>
        </p>
      )}
    </section>
  );
}
