// Adding a person (managers) and editing a profile (managers, or the person themself).
import { useState } from 'react';
import { useSubmit } from '../hooks.ts';
import type { PersonInput, PersonPatch, PersonRow } from '../api.ts';
import { LANGS, type Lang } from '../i18n/index.ts';
import { useLocale } from '../locale.tsx';
import { FormError, SelectField, TextField, useFieldErrors, FormActions } from './Field.tsx';

export function PersonForm({ onSubmit, onCancel }: { onSubmit(input: PersonInput): Promise<void>; onCancel(): void }) {
  const { t, lang } = useLocale();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [locale, setLocale] = useState<Lang>(lang);
  const [password, setPassword] = useState('');
  const { busy, error, run } = useSubmit();
  const fe = useFieldErrors(error);
  const input = (): PersonInput => ({
    email: email.trim(),
    name: name.trim(),
    title: title.trim() || null,
    locale,
    ...(password && { password }),
  });

  return (
    <form className="form" onSubmit={(e) => run(e, () => onSubmit(input()))} noValidate>
      <div className="form-grid">
        <TextField label={t('common.name')} value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} error={fe.name} autoFocus />
        <TextField label={t('common.email')} type="email" value={email} required onChange={(e) => setEmail(e.target.value)} error={fe.email} />
        <TextField label={t('common.title')} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} error={fe.title} />
        <SelectField label={t('common.language')} value={locale} onChange={(e) => setLocale(e.target.value as Lang)} error={fe.locale}>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {t(`lang.${l}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('people.password')}
          hint={t('people.password.hint')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fe.password}
        />
      </div>
      <FormError error={error} shown={['name', 'email', 'title', 'locale', 'password']} />
      <FormActions busy={busy} submitLabel={t('people.add')} onCancel={onCancel} />
    </form>
  );
}

/** `canDeactivate` is for managers: a person cannot switch their own account off. */
export function ProfileForm({ person, canDeactivate, onSubmit }: { person: PersonRow; canDeactivate: boolean; onSubmit(patch: PersonPatch): Promise<void> }) {
  const { t } = useLocale();
  const [name, setName] = useState(person.name);
  const [title, setTitle] = useState(person.title ?? '');
  const [locale, setLocale] = useState<Lang>(person.locale);
  const [active, setActive] = useState(person.active);
  const { busy, error, run } = useSubmit();
  const fe = useFieldErrors(error);
  const patch = (): PersonPatch => ({ name: name.trim(), title: title.trim() || null, locale, ...(canDeactivate && { active }) });

  return (
    <form className="form" onSubmit={(e) => run(e, () => onSubmit(patch()))} noValidate>
      <div className="form-grid">
        <TextField label={t('common.name')} value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} error={fe.name} />
        <TextField label={t('common.title')} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} error={fe.title} />
        <SelectField label={t('common.language')} value={locale} onChange={(e) => setLocale(e.target.value as Lang)} error={fe.locale}>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {t(`lang.${l}`)}
            </option>
          ))}
        </SelectField>
        {canDeactivate && (
          <div className="field checkbox">
            <label>
              <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
              {t('common.active')}
            </label>
          </div>
        )}
      </div>
      <FormError error={error} shown={['name', 'title', 'locale', 'active']} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
