// The banner every page shows while a crisis freeze is in force: what it covers, why, since when
// and who declared it. The server sends no event for freezes, so the banner asks every 20 seconds,
// when the window comes back to the front, on any live event (a freeze holds replies, which sends
// some), and at once when this tab declares or lifts one.
import { useEffect } from 'react';
import '../../governance.css';
import { FREEZES_CHANGED, gov, type Freeze } from '../../governance.ts';
import { useLoad } from '../../hooks.ts';
import { useLiveEvents } from '../../live.tsx';
import { useLocale } from '../../locale.tsx';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { WarningIcon } from '../Icons.tsx';

const POLL_MS = 20_000;

/** The freezes in force, kept current the way the banner is; other views can share it. */
export function useActiveFreezes() {
  const loaded = useLoad(() => gov.activeFreezes(), []);
  const { reload } = loaded;
  useEffect(() => {
    const id = setInterval(reload, POLL_MS);
    const visible = () => document.visibilityState === 'visible' && reload();
    window.addEventListener(FREEZES_CHANGED, reload);
    document.addEventListener('visibilitychange', visible);
    return () => {
      clearInterval(id);
      window.removeEventListener(FREEZES_CHANGED, reload);
      document.removeEventListener('visibilitychange', visible);
    };
  }, [reload]);
  useLiveEvents(() => reload(), 1500);
  return loaded;
}

export function FreezeBanner() {
  const session = useSession();
  if (!session.canSomewhere('guidelines.read')) return null;
  return <Banner />;
}

function Banner() {
  const { t } = useLocale();
  const session = useSession();
  const { data } = useActiveFreezes();
  const freezes = data ?? [];
  return (
    // Always in the page, so a freeze that starts is read out by screen readers when it appears.
    <div className="freeze-slot" aria-live="polite">
      {freezes.length > 0 && (
        <section className="freeze-banner" aria-label={t('freeze.banner')}>
          <WarningIcon aria-hidden="true" />
          <div>
            <p>
              <strong>{t('freeze.banner.title')}</strong> {t('freeze.banner.effect')}
            </p>
            <ul className="plain-list">
              {freezes.map((f) => (
                <FreezeLine key={f.id} freeze={f} />
              ))}
            </ul>
          </div>
          {session.canSomewhere('freeze.manage') && (
            <Link to="/freezes" className="button small">
              {t('freeze.manage')}
            </Link>
          )}
        </section>
      )}
    </div>
  );
}

export function FreezeLine({ freeze }: { freeze: Freeze }) {
  const { t, lang, dateTime } = useLocale();
  return (
    <li>
      <strong>{freeze.label[lang]}</strong> — <q>{freeze.reason}</q>{' '}
      <span className="muted">{t('freeze.since', { date: dateTime(freeze.startedAt), name: freeze.startedBy.name })}</span>
    </li>
  );
}
