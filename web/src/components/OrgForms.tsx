// Forms for entities and departments, used by the chart (to add) and the department page (to
// edit). They only collect and validate shape; the pages call the API and report the outcome.
import { useState } from 'react';
import { useSubmit } from '../hooks.ts';
import { DEPARTMENT_KIND_NAMES, DEPARTMENT_KINDS, ENTITY_KINDS, type DepartmentKind, type EntityKind } from '../../../src/org/org.domain.ts';
import type { DepartmentInput, EntityInput, EntityRow } from '../api.ts';
import { useLocale } from '../locale.tsx';
import { flatten } from '../orgTree.ts';
import { FormError, SelectField, TextField, useFieldErrors } from './Field.tsx';

interface FormProps<T> {
  onSubmit(value: T): Promise<void>;
  onCancel?(): void;
  submitLabel: string;
}

function Buttons({ busy, submitLabel, onCancel }: { busy: boolean; submitLabel: string; onCancel?: () => void }) {
  const { t } = useLocale();
  return (
    <div className="form-actions">
      <button type="submit" className="button primary" disabled={busy}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
    </div>
  );
}

export function DepartmentForm({
  entities,
  initial,
  onSubmit,
  onCancel,
  submitLabel,
  autoFocus = false,
}: FormProps<DepartmentInput> & {
  entities: Pick<EntityRow, 'id' | 'parentId' | 'name'>[];
  initial: { entityId: string; kind?: DepartmentKind; names?: { fr: string; en: string } };
  /** For a form that just opened on request; a form that is part of a page leaves the focus alone. */
  autoFocus?: boolean;
}) {
  const { t, label } = useLocale();
  const [entityId, setEntityId] = useState(initial.entityId);
  const [kind, setKind] = useState<DepartmentKind>(initial.kind ?? 'customer_service');
  const [fr, setFr] = useState(initial.names?.fr ?? '');
  const [en, setEn] = useState(initial.names?.en ?? '');
  const { busy, error, run } = useSubmit();
  const fe = useFieldErrors(error);
  const defaults = DEPARTMENT_KIND_NAMES[kind];
  // Empty names take the kind's usual names, so adding a standard department is two clicks.
  const value = (): DepartmentInput => ({ entityId, kind, names: { fr: fr.trim() || defaults.fr, en: en.trim() || defaults.en } });

  return (
    <form className="form" onSubmit={(e) => run(e, () => onSubmit(value()))} noValidate>
      <div className="form-grid">
        {entities.length > 1 && (
          <SelectField label={t('department.entity')} value={entityId} onChange={(e) => setEntityId(e.target.value)} error={fe.entityId}>
            {flatten(entities).map((e) => (
              <option key={e.id} value={e.id}>
                {'\u00a0\u00a0'.repeat(e.depth) + e.name}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField label={t('department.kind')} value={kind} onChange={(e) => setKind(e.target.value as DepartmentKind)} error={fe.kind} autoFocus={autoFocus}>
          {DEPARTMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {label('kind', k)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('department.nameFr')} lang="fr" value={fr} placeholder={defaults.fr} maxLength={200} onChange={(e) => setFr(e.target.value)} error={fe['names.fr']} />
        <TextField label={t('department.nameEn')} lang="en" value={en} placeholder={defaults.en} maxLength={200} onChange={(e) => setEn(e.target.value)} error={fe['names.en']} />
      </div>
      <p className="hint">{t('department.names.hint')}</p>
      <FormError error={error} shown={['entityId', 'kind', 'names.fr', 'names.en']} />
      <Buttons busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

export function EntityForm({
  parents,
  allowTopLevel,
  onSubmit,
  onCancel,
  submitLabel,
}: FormProps<EntityInput> & { parents: Pick<EntityRow, 'id' | 'parentId' | 'name' | 'timezone'>[]; allowTopLevel: boolean }) {
  const { t, label } = useLocale();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<EntityKind>('country');
  const [parentId, setParentId] = useState(allowTopLevel ? '' : (parents[0]?.id ?? ''));
  const [timezone, setTimezone] = useState(Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Paris');
  const { busy, error, run } = useSubmit();
  const fe = useFieldErrors(error);

  return (
    <form className="form" onSubmit={(e) => run(e, () => onSubmit({ name: name.trim(), kind, parentId: parentId || null, timezone: timezone.trim() }))} noValidate>
      <div className="form-grid">
        <TextField label={t('entity.name')} value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} error={fe.name} autoFocus />
        <SelectField label={t('entity.kind')} value={kind} onChange={(e) => setKind(e.target.value as EntityKind)} error={fe.kind}>
          {ENTITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {label('entityKind', k)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('entity.parent')}
          value={parentId}
          onChange={(e) => {
            setParentId(e.target.value);
            const parent = parents.find((p) => p.id === e.target.value);
            if (parent) setTimezone(parent.timezone);
          }}
          error={fe.parentId}
        >
          {allowTopLevel && <option value="">{t('entity.parent.none')}</option>}
          {flatten(parents).map((e) => (
            <option key={e.id} value={e.id}>
              {'\u00a0\u00a0'.repeat(e.depth) + e.name}
            </option>
          ))}
        </SelectField>
        <TextField label={t('entity.timezone')} hint={t('entity.timezone.hint')} value={timezone} onChange={(e) => setTimezone(e.target.value)} error={fe.timezone} />
      </div>
      <FormError error={error} shown={['name', 'kind', 'parentId', 'timezone']} />
      <Buttons busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
