// One channel: what it is, who holds it, where its replies go (or why it cannot send), and for
// those who may push conversations into it, the file import.
import { useState } from 'react';
import type { DepartmentKind } from '../../../src/org/org.domain.ts';
import { canSeeConversation } from '../../../src/policy/policy.ts';
import { api } from '../api.ts';
import { ImportUpload } from '../components/channels/ImportUpload.tsx';
import { CannotSend } from '../components/conversation/ReplyComposer.tsx';
import { useTitle } from '../components/Layout.tsx';
import { ErrorBox, KindBadge, Loading } from '../components/Status.tsx';
import type { Channel as ChannelData } from '../conversations.ts';
import { useLoad } from '../hooks.ts';
import { useLocale } from '../locale.tsx';
import { entityTarget } from '../orgTree.ts';
import type { PageProps } from '../pages.ts';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';
import type { EntityRow } from '../api.ts';

export default function Channel({ params }: PageProps) {
  const loaded = useLoad(() => Promise.all([api.channel(params.id), api.entities()]), [params.id]);
  useTitle(loaded.data?.[0].name);
  if (!loaded.data) return <div className="page">{loaded.error ? <ErrorBox error={loaded.error} retry={loaded.reload} /> : <Loading />}</div>;
  return <ChannelView channel={loaded.data[0]} entities={loaded.data[1]} />;
}

function ChannelView({ channel: c, entities }: { channel: ChannelData; entities: EntityRow[] }) {
  const { t, lang, label } = useLocale();
  const session = useSession();
  const [showSecret, setShowSecret] = useState(false);
  const target = entityTarget(entities, c.department.entityId, c.department.id);
  const entity = entities.find((e) => e.id === c.department.entityId)?.name ?? '';
  const departmentName = `${c.department.names[lang]} — ${entity}`;
  const readsInbox = canSeeConversation(
    session.principal,
    { departmentId: c.department.id, departmentKind: c.department.kind as DepartmentKind, entityPath: target.entityPath, sharedWith: [], sharedPeople: [] },
    'read',
  );
  const config = c.config as { url?: string; outboundUrl?: string; ownHandle?: string; secret?: string };

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label={t('app.breadcrumb')}>
        <Link to="/channels">{t('nav.channels')}</Link> <span aria-hidden="true">›</span> <span>{c.name}</span>
      </nav>
      <div className="page-head">
        <div>
          <p className="eyebrow">{t(`channelKind.${c.kind}`)}</p>
          <h1>{c.name}</h1>
        </div>
      </div>

      <section className="block" aria-labelledby="channel-facts">
        <h2 id="channel-facts">{t('channel.facts')}</h2>
        <dl className="facts channel-facts">
          <div>
            <dt>{t('channels.department')}</dt>
            <dd>
              <KindBadge kind={c.department.kind as DepartmentKind} />{' '}
              <Link to={`/departments/${c.department.id}`}>{c.department.names[lang] !== label('kind', c.department.kind) ? departmentName : entity}</Link>
            </dd>
          </div>
          <div>
            <dt>{t('channels.state')}</dt>
            <dd>{c.active ? t('common.active') : t('common.inactive')}</dd>
          </div>
          <div>
            <dt>{t('channel.languages')}</dt>
            <dd>{c.lang.length ? c.lang.map((l) => label('msgLang', l)).join(', ') : t('channel.anyLanguage')}</dd>
          </div>
          {config.url && (
            <div>
              <dt>{t('channel.feedUrl')}</dt>
              <dd>
                <code>{config.url}</code>
              </dd>
            </div>
          )}
          {config.ownHandle && (
            <div>
              <dt>{t('channel.ownHandle')}</dt>
              <dd>{config.ownHandle}</dd>
            </div>
          )}
          <div>
            <dt>{t('channels.replies')}</dt>
            <dd>{c.capabilities.reply && config.outboundUrl ? <code>{config.outboundUrl}</code> : t('channels.cannotReply')}</dd>
          </div>
        </dl>
        {config.secret && (
          <div className="channel-secret">
            <p>
              <strong>{t('channel.secret')}</strong>{' '}
              {showSecret && <code>{config.secret}</code>}{' '}
              <button type="button" className="button small ghost" aria-pressed={showSecret} onClick={() => setShowSecret(!showSecret)}>
                {t(showSecret ? 'channel.secret.hide' : 'channel.secret.show')}
              </button>
            </p>
            <p className="hint">{t('channel.secret.hint')}</p>
          </div>
        )}
        {!c.capabilities.reply && <CannotSend channel={c} />}
        {readsInbox && (
          <p>
            <Link to={`/inbox/${c.department.id}`}>{t('channel.inbox', { department: departmentName })}</Link>
          </p>
        )}
      </section>

      {session.can('conversations.ingest', target) && <ImportUpload channel={c} />}
    </div>
  );
}
