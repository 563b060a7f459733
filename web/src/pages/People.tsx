// Everyone in the organisation, searched on the server and read a page at a time.
import { useState } from 'react';
import { useAnnounce } from '../announce.tsx';
import { api } from '../api.ts';
import { DisclosureButton, DisclosurePanel, useDisclosure } from '../components/Disclosure.tsx';
import { TextField } from '../components/Field.tsx';
import { useTitle } from '../components/Layout.tsx';
import { PersonForm } from '../components/PersonForm.tsx';
import { ErrorBox } from '../components/Status.tsx';
import { useDebounced, usePaged } from '../hooks.ts';
import { useLocale } from '../locale.tsx';
import { Link, navigate } from '../router.tsx';
import { useSession } from '../session.tsx';

const PAGE_SIZE = 50;

export default function People() {
  const { t, plural } = useLocale();
  const session = useSession();
  const announce = useAnnounce();
  const add = useDisclosure();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 250);
  const people = usePaged((cursor) => api.people({ q: query || undefined, limit: PAGE_SIZE, cursor }), [query]);
  useTitle(t('people.title'));

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('people.title')}</h1>
        {session.can('people.manage') && (
          <DisclosureButton d={add} className="button primary">
            {t('people.add')}
          </DisclosureButton>
        )}
      </div>
      <DisclosurePanel d={add} title={t('people.add')}>
        <h2>{t('people.add')}</h2>
        <PersonForm
          onCancel={add.close}
          onSubmit={async (input) => {
            const p = await api.createPerson(input);
            announce(t('people.created', { name: p.name }));
            navigate(`/people/${p.id}`);
          }}
        />
      </DisclosurePanel>

      <div role="search" className="toolbar">
        <TextField label={t('people.search')} type="search" value={q} onChange={(e) => setQ(e.target.value)} className="grow" />
      </div>

      {people.error && <ErrorBox error={people.error} retry={people.reload} />}
      {!people.loading && people.items.length === 0 && !people.error && <p className="empty">{t('people.empty')}</p>}
      {people.items.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('common.name')}</th>
              <th scope="col">{t('common.email')}</th>
              <th scope="col">{t('common.title')}</th>
              <th scope="col">{t('common.language')}</th>
              <th scope="col">{t('people.status')}</th>
            </tr>
          </thead>
          <tbody>
            {people.items.map((p) => (
              <tr key={p.id} className={p.active ? undefined : 'inactive'}>
                <td>
                  <Link to={`/people/${p.id}`}>{p.name}</Link>
                </td>
                <td>{p.email}</td>
                <td>{p.title ?? ''}</td>
                <td>{t(`lang.${p.locale}`)}</td>
                <td>{p.active ? t('common.active') : t('common.inactive')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="list-foot">
        <span className="muted" aria-live="polite">
          {people.items.length > 0 && plural('common.shown', people.items.length)}
        </span>
        {people.hasMore && (
          <button type="button" className="button" onClick={people.loadMore} disabled={people.loading}>
            {t('common.loadMore')}
          </button>
        )}
      </div>
    </div>
  );
}
