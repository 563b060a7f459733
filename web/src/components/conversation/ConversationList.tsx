// The inbox rows. Each row is a real link to the conversation's page (new tab, copy address), and
// in the two-pane layout a click shows it beside the list instead. Everything that came from the
// network is rendered as text.
import type { MouseEvent } from 'react';
import type { ConversationSummary } from '../../conversations.ts';
import { useLocale } from '../../locale.tsx';
import { Link } from '../../router.tsx';
import { relativeTime } from '../../time.ts';
import { PersonIcon } from '../Icons.tsx';
import { IntentChip, PriorityTag, RiskBadge, SentimentMark, SlaBadge, StatusTag } from './Badges.tsx';

interface Props {
  items: ConversationSummary[];
  /** The conversation shown beside the list, if any. */
  selectedId: number | null;
  /** The row the j/k keys are on. */
  cursorId: number | null;
  now: number;
  /** A plain click on a row; call preventDefault to stay on the page. */
  onOpen(c: ConversationSummary, e: MouseEvent<HTMLAnchorElement>): void;
  label: string;
}

export function ConversationList({ items, selectedId, cursorId, now, onOpen, label }: Props) {
  const { t, dateTime } = useLocale();
  return (
    <ol className="conv-list" aria-label={label}>
      {items.map((c) => {
        const classes = ['conv-row', `sentiment-edge-${c.enrichment.sentiment}`, c.id === selectedId && 'selected', c.id === cursorId && 'cursor'].filter(Boolean).join(' ');
        return (
          <li key={c.id} className={classes} data-conversation={c.id}>
            <Link
              to={`/conversations/${c.id}`}
              className="conv-link"
              aria-current={c.id === selectedId ? 'true' : undefined}
              onClick={(e) => {
                if (e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey) onOpen(c, e);
              }}
            >
              <span className="conv-top">
                <span className="conv-author">{c.author.name || c.author.handle}</span>
                {c.author.name && <span className="muted conv-handle">{c.author.handle}</span>}
                <time className="muted conv-time" dateTime={c.lastActivityAt} title={dateTime(c.lastActivityAt)}>
                  {relativeTime(t, c.lastActivityAt, now)}
                </time>
              </span>
              <span className="conv-excerpt">{c.text}</span>
            </Link>
            <div className="conv-meta">
              <span className="muted">{c.channel.name}</span>
              <IntentChip intent={c.enrichment.intent} />
              <SentimentMark sentiment={c.enrichment.sentiment} />
              <RiskBadge risk={c.enrichment.risk} />
              <SlaBadge sla={c.sla} now={now} />
              {c.priority !== 'normal' && <PriorityTag priority={c.priority} />}
              <StatusTag status={c.status} />
              <span className="conv-assignee">
                <PersonIcon />
                {c.assignee ? c.assignee.name : <span className="muted">{t('conv.unassigned')}</span>}
              </span>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
