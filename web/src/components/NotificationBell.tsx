// The bell in the header: how many mentions wait unread, and the list of them with links to the
// conversations. It asks every 30 seconds, and at once when a note is written somewhere the
// person can read (a mention comes with a note). The list opens in place under the bell (not a
// dialog): Esc or a click elsewhere closes it and the focus goes back to the bell.
import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { useLiveEvents } from '../live.tsx';
import { useLocale } from '../locale.tsx';
import { Link } from '../router.tsx';
import { relativeTime } from '../time.ts';
import { FormError } from './Field.tsx';
import { BellIcon } from './Icons.tsx';
import type { Notification } from '../conversations.ts';

const POLL_MS = 30_000;

export function NotificationBell() {
  const { t, plural, dateTime } = useLocale();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const list = useLoad(() => api.notifications(), []);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const { reload } = list;

  useEffect(() => {
    const id = setInterval(reload, POLL_MS);
    return () => clearInterval(id);
  }, [reload]);
  // A reply held or decided on may come with an approval notification.
  useLiveEvents((events) => events.some((e) => e.type === 'note.created' || e.type === 'reply.updated' || e.type === 'resync') && reload(), 1000);

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => box.current && !box.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const items = list.data ?? [];
  const unread = items.filter((n) => !n.readAt).length;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const markAll = async () => {
    setError(null);
    try {
      await api.markNotificationsRead();
      reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="bell" ref={box} onKeyDown={(e) => e.key === 'Escape' && open && (e.stopPropagation(), close())}>
      <button
        ref={button}
        type="button"
        className="button ghost bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread ? plural('notifications.unread', unread) : t('notifications.title')}
        onClick={() => setOpen(!open)}
      >
        <BellIcon />
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true">
            {unread}
          </span>
        )}
      </button>
      {open && (
        <section id={panelId} className="bell-panel" aria-label={t('notifications.title')}>
          <div className="bell-head">
            <h2>{t('notifications.title')}</h2>
            {unread > 0 && (
              <button type="button" className="button small" onClick={markAll}>
                {t('notifications.markAll')}
              </button>
            )}
          </div>
          <FormError error={error ?? list.error} />
          {items.length === 0 ? (
            <p className="empty">{t('notifications.empty')}</p>
          ) : (
            <ul className="bell-list">
              {items.map((n) => (
                <li key={n.id} className={n.readAt ? undefined : 'unread'}>
                  <Link to={notificationHref(n)} onClick={() => setOpen(false)}>
                    {!n.readAt && <span className="visually-hidden">{t('notifications.new')} </span>}
                    {n.text}
                  </Link>
                  <time className="muted small" dateTime={n.createdAt} title={dateTime(n.createdAt)}>
                    {relativeTime(t, n.createdAt)}
                  </time>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

/** Where a notification leads: the approvals waiting for me, else the conversation, else my requests. */
function notificationHref(n: Notification): string {
  if (n.kind === 'approval_request') return '/approvals';
  return n.conversationId !== null ? `/conversations/${n.conversationId}` : '/approvals';
}
