// The app: language, session and announcements around either the sign-in page or the page
// the address names; signed in, live updates from the server too.
import { Suspense } from 'react';
import { AnnounceProvider } from './announce.tsx';
import { Layout, useTitle } from './components/Layout.tsx';
import { ErrorBox, Loading } from './components/Status.tsx';
import { LocaleProvider, useLocale } from './locale.tsx';
import { PAGES } from './pages.ts';
import SignIn from './pages/SignIn.tsx';
import { LiveProvider } from './live.tsx';
import { Link, matchPath, useLocation } from './router.tsx';
import { SessionProvider, useSession, useSessionState } from './session.tsx';

export function App() {
  return (
    <LocaleProvider>
      <SessionProvider>
        <AnnounceProvider>
          <Shell />
        </AnnounceProvider>
      </SessionProvider>
    </LocaleProvider>
  );
}

function Shell() {
  const { state, retry } = useSessionState();
  if (state.status === 'loading') {
    return (
      <main id="main" className="centered">
        <Loading />
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main id="main" className="centered">
        <ErrorBox error={state.error} retry={retry} />
      </main>
    );
  }
  if (state.status === 'signedOut') return <SignIn reason={state.reason} />;
  return (
    <LiveProvider>
      <Layout>
        <Routes />
      </Layout>
    </LiveProvider>
  );
}

function Routes() {
  const { pathname, search } = useLocation();
  const session = useSession();
  for (const page of PAGES) {
    const params = matchPath(page.path, pathname);
    if (!params) continue;
    if (page.allowed && !page.allowed(session)) return <Refused />;
    const Page = page.component;
    return (
      <Suspense fallback={<Loading />}>
        {/* A new address is a new page: no state carries over from /people/a to /people/b. */}
        <Page key={pathname} params={params} search={search} />
      </Suspense>
    );
  }
  return <NotFound />;
}

function NotFound() {
  const { t } = useLocale();
  useTitle(t('app.notFound'));
  return (
    <div className="page narrow">
      <h1>{t('app.notFound')}</h1>
      <p>{t('app.notFound.text')}</p>
      <p>
        <Link to="/">{t('app.backHome')}</Link>
      </p>
    </div>
  );
}

function Refused() {
  const { t } = useLocale();
  useTitle(t('app.forbidden'));
  return (
    <div className="page narrow">
      <h1>{t('app.forbidden')}</h1>
      <p>
        <Link to="/">{t('app.backHome')}</Link>
      </p>
    </div>
  );
}
