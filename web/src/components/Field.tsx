// Labelled form fields that show the API's field errors next to themselves, linked with
// aria-describedby so a screen reader reads the error with the field.
import { useId, type ComponentProps, type ReactNode } from 'react';
import { ApiError } from '../api.ts';
import { useLocale } from '../locale.tsx';

interface Common {
  label: string;
  hint?: string;
  /** The message for this field, from `fieldErrors(err)`. */
  error?: string;
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

function Extras({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </>
  );
}

export function TextField({ label, hint, error, className, ...input }: Common & ComponentProps<'input'>) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
      <Extras id={id} hint={hint} error={error} />
    </div>
  );
}

export function SelectField({ label, hint, error, className, children, ...select }: Common & ComponentProps<'select'> & { children: ReactNode }) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...select}>
        {children}
      </select>
      <Extras id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextAreaField({ label, hint, error, className, ...area }: Common & ComponentProps<'textarea'>) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...area} />
      <Extras id={id} hint={hint} error={error} />
    </div>
  );
}

/** Field messages of an API error, translated when the server's wording is a known one. */
export function useFieldErrors(err: unknown): Record<string, string> {
  const { label } = useLocale();
  if (!(err instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(err.fields)) out[field] = label('error', message);
  return out;
}

/**
 * The error of a whole form, announced at once. When the API named fields, it says so and
 * lists the fields the form does not show (so no detail is ever lost).
 */
export function FormError({ error, shown = [] }: { error: unknown; shown?: string[] }) {
  const { t, label } = useLocale();
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  const details = api?.details ?? [];
  const hidden = details.filter((d) => !shown.includes(d.field));
  return (
    <div className="form-error" role="alert">
      <p>{details.length ? t('common.fieldError') : translateError(error, t)}</p>
      {hidden.length > 0 && (
        <ul>
          {hidden.map((d, i) => (
            <li key={i}>{t('common.fieldMessage', { field: d.field, message: label('error', d.message) })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function translateError(error: unknown, t: ReturnType<typeof useLocale>['t']): string {
  if (error instanceof ApiError && error.code === 'forbidden') return t('app.forbidden');
  if (error instanceof ApiError && error.code === 'not_found') return t('app.notFound.text');
  return t('app.error', { message: error instanceof Error ? error.message : String(error) });
}

/** The buttons ending a form: submit (disabled while it is sent) and cancel. */
export function FormActions({ busy, submitLabel, onCancel }: { busy: boolean; submitLabel: ReactNode; onCancel(): void }) {
  const { t } = useLocale();
  return (
    <div className="form-actions">
      <button type="submit" className="button primary" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" className="button ghost" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

/** A set of checkboxes choosing several values of a list. */
export function CheckGroup<V extends string>({ legend, options, values, onChange, error }: { legend: string; options: [V, ReactNode][]; values: V[]; onChange(v: V[]): void; error?: string }) {
  return (
    <fieldset className="field check-group">
      <legend>{legend}</legend>
      {options.map(([v, text]) => (
        <label key={v}>
          <input type="checkbox" checked={values.includes(v)} onChange={(e) => onChange(e.target.checked ? [...values, v] : values.filter((x) => x !== v))} />
          {text}
        </label>
      ))}
      {error && <span className="field-error">{error}</span>}
    </fieldset>
  );
}
