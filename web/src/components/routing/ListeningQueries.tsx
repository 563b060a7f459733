// Listening queries: the keyword expressions a department follows ("(SNCF OU TGV) retard*"),
// which tag conversations with a topic. Anyone reads them; a department's advisers, its managers
// and the coordinator add them. A query the server cannot read comes back with its reason,
// shown under the query field.
import { useState } from 'react';
import { useAnnounce } from '../../announce.tsx';
import { api } from '../../api.ts';
import type { ListeningQuery } from '../../conversations.ts';
import { useSubmit } from '../../hooks.ts';
import { byEntity, departmentName, forgetInboxOrg, type InboxOrg } from '../../inboxScope.ts';
import { useLocale } from '../../locale.tsx';
import { entityTarget } from '../../orgTree.ts';
import { useSession } from '../../session.tsx';
import { DisclosureButton, DisclosurePanel, useDisclosure } from '../Disclosure.tsx';
import { FormError, SelectField, TextField, useFieldErrors, FormActions } from '../Field.tsx';

export function ListeningQueries({ org, queries, reload }: { org: InboxOrg; queries: ListeningQuery[]; reload(): void }) {
  const { t, lang } = useLocale();
  const session = useSession();
  const add = useDisclosure();
  // The departments where the person may add one, as the server will check it.
  const allowed = org.departments.filter((d) => session.can('listening.manage', entityTarget(org.entities, d.entity.id, d.id)));

  return (
    <section className="block" aria-labelledby="queries-title">
      <div className="page-head">
        <h2 id="queries-title">{t('queries.title')}</h2>
        {allowed.length > 0 && <DisclosureButton d={add}>{t('queries.add')}</DisclosureButton>}
      </div>
      <p className="muted">{t('queries.intro')}</p>
      <DisclosurePanel d={add} title={t('queries.add')}>
        <QueryForm
          org={org}
          departments={allowed}
          onCancel={add.close}
          onCreated={() => {
            add.close();
            forgetInboxOrg();
            reload();
          }}
        />
      </DisclosurePanel>
      {queries.length === 0 ? (
        <p className="empty">{t('queries.empty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('common.name')}</th>
              <th scope="col">{t('scope.department')}</th>
              <th scope="col">{t('queries.query')}</th>
              <th scope="col">{t('people.status')}</th>
            </tr>
          </thead>
          <tbody>
            {queries.map((q) => (
              <tr key={q.id} className={q.enabled ? undefined : 'inactive'}>
                <td>{q.name}</td>
                <td>{departmentName(org, lang, q.departmentId)}</td>
                <td>
                  <code>{q.query}</code>
                </td>
                <td>{q.enabled ? t('common.active') : t('common.inactive')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function QueryForm({ org, departments, onCreated, onCancel }: { org: InboxOrg; departments: InboxOrg['departments']; onCreated(): void; onCancel(): void }) {
  const { t, lang } = useLocale();
  const announce = useAnnounce();
  const [departmentId, setDepartmentId] = useState(departments[0]?.id ?? '');
  const [name, setName] = useState('');
  const [query, setQuery] = useState('');
  const { busy, error, run } = useSubmit();
  const fe = useFieldErrors(error);

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) =>
        run(e, async () => {
          const created = await api.createListeningQuery({ departmentId, name: name.trim(), query: query.trim() });
          announce(t('queries.created', { name: created.name }));
          onCreated();
        })
      }
    >
      <div className="form-grid">
        <SelectField label={t('scope.department')} value={departmentId} autoFocus onChange={(e) => setDepartmentId(e.target.value)} error={fe.departmentId}>
          {byEntity(org, departments).map((g) => (
            <optgroup key={g.entity} label={g.entity}>
              {g.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.names[lang]} — {g.entity}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <TextField label={t('queries.name')} value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} error={fe.name} />
      </div>
      <TextField label={t('queries.query')} hint={t('routing.syntax.hint')} className="mono" value={query} required maxLength={2000} onChange={(e) => setQuery(e.target.value)} error={fe.query} />
      <FormError error={error} shown={['departmentId', 'name', 'query']} />
      <FormActions busy={busy} submitLabel={t('queries.add')} onCancel={onCancel} />
    </form>
  );
}
