// One department: its names, entity and kind, everyone holding a role in it, and for those who
// manage it, adding a social adviser (or another member), removing a role, editing the names.
import { useState, type FormEvent } from 'react';
import { canSeeConversation, type Role } from '../../../src/policy/policy.ts';
import { useAnnounce } from '../announce.tsx';
import { api, type DepartmentPage, type EntityRow, type Member, type PersonRow } from '../api.ts';
import { FormError, SelectField, useFieldErrors } from '../components/Field.tsx';
import { useTitle } from '../components/Layout.tsx';
import { DepartmentForm } from '../components/OrgForms.tsx';
import { PersonPicker } from '../components/PersonPicker.tsx';
import { ErrorBox, KindBadge, Loading, NoAdviserFlag } from '../components/Status.tsx';
import { useLoad } from '../hooks.ts';
import { DEPARTMENT_ROLES } from '../labels.ts';
import { useLocale } from '../locale.tsx';
import { entityTarget } from '../orgTree.ts';
import type { PageProps } from '../pages.ts';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';

export default function Department({ params }: PageProps) {
  const { lang } = useLocale();
  const loaded = useLoad(() => Promise.all([api.department(params.id), api.entities()]), [params.id]);
  useTitle(loaded.data?.[0].names[lang]);
  if (!loaded.data) return loaded.error ? <ErrorBox error={loaded.error} retry={loaded.reload} /> : <Loading />;
  const [department, entities] = loaded.data;
  return <DepartmentView d={department} entities={entities} reload={loaded.reload} />;
}

function DepartmentView({ d, entities, reload }: { d: DepartmentPage; entities: EntityRow[]; reload(): void }) {
  const { t, lang, label } = useLocale();
  const session = useSession();
  const announce = useAnnounce();
  const target = entityTarget(entities, d.entity.id, d.id);
  const canGrant = session.can('roles.manage', target);
  const canEdit = session.can('org.manage', target);
  // The department's inbox, for those the server lets read it (HR stays with HR and the overseers).
  const member = session.principal.grants.some((g) => g.scopeType === 'department' && g.scopeId === d.id);
  const readsInbox = member || canSeeConversation(session.principal, { departmentId: d.id, departmentKind: d.kind, entityPath: target.entityPath, sharedWith: [], sharedPeople: [] }, 'read');
  const other = lang === 'fr' ? 'en' : 'fr';
  const [removeError, setRemoveError] = useState<unknown>(null);

  const remove = async (m: Member) => {
    const role = label('role', m.role);
    if (!window.confirm(t('department.confirmRemove', { role, person: m.person.name }))) return;
    setRemoveError(null);
    try {
      await api.revokeRole(m.person.id, m.grantId);
      announce(t('department.memberRemoved', { role, person: m.person.name }));
      reload();
    } catch (err) {
      setRemoveError(err);
    }
  };

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label={t('app.breadcrumb')}>
        <Link to="/">{t('nav.chart')}</Link> <span aria-hidden="true">›</span> <span>{d.entity.name}</span>
      </nav>
      <div className="page-head">
        <div>
          <h1>{d.names[lang]}</h1>
          <p className="muted">
            {t('department.otherName')} <span lang={other}>{d.names[other]}</span>
          </p>
        </div>
        {readsInbox && (
          <Link className="button" to={`/inbox/${d.id}`}>
            {t('department.inbox')}
          </Link>
        )}
      </div>
      <dl className="facts">
        <div>
          <dt>{t('department.entity')}</dt>
          <dd>{d.entity.name}</dd>
        </div>
        <div>
          <dt>{t('department.kind')}</dt>
          <dd>
            <KindBadge kind={d.kind} />
          </dd>
        </div>
        <div>
          <dt>{t('chart.advisers')}</dt>
          <dd>{d.health.noAdviser ? <NoAdviserFlag /> : d.advisers.map((a) => a.name).join(', ')}</dd>
        </div>
      </dl>

      <section aria-labelledby="members-title" className="block">
        <h2 id="members-title">{t('department.members')}</h2>
        {d.members.length === 0 ? (
          <p className="empty">{t('department.noMembers')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('common.email')}</th>
                <th scope="col">{t('common.role')}</th>
                {canGrant && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {d.members.map((m) => (
                <tr key={m.grantId}>
                  <td>
                    <Link to={`/people/${m.person.id}`}>{m.person.name}</Link>
                  </td>
                  <td>{m.person.email}</td>
                  <td>{label('role', m.role)}</td>
                  {canGrant && (
                    <td>
                      <button type="button" className="button small danger" onClick={() => remove(m)}>
                        {t('common.remove')}
                        <span className="visually-hidden">
                          {' '}
                          {label('role', m.role)} — {m.person.name}
                        </span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <FormError error={removeError} />
      </section>

      {canGrant && <AddMember d={d} reload={reload} />}

      {canEdit && (
        <section aria-labelledby="edit-title" className="block">
          <h2 id="edit-title">{t('department.edit')}</h2>
          <DepartmentForm
            key={JSON.stringify([d.names, d.kind, d.entity.id])}
            entities={entities.filter((e) => session.can('org.manage', entityTarget(entities, e.id, d.id)))}
            initial={{ entityId: d.entity.id, kind: d.kind, names: d.names }}
            submitLabel={t('common.save')}
            onSubmit={async (input) => {
              await api.updateDepartment(d.id, input);
              announce(t('common.saved'));
              reload();
            }}
          />
        </section>
      )}
    </div>
  );
}

function AddMember({ d, reload }: { d: DepartmentPage; reload(): void }) {
  const { t, label } = useLocale();
  const announce = useAnnounce();
  const [person, setPerson] = useState<PersonRow | null>(null);
  const [role, setRole] = useState<Role>('social_adviser');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const fe = useFieldErrors(error);
  const holders = d.members.filter((m) => m.role === role).map((m) => m.person.id);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setMissing(!person);
    if (!person) return;
    setBusy(true);
    try {
      await api.grantRole(person.id, { role, scopeType: 'department', scopeId: d.id });
      announce(t('department.memberAdded', { person: person.name, role: label('role', role) }));
      setPerson(null);
      reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="add-member-title" className="block">
      <h2 id="add-member-title">{t('department.addMember')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <div className="pick-grid">
          <PersonPicker value={person} onChange={setPerson} exclude={holders} error={missing ? t('department.pickPerson') : undefined} />
          <SelectField label={t('common.role')} value={role} onChange={(e) => setRole(e.target.value as Role)} error={fe.role}>
            {DEPARTMENT_ROLES.map((r) => (
              <option key={r} value={r}>
                {label('role', r)}
              </option>
            ))}
          </SelectField>
        </div>
        <FormError error={error} shown={['role']} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {t('department.addMember.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
