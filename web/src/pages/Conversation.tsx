// One conversation on its own page: what a narrow screen opens from the inbox, and what a
// notification or a shared address leads to. Esc goes back to the inbox view it came from.
import { useRef, useState } from 'react';
import { ConversationView, type ConversationActions } from '../components/conversation/ConversationView.tsx';
import { useTitle } from '../components/Layout.tsx';
import { ShortcutsDialog, useShortcuts } from '../components/Shortcuts.tsx';
import { ErrorBox, Loading } from '../components/Status.tsx';
import { useLoad } from '../hooks.ts';
import { inboxAddress, loadInboxOrg } from '../inboxScope.ts';
import { useLocale } from '../locale.tsx';
import type { PageProps } from '../pages.ts';
import { useSession } from '../session.tsx';
import { Link, navigate } from '../router.tsx';

export default function Conversation({ params }: PageProps) {
  const { t } = useLocale();
  const session = useSession();
  const org = useLoad(() => loadInboxOrg(session.me.id), [session.me.id]);
  const view = useRef<ConversationActions>(null);
  const [help, setHelp] = useState(false);
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  useTitle(t('conv.pageTitle', { id: params.id }));
  const back = inboxAddress();

  useShortcuts({
    a: () => view.current?.assignToMe(),
    r: () => view.current?.focusReply(),
    n: () => view.current?.focusNote(),
    h: () => view.current?.openHandoff(),
    e: () => view.current?.resolve(),
    Escape: () => navigate(back),
    '?': () => setHelp(true),
  });

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label={t('app.breadcrumb')}>
        <Link to={back}>{t('nav.inbox')}</Link> <span aria-hidden="true">›</span> <span>{t('conv.pageTitle', { id: params.id })}</span>
      </nav>
      {!valid ? (
        <p className="notice">{t('conv.gone')}</p>
      ) : org.data ? (
        <ConversationView
          id={id}
          org={org.data}
          level={1}
          ref={view}
          // The hand-off form has announced where it went; the person goes back to the inbox.
          onLeft={() => navigate(back)}
        />
      ) : org.error ? (
        <ErrorBox error={org.error} retry={org.reload} />
      ) : (
        <Loading />
      )}
      <div className="page-foot">
        <button type="button" className="button ghost" aria-keyshortcuts="?" onClick={() => setHelp(true)}>
          {t('shortcuts.button')}
        </button>
      </div>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
