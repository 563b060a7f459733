// The shared publishing calendar: every department's posts by month or by week, each department
// in its own colour (named next to it), each post with its time, channels and status. Days follow
// the reader's clock; a post planned in another time zone also shows its own local time. The
// view and the date are in the address, so a week can be shared as a link.
import type { CSSProperties } from 'react';
import { useEffect } from 'react';
import { useTitle } from '../components/Layout.tsx';
import { ErrorBox, Loading } from '../components/Status.tsx';
import { departmentColour, gov, POST_STATUSES, type CalendarPost, type PostStatus } from '../governance.ts';
import { useLoad } from '../hooks.ts';
import { departmentName, loadInboxOrg } from '../inboxScope.ts';
import { useLocale } from '../locale.tsx';
import type { PageProps } from '../pages.ts';
import { Link, navigate } from '../router.tsx';
import { useSession } from '../session.tsx';
import { SelectField } from '../components/Field.tsx';
import { useActiveFreezes } from '../components/governance/FreezeBanner.tsx';

type View = 'month' | 'week';
const DAY = 86400_000;
const POLL_MS = 30_000;

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
function parseDay(s: string | null): Date {
  const m = s && /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date();
  return Number.isNaN(d.getTime()) ? new Date() : new Date(d.getFullYear(), d.getMonth(), d.getDate());
}
const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
/** Weeks start on Monday, as in France and in ISO 8601. */
const mondayOf = (d: Date) => addDays(d, -((d.getDay() + 6) % 7));

function range(view: View, anchor: Date): { from: Date; to: Date; days: Date[] } {
  const from = view === 'week' ? mondayOf(anchor) : mondayOf(new Date(anchor.getFullYear(), anchor.getMonth(), 1));
  const count = view === 'week' ? 7 : 42;
  const days = Array.from({ length: count }, (_, i) => addDays(from, i));
  return { from, to: addDays(from, count), days };
}

