// The life of a conversation in time order: the author's follow-ups, our replies with their
// delivery status, internal notes and hand-offs with their reasons. All of it is text.
import type { ConversationDetail, Handoff, Note, Reply } from '../../conversations.ts';
import { departmentName, type InboxOrg } from '../../inboxScope.ts';
import { useLocale } from '../../locale.tsx';
import { H, IntentChip } from './Badges.tsx';
import { ReplyApproval } from '../governance/Approval.tsx';

type Entry =
  | { kind: 'message'; at: string; key: string; item: ConversationDetail['thread'][number] }
  | { kind: 'reply'; at: string; key: string; item: Reply }
  | { kind: 'note'; at: string; key: string; item: Note }
  | { kind: 'handoff'; at: string; key: string; item: Handoff };

function entriesOf(c: ConversationDetail): Entry[] {
  const all: Entry[] = [
    ...c.thread.map((item) => ({ kind: 'message' as const, at: item.createdAt, key: `m${item.id}`, item })),
    ...c.replies.map((item) => ({ kind: 'reply' as const, at: item.createdAt, key: `r${item.id}`, item })),
    ...c.notes.map((item) => ({ kind: 'note' as const, at: item.createdAt, key: `n${item.id}`, item })),
    ...c.handoffs.map((item) => ({ kind: 'handoff' as const, at: item.createdAt, key: `h${item.id}`, item })),
  ];
  return all.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
}

export function History({ conv, org, level }: { conv: ConversationDetail; org: InboxOrg; level: number }) {
  const { t, dateTime } = useLocale();
  const entries = entriesOf(conv);
  const titleId = `history-${conv.id}`;
  return (
    <section className="history" aria-labelledby={titleId}>
      <H level={level} id={titleId}>
        {t('conv.history')}
      </H>
      {entries.length === 0 ? (
        <p className="empty">{t('conv.history.empty')}</p>
      ) : (
        <ol className="timeline">
          {entries.map((e) => (
            <li key={e.key} className={`event event-${e.kind}`}>
              <p className="event-head">
                <EntryTitle entry={e} org={org} />
                <time className="muted" dateTime={e.at}>
                  {dateTime(e.at)}
                </time>
              </p>
              <EntryBody entry={e} conversationId={conv.id} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function EntryTitle({ entry, org }: { entry: Entry; org: InboxOrg }) {
  const { t, lang, label } = useLocale();
  switch (entry.kind) {
    case 'message':
      return (
        <span>
          <strong>{t('conv.event.message', { author: entry.item.author.name || entry.item.author.handle })}</strong> <IntentChip intent={entry.item.enrichment.intent} />
        </span>
      );
    case 'reply':
      return (
        <span>
          <strong>{t('conv.event.reply', { author: entry.item.author })}</strong>{' '}
          <span className={`badge reply reply-${entry.item.status}`}>{label('replyStatus', entry.item.status)}</span>
        </span>
      );
    case 'note':
      return <strong>{t('conv.event.note', { author: entry.item.author.name })}</strong>;
    case 'handoff':
      return (
        <strong>
          {t('conv.event.handoff', {
            from: departmentName(org, lang, entry.item.from) ?? t('inbox.triage'),
            to: departmentName(org, lang, entry.item.to) ?? '',
            by: entry.item.by,
          })}
        </strong>
      );
  }
}

function EntryBody({ entry, conversationId }: { entry: Entry; conversationId: number }) {
  const { t, plural, dateTime } = useLocale();
  switch (entry.kind) {
    case 'message':
    case 'note':
      return <p className="message-text">{entry.item.text}</p>;
    case 'handoff':
      return <p className="handoff-reason">{t('conv.handoff.reasonShown', { reason: entry.item.reason })}</p>;
    case 'reply': {
      const r = entry.item;
      return (
        <>
          <p className="message-text">{r.text}</p>
          {r.status === 'sent' && r.sentAt && <p className="muted small">{t('conv.reply.sentAt', { date: dateTime(r.sentAt) })}</p>}
          {r.status === 'pending_approval' && <p className="muted small">{t('conv.reply.pendingHint')}</p>}
          {(r.status === 'pending_approval' || (r.status === 'failed' && r.lastError?.startsWith('rejected:'))) && (
            <ReplyApproval replyId={r.id} conversationId={conversationId} />
          )}
          {r.lastError && r.status !== 'sent' && (
            <p className={r.status === 'failed' ? 'field-error' : 'muted small'}>
              {t(r.status === 'failed' ? 'conv.reply.failed' : 'conv.reply.retrying', { error: r.lastError })} {plural('conv.reply.attempts', r.attempts)}
            </p>
          )}
        </>
      );
    }
  }
}
