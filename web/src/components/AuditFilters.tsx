// The audit log's filters. They live in the address (?action=…&from=…), so a filtered view can
// be bookmarked or linked to, as the person page does for a person's history.
import { useRef, useState } from 'react';
import { api, type PersonRow } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { AUDIT_ACTIONS, AUDIT_SUBJECTS } from '../labels.ts';
import { useLocale } from '../locale.tsx';
import { navigate, withSearch } from '../router.tsx';
import { SelectField, TextField } from './Field.tsx';
import { PersonPicker } from './PersonPicker.tsx';

export interface AuditFilterValues {
  action: string;
  subjectType: string;
  subjectId: string;
  actorId: string;
  /** Calendar days (YYYY-MM-DD) in the reader's time zone, both included. */
  from: string;
  to: string;
}

export function filtersFrom(search: URLSearchParams): AuditFilterValues {
  const get = (k: string) => search.get(k) ?? '';
  return { action: get('action'), subjectType: get('subjectType'), subjectId: get('subjectId'), actorId: get('actorId'), from: get('from'), to: get('to') };
}

/** The API's query: days become instants at local midnight, and `to` the midnight after its day. */
export function auditQuery(f: AuditFilterValues) {
  const midnight = (day: string, addDays = 0) => {
    const [y, m, d] = day.split('-').map(Number);
    const date = new Date(y, m - 1, d + addDays);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  };
  return {
    action: f.action || undefined,
    subjectType: f.subjectType || undefined,
    subjectId: f.subjectId || undefined,
    actorId: f.actorId || undefined,
    from: f.from ? midnight(f.from) : undefined,
    to: f.to ? midnight(f.to, 1) : undefined,
  };
}

export function AuditFilters({ initial }: { initial: AuditFilterValues }) {
  const { t, label } = useLocale();
  const [f, setF] = useState(initial);
  const [actor, setActor] = useState<PersonRow | null>(null);
  const [picking, setPicking] = useState(false);
  const pickButton = useRef<HTMLButtonElement>(null);
  // An actor given in the address is shown by name.
  const named = useLoad(() => (initial.actorId ? api.person(initial.actorId) : Promise.resolve(null)), [initial.actorId]);
  const actorName = actor?.name ?? (f.actorId && named.data?.id === f.actorId ? named.data.name : f.actorId);
  const set = (k: keyof AuditFilterValues) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });

  return (
    <form
      className="filters"
      aria-label={t('audit.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        navigate(withSearch('/audit', { ...f }));
      }}
    >
      <SelectField label={t('audit.action')} value={f.action} onChange={set('action')}>
        <option value="">{t('audit.all')}</option>
        {AUDIT_ACTIONS.map((a) => (
          <option key={a} value={a}>
            {label('action', a)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('audit.subjectType')} value={f.subjectType} onChange={(e) => setF({ ...f, subjectType: e.target.value, subjectId: '' })}>
        <option value="">{t('audit.all')}</option>
        {AUDIT_SUBJECTS.map((s) => (
          <option key={s} value={s}>
            {label('subject', s)}
          </option>
        ))}
      </SelectField>
      <TextField label={t('audit.from')} type="date" value={f.from} onChange={set('from')} />
      <TextField label={t('audit.to')} type="date" value={f.to} onChange={set('to')} />
      <fieldset className="field actor-filter">
        <legend>{t('audit.actor')}</legend>
        <p className="actor-current">{f.actorId ? actorName : t('audit.actor.any')}</p>
        <div className="inline-buttons">
          <button ref={pickButton} type="button" className="button small" aria-expanded={picking} onClick={() => setPicking(!picking)}>
            {t('audit.actor.change')}
          </button>
          {f.actorId && (
            <button type="button" className="button small ghost" onClick={() => (setF({ ...f, actorId: '' }), setActor(null))}>
              {t('audit.actor.clear')}
            </button>
          )}
        </div>
        {picking && (
          <PersonPicker
            value={actor}
            label={t('audit.actor')}
            onChange={(p) => {
              setActor(p);
              setF({ ...f, actorId: p?.id ?? '' });
              setPicking(false);
              // The chosen radio disappears with the list: keep the focus where the choice began.
              requestAnimationFrame(() => pickButton.current?.focus());
            }}
          />
        )}
      </fieldset>
      {f.subjectId && (
        <p className="chip">
          {label('subject', f.subjectType)} · <code>{f.subjectId}</code>
          <button type="button" className="button small ghost" onClick={() => setF({ ...f, subjectId: '' })}>
            {t('common.remove')}
          </button>
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary">
          {t('audit.apply')}
        </button>
        <button type="button" className="button ghost" onClick={() => navigate('/audit')}>
          {t('audit.reset')}
        </button>
      </div>
    </form>
  );
}