export default function Calendar({ search }: PageProps) {
  const { t, lang } = useLocale();
  const session = useSession();
  const view: View = search.get('view') === 'week' ? 'week' : 'month';
  const anchor = parseDay(search.get('d'));
  const status = (POST_STATUSES as readonly string[]).includes(search.get('status') ?? '') ? (search.get('status') as PostStatus) : '';
  const { from, to, days } = range(view, anchor);
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const title =
    view === 'month'
      ? new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(anchor)
      : t('calendar.weekOf', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(from) });
  useTitle(`${t('calendar.title')} — ${title}`);

  const posts = useLoad(() => gov.calendar(from, to), [from.getTime(), to.getTime()]);
  const org = useLoad(() => loadInboxOrg(session.me.id), [session.me.id]);
  const freezes = useActiveFreezes();
  const { reload } = posts;
  useEffect(() => {
    const id = setInterval(reload, POLL_MS);
    return () => clearInterval(id);
  }, [reload]);

  const go = (next: { view?: View; d?: Date; status?: string }) => {
    const q = new URLSearchParams({ view: next.view ?? view, d: isoDay(next.d ?? anchor) });
    const s = next.status ?? status;
    if (s) q.set('status', s);
    navigate(`/calendar?${q}`, { replace: true });
  };
  const step = (sign: 1 | -1) => go({ d: view === 'week' ? addDays(anchor, 7 * sign) : new Date(anchor.getFullYear(), anchor.getMonth() + sign, 1) });

  const shown = (posts.data ?? []).filter((p) => !status || p.status === status);
  const byDay = new Map<string, CalendarPost[]>();
  for (const p of shown) {
    const key = isoDay(new Date(p.scheduledAt!));
    byDay.set(key, [...(byDay.get(key) ?? []), p]);
  }
  const departments = [...new Map(shown.map((p) => [p.department.id, p.department])).values()];
  const today = isoDay(new Date());
  const weekdays = days.slice(0, 7).map((d) => new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(d));
  const dayTitle = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const name = (id: string, names: { fr: string; en: string }) => (org.data ? departmentName(org.data, lang, id) : null) ?? names[lang];
  const frozen = new Set((freezes.data ?? []).flatMap((f) => f.departmentIds));
  const paused = (p: CalendarPost) => p.status === 'scheduled' && frozen.has(p.department.id) && new Date(p.scheduledAt!).getTime() <= Date.now();

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('calendar.title')}</h1>
        {session.canSomewhere('posts.write') && (
          <Link to="/posts/new" className="button primary">
            {t('post.new')}
          </Link>
        )}
      </div>
      <div className="calendar-tools">
        <button type="button" className="button" onClick={() => step(-1)} aria-label={t(view === 'week' ? 'calendar.prevWeek' : 'calendar.prevMonth')}>
          ←
        </button>
        <button type="button" className="button" onClick={() => go({ d: new Date() })}>
          {t('calendar.today')}
        </button>
        <button type="button" className="button" onClick={() => step(1)} aria-label={t(view === 'week' ? 'calendar.nextWeek' : 'calendar.nextMonth')}>
          →
        </button>
        <h2 aria-live="polite">{title}</h2>
        <span className="inline-buttons" role="group" aria-label={t('calendar.view')}>
          <button type="button" className="button" aria-pressed={view === 'month'} onClick={() => go({ view: 'month' })}>
            {t('calendar.month')}
          </button>
          <button type="button" className="button" aria-pressed={view === 'week'} onClick={() => go({ view: 'week' })}>
            {t('calendar.week')}
          </button>
        </span>
        <SelectField label={t('calendar.status')} value={status} onChange={(e) => go({ status: e.target.value })}>
          <option value="">{t('calendar.status.any')}</option>
          {POST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`postStatus.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {posts.error && <ErrorBox error={posts.error} retry={reload} />}
      {!posts.data && !posts.error && <Loading />}
      <div className={`calendar ${view}`} aria-hidden="true">
        {weekdays.map((w) => (
          <div key={w} className="calendar-head">
            {w}
          </div>
        ))}
      </div>
      <ol className={`calendar ${view}`} aria-label={title}>
        {days.map((d) => {
          const key = isoDay(d);
          const list = byDay.get(key) ?? [];
          const outside = view === 'month' && d.getMonth() !== anchor.getMonth();
          return (
            <li key={key} className={`calendar-day${outside ? ' outside' : ''}${key === today ? ' today' : ''}`} aria-current={key === today ? 'date' : undefined}>
              <h3>
                <span aria-hidden="true">{d.getDate()}</span>
                <span className="visually-hidden">{dayTitle.format(d)}</span>
                {list.length > 0 && <span className="visually-hidden"> — {t('calendar.count', { n: list.length })}</span>}
              </h3>
              {list.length > 0 && (
                <ul>
                  {list.map((p) => (
                    <li key={p.id}>
                      <PostChip post={p} department={name(p.department.id, p.department.names)} paused={paused(p)} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {departments.length > 0 && (
        <ul className="dept-legend" aria-label={t('calendar.legend')}>
          {departments.map((d) => (
            <li key={d.id} style={{ '--dept': departmentColour(d.id) } as CSSProperties}>
              <span className="dept-swatch" aria-hidden="true" />
              {name(d.id, d.names)}
            </li>
          ))}
        </ul>
      )}
      {posts.data && shown.length === 0 && <p className="empty">{t('calendar.empty')}</p>}
    </div>
  );
}

function PostChip({ post, department, paused }: { post: CalendarPost; department: string; paused: boolean }) {
  const { t, lang } = useLocale();
  const at = new Date(post.scheduledAt!);
  const time = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { hour: '2-digit', minute: '2-digit' }).format(at);
  const reader = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const ownTime = post.timezone && post.timezone !== reader && post.scheduledLocal ? `${post.scheduledLocal.slice(11, 16)} ${post.timezone.split('/').pop()?.replace('_', ' ')}` : null;
  return (
    <Link to={`/posts/${post.id}`} className={`cal-post status-${post.status}`} style={{ '--dept': departmentColour(post.department.id) } as CSSProperties}>
      <span className="cal-time">{time}</span> {post.title}
      {ownTime && <span className="muted small"> ({ownTime})</span>}
      <span className="cal-dept">{department}</span>
      <span className={`badge post-status post-status-${post.status}`}>{t(`postStatus.${post.status as PostStatus}`)}</span>
      {paused && <span className="badge post-status-paused">{t('post.paused')}</span>}
      {post.channels.length > 0 && <span className="muted small"> {post.channels.join(', ')}</span>}
    </Link>
  );
}
