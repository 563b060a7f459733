// Creating or editing an approval policy: which messages it catches (kind, department, trigger)
// and its steps, each approved by any or all of its approvers. An approver is a role, held at a
// named scope ("the social advisers of Legal") or at any scope covering the message ("a
// coordinator of this entity"). People named in a policy created through the API are kept.
import { useState } from 'react';
import { ROLES, type Role } from '../../../../src/policy/policy.ts';
import { CONTENT_TYPES, RULE_KINDS, type ContentType, type Policy } from '../../governance.ts';
import { useSubmit } from '../../hooks.ts';
import type { InboxOrg } from '../../inboxScope.ts';
import { useLocale } from '../../locale.tsx';
import { DepartmentOptions } from '../DepartmentOptions.tsx';
import { FormError, SelectField, TextField, useFieldErrors, FormActions } from '../Field.tsx';

type Approver = Policy['steps'][number]['approvers'][number];
type Step = Policy['steps'][number];
export type PolicyInput = Omit<Policy, 'id' | 'version'>;
type ScopeChoice = '' | 'group' | 'entity' | 'department';

const TRIGGERS = ['always', 'needs_approval', ...RULE_KINDS.map((k) => `rule_kind:${k}` as const)] as const;

interface Props {
  org: InboxOrg;
  initial: Policy | null;
  submitLabel: string;
  onSubmit(input: PolicyInput): Promise<void>;
  onCancel(): void;
}

export function PolicyForm({ org, initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t, lang } = useLocale();
  const [name, setName] = useState(initial?.name ?? '');
  const [contentType, setContentType] = useState<ContentType>(initial?.contentType ?? 'post');
  const [departmentId, setDepartmentId] = useState(initial?.departmentId ?? '');
  const [trigger, setTrigger] = useState(initial?.trigger ?? 'always');
  const [enabled, setEnabled] = useState(initial?.enabled ?? true);
  const [steps, setSteps] = useState<Step[]>(initial?.steps ?? [{ mode: 'any', approvers: [{ role: 'coordinator' }] }]);
  const { busy, error, run } = useSubmit();
  const fe = useFieldErrors(error);

  const setStep = (i: number, next: Step) => setSteps((s) => s.map((x, j) => (j === i ? next : x)));
  const setApprover = (i: number, j: number, a: Approver) => setStep(i, { ...steps[i], approvers: steps[i].approvers.map((x, k) => (k === j ? a : x)) });
  const triggerLabel = (v: string) =>
    v === 'always' || v === 'needs_approval' ? t(`policies.trigger.${v}`) : t('policies.trigger.kind', { kind: t(`ruleKind.${v.slice('rule_kind:'.length) as 'tone'}`) });

  const input = (): PolicyInput => ({ name: name.trim(), contentType, departmentId: departmentId || null, trigger, enabled, steps });
  const shown = ['name', 'departmentId', 'trigger'];

  return (
    <form className="form policy-form" noValidate onSubmit={(e) => run(e, () => onSubmit(input()))}>
      <div className="form-grid">
        <TextField label={t('policies.name')} value={name} maxLength={200} required autoFocus onChange={(e) => setName(e.target.value)} error={fe.name} />
        <SelectField label={t('contentType')} value={contentType} onChange={(e) => setContentType(e.target.value as ContentType)}>
          {CONTENT_TYPES.map((c) => (
            <option key={c} value={c}>
              {t(`contentType.${c}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('post.department')} value={departmentId} onChange={(e) => setDepartmentId(e.target.value)} error={fe.departmentId}>
          <option value="">{t('policies.allDepartments')}</option>
          <DepartmentOptions org={org} />
        </SelectField>
        <SelectField label={t('policies.when')} value={trigger} onChange={(e) => setTrigger(e.target.value)} error={fe.trigger}>
          {TRIGGERS.map((v) => (
            <option key={v} value={v}>
              {triggerLabel(v)}
            </option>
          ))}
        </SelectField>
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
            {t('rule.enabled')}
          </label>
        </div>
      </div>

      {steps.map((s, i) => (
        <fieldset key={i} className="field check-group policy-step">
          <legend>{t('approval.step', { n: i + 1 })}</legend>
          <SelectField label={t('policies.mode')} value={s.mode} onChange={(e) => setStep(i, { ...s, mode: e.target.value as Step['mode'] })}>
            <option value="any">{t('approval.mode.any')}</option>
            <option value="all">{t('approval.mode.all')}</option>
          </SelectField>
          {s.approvers.map((a, j) => (
            <div key={j} className="inline-form">
              {'personId' in a ? (
                <p className="grow">{t('policies.person')}</p>
              ) : (
                <RoleApprover org={org} value={a} onChange={(next) => setApprover(i, j, next)} n={j + 1} />
              )}
              {s.approvers.length > 1 && (
                <button type="button" className="button small" onClick={() => setStep(i, { ...s, approvers: s.approvers.filter((_, k) => k !== j) })}>
                  {t('common.remove')}
                  <span className="visually-hidden"> {t('policies.approver', { n: j + 1 })}</span>
                </button>
              )}
            </div>
          ))}
          <div className="inline-buttons">
            <button type="button" className="button small" onClick={() => setStep(i, { ...s, approvers: [...s.approvers, { role: 'coordinator' }] })}>
              {t('policies.addApprover')}
            </button>
            {steps.length > 1 && (
              <button type="button" className="button small" onClick={() => setSteps(steps.filter((_, k) => k !== i))}>
                {t('policies.removeStep', { n: i + 1 })}
              </button>
            )}
          </div>
        </fieldset>
      ))}
      <p>
        <button type="button" className="button small" onClick={() => setSteps([...steps, { mode: 'any', approvers: [{ role: 'coordinator' }] }])}>
          {t('policies.addStep')}
        </button>
      </p>
      <FormError error={error} shown={shown} />
      <FormActions busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

function RoleApprover({ org, value, onChange, n }: { org: InboxOrg; value: Extract<Approver, { role: Role }>; onChange(a: Approver): void; n: number }) {
  const { t, lang, label } = useLocale();
  const scope: ScopeChoice = value.scopeType ?? '';
  const setScope = (s: ScopeChoice) =>
    onChange(
      s === ''
        ? { role: value.role }
        : s === 'group'
          ? { role: value.role, scopeType: 'group', scopeId: null }
          : { role: value.role, scopeType: s, scopeId: s === 'entity' ? (org.entities[0]?.id ?? null) : (org.departments[0]?.id ?? null) },
    );
  return (
    <div className="form-grid grow" role="group" aria-label={t('policies.approver', { n })}>
      <SelectField label={t('common.role')} value={value.role} onChange={(e) => onChange({ ...value, role: e.target.value as Role })}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {label('role', r)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('common.scope')} value={scope} onChange={(e) => setScope(e.target.value as ScopeChoice)}>
        <option value="">{t('policies.covering')}</option>
        <option value="group">{t('scope.group')}</option>
        <option value="entity">{t('scope.entity')}</option>
        <option value="department">{t('scope.department')}</option>
      </SelectField>
      {value.scopeType === 'entity' && (
        <SelectField label={t('freeze.entity')} value={value.scopeId ?? ''} onChange={(e) => onChange({ ...value, scopeId: e.target.value })}>
          {org.entities.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </SelectField>
      )}
      {value.scopeType === 'department' && (
        <SelectField label={t('post.department')} value={value.scopeId ?? ''} onChange={(e) => onChange({ ...value, scopeId: e.target.value })}>
          <DepartmentOptions org={org} />
        </SelectField>
      )}
    </div>
  );
}
