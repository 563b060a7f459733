// The frame of every signed-in page: skip link, header (navigation, notifications, person,
// language, sign out) and the main region that receives the focus after each navigation.
import { useEffect, useRef, type ReactNode } from 'react';
import { LANGS, isLang } from '../i18n/index.ts';
import { useLocale } from '../locale.tsx';
import { PAGES } from '../pages.ts';
import { Link, matchPath, navigate, useLocation } from '../router.tsx';
import { useSession } from '../session.tsx';
import { LogoMark, PersonIcon } from './Icons.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { FreezeBanner } from './governance/FreezeBanner.tsx';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useLocale();
  const session = useSession();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a navigation, reading starts at the new page, as it would after a page load.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);

  const current = PAGES.find((p) => matchPath(p.path, pathname));
  const section = current?.section ?? current?.path;
  const nav = PAGES.filter((p) => p.nav && (!p.allowed || p.allowed(session)));

  const signOut = async () => {
    await session.signOut();
    navigate('/');
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          <LogoMark />
          <span>{t('app.name')}</span>
        </Link>
        <nav aria-label={t('header.nav')}>
          <ul>
            {nav.map((p) => (
              <li key={p.path}>
                <Link to={p.path} aria-current={section === p.path ? 'page' : undefined}>
                  {t(p.nav!)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          {session.canSomewhere('self.manage') && <NotificationBell />}
          <Link to="/account" className="who" aria-label={t('header.account', { name: session.me.name })}>
            <PersonIcon />
            <span>{session.me.name}</span>
          </Link>
          <LanguageSelect />
          <button type="button" className="button ghost" onClick={signOut}>
            {t('header.signOut')}
          </button>
        </div>
      </header>
      <FreezeBanner />
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/** Sets the window title, which is also what a screen reader announces first on a new page. */
export function useTitle(title: string | undefined): void {
  const { t } = useLocale();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title, t]);
}

export function LanguageSelect() {
  const { t, lang, setLang } = useLocale();
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t('header.language')}</span>
      <select value={lang} onChange={(e) => isLang(e.target.value) && setLang(e.target.value)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
