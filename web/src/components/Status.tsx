// Loading and error states shared by pages, and the department-kind badge.
import type { CSSProperties } from 'react';
import type { DepartmentKind } from '../../../src/org/org.domain.ts';
import { DEPARTMENT_KIND_COLOURS } from '../labels.ts';
import { useLocale } from '../locale.tsx';
import { translateError } from './Field.tsx';
import { WarningIcon } from './Icons.tsx';

export function Loading() {
  const { t } = useLocale();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

export function ErrorBox({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useLocale();
  return (
    <div className="form-error" role="alert">
      <p>{translateError(error, t)}</p>
      {retry && (
        <button type="button" className="button" onClick={retry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

/** The kind's colour and name; `compact` keeps the name for screen readers only. */
export function KindBadge({ kind, compact = false }: { kind: DepartmentKind; compact?: boolean }) {
  const { label } = useLocale();
  if (compact) return <span className="visually-hidden">{label('kind', kind)}</span>;
  return (
    <span className="kind-badge" style={{ '--kind': DEPARTMENT_KIND_COLOURS[kind] } as CSSProperties}>
      <span className="kind-dot" aria-hidden="true" />
      {label('kind', kind)}
    </span>
  );
}

/** The visible flag of a department nobody is ready to answer for. */
export function NoAdviserFlag() {
  const { t } = useLocale();
  return (
    <span className="flag">
      <WarningIcon />
      {t('chart.noAdviser')}
    </span>
  );
}
