// One person: details, the roles they hold and where, and for managers granting or revoking a
// role and editing the profile.
import { useState } from 'react';
import { ROLES, type Role, type ScopeType } from '../../../src/policy/policy.ts';
import { useAnnounce } from '../announce.tsx';
import { api, type DepartmentRow, type EntityRow, type GrantRow, type PersonPage } from '../api.ts';
import { FormError, SelectField, useFieldErrors } from '../components/Field.tsx';
import { useTitle } from '../components/Layout.tsx';
import { ProfileForm } from '../components/PersonForm.tsx';
import { ErrorBox, Loading } from '../components/Status.tsx';
import { useLoad, useSubmit } from '../hooks.ts';
import { useLocale } from '../locale.tsx';
import type { PageProps } from '../pages.ts';
import { Link, withSearch } from '../router.tsx';
import { departmentLabel, entityTarget, flatten, scopeLookup, scopeName, type ScopeLookup } from '../orgTree.ts';
import { useSession } from '../session.tsx';

export default function Person({ params }: PageProps) {
  const loaded = useLoad(() => Promise.all([api.person(params.id), api.entities(), api.departments()]), [params.id]);
  useTitle(loaded.data?.[0].name);
  if (!loaded.data) return loaded.error ? <ErrorBox error={loaded.error} retry={loaded.reload} /> : <Loading />;
  const [person, entities, departments] = loaded.data;
  return <PersonView person={person} entities={entities} departments={departments} reload={loaded.reload} />;
}

