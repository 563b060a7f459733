// Crisis freezes: those in force, lifted with a note saying why it is safe again, and the form
// to declare one over the group, an entity or some departments, with its reason. Who may do what
// is computed with the server's own rules (freeze.domain.ts): the coordinator within their
// scope, a communication (PR) adviser within their department's entity.
import { useRef, useState } from 'react';
import { freezeAuthority, mayManage, type OrgShape } from '../../../src/freeze/freeze.domain.ts';
import { useAnnounce } from '../announce.tsx';
import { DisclosureButton, DisclosurePanel, useDisclosure } from '../components/Disclosure.tsx';
import { FormError, SelectField, TextAreaField, useFieldErrors } from '../components/Field.tsx';
import { FreezeLine, useActiveFreezes } from '../components/governance/FreezeBanner.tsx';
import { useTitle } from '../components/Layout.tsx';
import { ErrorBox, Loading } from '../components/Status.tsx';
import { freezesChanged, gov, type Freeze, type FreezeScope } from '../governance.ts';
import { useLoad, useSubmit } from '../hooks.ts';
import { byEntity, loadInboxOrg, type InboxOrg } from '../inboxScope.ts';
import { useLocale } from '../locale.tsx';
import { entityTarget } from '../orgTree.ts';
import { useSession } from '../session.tsx';

function shapeOf(org: InboxOrg): OrgShape {
  return {
    departments: new Map(org.departments.map((d) => [d.id, { kind: d.kind, entityId: d.entity.id }])),
    entityPaths: new Map(org.entities.map((e) => [e.id, entityTarget(org.entities, e.id).entityPath])),
  };
}

export default function Freezes() {
  const { t } = useLocale();
  const session = useSession();
  useTitle(t('freeze.title'));
  const org = useLoad(() => loadInboxOrg(session.me.id), [session.me.id]);
  const active = useActiveFreezes();
  const heading = useRef<HTMLHeadingElement>(null);
  if (!org.data) return <div className="page">{org.error ? <ErrorBox error={org.error} retry={org.reload} /> : <Loading />}</div>;
  const shape = shapeOf(org.data);
  const authority = freezeAuthority(session.principal, shape);
  const changed = () => {
    freezesChanged();
    active.reload();
  };
  // A lifted freeze leaves the list: the focus goes to the list's heading rather than nowhere.
  const lifted = () => {
    changed();
    heading.current?.focus();
  };
  return (
    <div className="page">
      <h1>{t('freeze.title')}</h1>
      <p className="muted">{t('freeze.intro')}</p>
      <section className="block" aria-labelledby="active-title">
        <h2 id="active-title" ref={heading} tabIndex={-1}>{t('freeze.active')}</h2>
        {active.error && <ErrorBox error={active.error} retry={active.reload} />}
        {!active.data && !active.error && <Loading />}
        {active.data && active.data.length === 0 && <p className="empty">{t('freeze.none')}</p>}
        {active.data && active.data.length > 0 && (
          <ul className="freeze-list">
            {active.data.map((f) => (
              <ActiveFreeze key={f.id} freeze={f} canLift={mayManage(session.principal, f.scope, shape)} onLifted={lifted} />
            ))}
          </ul>
        )}
      </section>
      {authority.length > 0 ? (
        <DeclareForm org={org.data} shape={shape} onDeclared={changed} />
      ) : (
        <p className="notice">{t('freeze.notAllowed')}</p>
      )}
    </div>
  );
}

function ActiveFreeze({ freeze, canLift, onLifted }: { freeze: Freeze; canLift: boolean; onLifted(): void }) {
  const { t, lang } = useLocale();
  const announce = useAnnounce();
  const lift = useDisclosure();
  const [note, setNote] = useState('');
  const { busy, error, run } = useSubmit();
  const fe = useFieldErrors(error);
  const [missing, setMissing] = useState(false);
  return (
    <li className="panel">
      <ul className="plain-list">
        <FreezeLine freeze={freeze} />
      </ul>
      {canLift && (
        <>
          <DisclosureButton d={lift} className="button small" label={t('freeze.liftOf', { scope: freeze.label[lang] })}>
            {t('freeze.lift')}
          </DisclosureButton>
          <DisclosurePanel d={lift} title={t('freeze.liftOf', { scope: freeze.label[lang] })}>
            <form
              className="form"
              noValidate
              onSubmit={(e) =>
                run(e, async () => {
                  if (!note.trim()) {
                    setMissing(true);
                    return;
                  }
                  setMissing(false);
                  await gov.liftFreeze(freeze.id, note.trim());
                  announce(t('freeze.liftedNow', { scope: freeze.label[lang] }));
                  // The freeze leaves the list with its form: the page moves the focus.
                  onLifted();
                })
              }
            >
              <TextAreaField
                label={t('freeze.note')}
                hint={t('freeze.note.hint')}
                rows={2}
                maxLength={2000}
                required
                autoFocus
                value={note}
                onChange={(e) => setNote(e.target.value)}
                error={missing ? t('freeze.note.required') : fe.note}
              />
              <FormError error={error} shown={['note']} />
              <div className="form-actions">
                <button type="submit" className="button danger" disabled={busy}>
                  {t('freeze.lift.confirm')}
                </button>
                <button type="button" className="button ghost" onClick={lift.close}>
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          </DisclosurePanel>
        </>
      )}
    </li>
  );
}

