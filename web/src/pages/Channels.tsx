// The channels conversations arrive through, with the department holding each and whether it can
// carry a reply. A channel's own page has its settings and the file import.
import { api } from '../api.ts';
import { useTitle } from '../components/Layout.tsx';
import { ErrorBox, KindBadge, Loading } from '../components/Status.tsx';
import { useLoad } from '../hooks.ts';
import { useLocale } from '../locale.tsx';
import { Link } from '../router.tsx';
import type { DepartmentKind } from '../../../src/org/org.domain.ts';

export default function Channels() {
  const { t, lang, label } = useLocale();
  // A handful of rows per organisation: configuration, not traffic, so one request reads them all.
  const loaded = useLoad(() => Promise.all([api.channels(), api.entities()]), []);
  useTitle(t('channels.title'));
  if (!loaded.data) return <div className="page">{loaded.error ? <ErrorBox error={loaded.error} retry={loaded.reload} /> : <Loading />}</div>;
  const [channels, entities] = loaded.data;
  const entityName = new Map(entities.map((e) => [e.id, e.name]));

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('channels.title')}</h1>
      </div>
      <p className="muted">{t('channels.intro')}</p>
      {channels.length === 0 ? (
        <p className="empty">{t('channels.empty')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('channels.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common.name')}</th>
              <th scope="col">{t('channels.kind')}</th>
              <th scope="col">{t('channels.department')}</th>
              <th scope="col">{t('channels.state')}</th>
              <th scope="col">{t('channels.replies')}</th>
            </tr>
          </thead>
          <tbody>
            {channels.map((c) => (
              <tr key={c.id} className={c.active ? undefined : 'inactive'}>
                <td>
                  <Link to={`/channels/${c.id}`}>{c.name}</Link>
                </td>
                <td>{t(`channelKind.${c.kind}`)}</td>
                <td>
                  <KindBadge kind={c.department.kind as DepartmentKind} />
                  {c.department.names[lang] !== label('kind', c.department.kind) && <> {c.department.names[lang]}</>} — {entityName.get(c.department.entityId) ?? ''}
                </td>
                <td>{c.active ? t('common.active') : t('common.inactive')}</td>
                <td>{c.capabilities.reply ? t('channels.canReply') : t('channels.cannotReply')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