function PersonView({ person, entities, departments, reload }: { person: PersonPage; entities: EntityRow[]; departments: DepartmentRow[]; reload(): void }) {
  const { t, lang, label } = useLocale();
  const session = useSession();
  const announce = useAnnounce();
  const lookup = scopeLookup(departments, entities);
  const [revokeError, setRevokeError] = useState<unknown>(null);
  const targetOf = (g: Pick<GrantRow, 'scopeType' | 'scopeId'>) => {
    if (g.scopeType === 'group' || !g.scopeId) return undefined;
    if (g.scopeType === 'entity') return entityTarget(entities, g.scopeId);
    const d = lookup.departments.get(g.scopeId);
    return d ? entityTarget(entities, d.entity.id, d.id) : { entityPath: [], departmentId: g.scopeId };
  };
  const canGrantSomewhere = session.canSomewhere('roles.manage');
  const self = session.me.id === person.id;
  const manager = session.can('people.manage');

  const revoke = async (g: GrantRow) => {
    const role = label('role', g.role);
    const scope = scopeName(lookup, lang, g.scopeType, g.scopeId, g.scopeName) ?? t('scope.group');
    if (!window.confirm(t('person.confirmRevoke', { role, scope }))) return;
    setRevokeError(null);
    try {
      await api.revokeRole(person.id, g.id);
      announce(t('person.revoked', { role }));
      reload();
    } catch (err) {
      setRevokeError(err);
    }
  };

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label={t('app.breadcrumb')}>
        <Link to="/people">{t('nav.people')}</Link> <span aria-hidden="true">›</span> <span>{person.name}</span>
      </nav>
      <div className="page-head">
        <div>
          <h1>{person.name}</h1>
          {person.title && <p className="muted">{person.title}</p>}
        </div>
        {session.canSomewhere('audit.read') && (
          <Link className="button" to={withSearch('/audit', { subjectType: 'person', subjectId: person.id })}>
            {t('person.history')}
          </Link>
        )}
      </div>
      <dl className="facts">
        <div>
          <dt>{t('common.email')}</dt>
          <dd>{person.email}</dd>
        </div>
        <div>
          <dt>{t('common.language')}</dt>
          <dd>{t(`lang.${person.locale}`)}</dd>
        </div>
        <div>
          <dt>{t('people.status')}</dt>
          <dd>{person.active ? t('common.active') : t('common.inactive')}</dd>
        </div>
      </dl>

      <section className="block" aria-labelledby="roles-title">
        <h2 id="roles-title">{t('person.roles')}</h2>
        {person.roles.length === 0 ? (
          <p className="empty">{t('person.noRoles')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('common.role')}</th>
                <th scope="col">{t('common.scope')}</th>
                {canGrantSomewhere && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {person.roles.map((g) => (
                <tr key={g.id}>
                  <td>{label('role', g.role)}</td>
                  <td>
                    <ScopeCell g={g} lookup={lookup} />
                  </td>
                  {canGrantSomewhere && (
                    <td>
                      {session.can('roles.manage', targetOf(g)) && (
                        <button type="button" className="button small danger" onClick={() => revoke(g)}>
                          {t('common.remove')}
                          <span className="visually-hidden"> {label('role', g.role)}</span>
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <FormError error={revokeError} />
      </section>

      {canGrantSomewhere && <GrantForm person={person} entities={entities} departments={departments} targetOf={targetOf} reload={reload} />}

      {(manager || (self && session.canSomewhere('self.manage'))) && (
        <section className="block" aria-labelledby="edit-title">
          <h2 id="edit-title">{t('person.edit')}</h2>
          <ProfileForm
            key={JSON.stringify(person)}
            person={person}
            canDeactivate={manager && !self}
            onSubmit={async (patch) => {
              await api.updatePerson(person.id, patch);
              announce(t('common.saved'));
              reload();
              if (self) void session.refresh();
            }}
          />
        </section>
      )}
    </div>
  );
}

function ScopeCell({ g, lookup }: { g: GrantRow; lookup: ScopeLookup }) {
  const { t, lang, label } = useLocale();
  const name = scopeName(lookup, lang, g.scopeType, g.scopeId, g.scopeName);
  if (!name) return <>{t('scope.group')}</>;
  const text = t('person.scopeOf', { type: label('scope', g.scopeType), name });
  return g.scopeType === 'department' && g.scopeId ? <Link to={`/departments/${g.scopeId}`}>{text}</Link> : <>{text}</>;
}

interface GrantFormProps {
  person: PersonPage;
  entities: EntityRow[];
  departments: DepartmentRow[];
  targetOf(g: { scopeType: ScopeType; scopeId: string | null }): ReturnType<typeof entityTarget> | undefined;
  reload(): void;
}

function GrantForm({ person, entities, departments, targetOf, reload }: GrantFormProps) {
  const { t, lang, label } = useLocale();
  const session = useSession();
  const announce = useAnnounce();
  const allowed = (scopeType: ScopeType, scopeId: string | null) => session.can('roles.manage', targetOf({ scopeType, scopeId }));
  const entityOptions = flatten(entities).filter((e) => allowed('entity', e.id));
  const departmentOptions = departments.filter((d) => allowed('department', d.id));
  const levels = (['group', 'entity', 'department'] as const).filter((s) =>
    s === 'group' ? allowed('group', null) : s === 'entity' ? entityOptions.length > 0 : departmentOptions.length > 0,
  );
  const [role, setRole] = useState<Role>('social_adviser');
  const [scopeType, setScopeType] = useState<ScopeType>(levels.includes('department') ? 'department' : levels[0]);
  const [scopeId, setScopeId] = useState('');
  const { busy, error, run } = useSubmit();
  const fe = useFieldErrors(error);
  const options = scopeType === 'entity' ? entityOptions.map((e) => ({ id: e.id, text: '\u00a0\u00a0'.repeat(e.depth) + e.name })) : departmentOptions.map((d) => ({ id: d.id, text: departmentLabel(d, lang) }));
  const chosen = scopeType === 'group' ? null : scopeId || options[0]?.id || null;

  return (
    <section className="block" aria-labelledby="grant-title">
      <h2 id="grant-title">{t('person.grant')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={(e) =>
          run(e, async () => {
            await api.grantRole(person.id, { role, scopeType, scopeId: chosen });
            announce(t('person.granted', { role: label('role', role) }));
            reload();
          })
        }
      >
        <div className="form-grid">
          <SelectField label={t('common.role')} value={role} onChange={(e) => setRole(e.target.value as Role)} error={fe.role}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {label('role', r)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('person.scopeType')} value={scopeType} onChange={(e) => (setScopeType(e.target.value as ScopeType), setScopeId(''))} error={fe.scopeType}>
            {levels.map((s) => (
              <option key={s} value={s}>
                {label('scope', s)}
              </option>
            ))}
          </SelectField>
          {scopeType !== 'group' && (
            <SelectField
              label={scopeType === 'entity' ? t('person.scopeEntity') : t('person.scopeDepartment')}
              value={chosen ?? ''}
              onChange={(e) => setScopeId(e.target.value)}
              error={fe.scopeId}
            >
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.text}
                </option>
              ))}
            </SelectField>
          )}
        </div>
        <FormError error={error} shown={['role', 'scopeType', 'scopeId']} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {t('person.grant')}
          </button>
        </div>
      </form>
    </section>
  );
}