type ScopeType = FreezeScope['type'];

function DeclareForm({ org, shape, onDeclared }: { org: InboxOrg; shape: OrgShape; onDeclared(): void }) {
  const { t, lang } = useLocale();
  const session = useSession();
  const announce = useAnnounce();
  const d = useDisclosure();
  // Only what this person may freeze is offered; the server checks again.
  const entities = org.entities.filter((e) => mayManage(session.principal, { type: 'entity', id: e.id }, shape));
  const departments = org.departments.filter((dep) => mayManage(session.principal, { type: 'departments', ids: [dep.id] }, shape));
  const canGroup = mayManage(session.principal, { type: 'group' }, shape);
  const types: ScopeType[] = [...(canGroup ? (['group'] as const) : []), ...(entities.length ? (['entity'] as const) : []), 'departments'];
  const [type, setType] = useState<ScopeType>(types[0]);
  const [entityId, setEntityId] = useState(entities[0]?.id ?? '');
  const [ids, setIds] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const fe = useFieldErrors(error);

  const scope = (): FreezeScope => (type === 'group' ? { type } : type === 'entity' ? { type, id: entityId } : { type, ids });
  const submit = () => {
    if (type === 'departments' && ids.length === 0) return setMissing('departments');
    if (!reason.trim()) return setMissing('reason');
    setMissing(null);
    return run(null, async () => {
      await gov.startFreeze({ scope: scope(), reason: reason.trim() });
      announce(t('freeze.declaredNow'));
      setReason('');
      setIds([]);
      d.close();
      onDeclared();
    });
  };

  return (
    <section className="block" aria-labelledby="declare-title">
      <h2 id="declare-title">{t('freeze.declare')}</h2>
      <p className="muted">{t('freeze.declare.intro')}</p>
      <DisclosureButton d={d} className="button danger">
        {t('freeze.declare')}
      </DisclosureButton>
      <DisclosurePanel d={d} title={t('freeze.declare')}>
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <fieldset className="field radio-row">
            <legend>{t('freeze.scope')}</legend>
            {types.map((s) => (
              <label key={s}>
                <input type="radio" name="freeze-scope" value={s} checked={type === s} onChange={() => setType(s)} />
                {t(`freeze.scope.${s}`)}
              </label>
            ))}
          </fieldset>
          {type === 'entity' && (
            <SelectField label={t('freeze.entity')} value={entityId} onChange={(e) => setEntityId(e.target.value)} error={fe['scope.id']}>
              {entities.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </SelectField>
          )}
          {type === 'departments' && (
            <fieldset className="field check-group">
              <legend>{t('freeze.departments')}</legend>
              {byEntity(org, departments).map((g) =>
                g.departments.map((dep) => (
                  <label key={dep.id}>
                    <input type="checkbox" checked={ids.includes(dep.id)} onChange={(e) => setIds(e.target.checked ? [...ids, dep.id] : ids.filter((x) => x !== dep.id))} />
                    {dep.names[lang]} — {g.entity}
                  </label>
                )),
              )}
              {missing === 'departments' && <span className="field-error">{t('freeze.departments.required')}</span>}
            </fieldset>
          )}
          <TextAreaField
            label={t('freeze.reason')}
            hint={t('freeze.reason.hint')}
            rows={2}
            maxLength={2000}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={missing === 'reason' ? t('freeze.reason.required') : fe.reason}
          />
          <FormError error={error} shown={['reason', 'scope.id']} />
          <div className="form-actions">
            <button type="submit" className="button danger" disabled={busy}>
              {t('freeze.declare.confirm')}
            </button>
            <button type="button" className="button ghost" onClick={d.close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </DisclosurePanel>
    </section>
  );
}
