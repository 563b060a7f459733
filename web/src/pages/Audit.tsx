// The audit trail, newest first: who did what to which object, when, with the object before
// and after the change. Values are shown as JSON text exactly as recorded.
import { useEffect, useState } from 'react';
import { api, type AuditEntry } from '../api.ts';
import { AuditFilters, auditQuery, filtersFrom } from '../components/AuditFilters.tsx';
import { useTitle } from '../components/Layout.tsx';
import { ErrorBox } from '../components/Status.tsx';
import { useLoad, usePaged } from '../hooks.ts';
import { useLocale } from '../locale.tsx';
import type { PageProps } from '../pages.ts';
import { Link } from '../router.tsx';
import { scopeLookup, scopeName, type ScopeLookup } from '../orgTree.ts';

const PAGE_SIZE = 50;

export default function Audit({ search }: PageProps) {
  const { t, plural } = useLocale();
  const key = search.toString();
  const filters = filtersFrom(search);
  const entries = usePaged((cursor) => api.audit({ ...auditQuery(filters), limit: PAGE_SIZE, cursor }), [key]);
  const org = useLoad(() => Promise.all([api.departments(), api.entities()]).then(([d, e]) => scopeLookup(d, e)), []);
  const people = usePeopleNames(entries.items);
  useTitle(t('audit.title'));

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('audit.title')}</h1>
      </div>
      <AuditFilters key={key} initial={filters} />
      {entries.error && <ErrorBox error={entries.error} retry={entries.reload} />}
      {!entries.loading && !entries.error && entries.items.length === 0 && <p className="empty">{t('audit.empty')}</p>}
      <ol className="audit-list">
        {entries.items.map((e) => (
          <Entry key={e.id} e={e} lookup={org.data} people={people} />
        ))}
      </ol>
      <div className="list-foot">
        <span className="muted" aria-live="polite">
          {entries.items.length > 0 && plural('common.shown', entries.items.length)}
        </span>
        {entries.hasMore && (
          <button type="button" className="button" onClick={entries.loadMore} disabled={entries.loading}>
            {t('common.loadMore')}
          </button>
        )}
      </div>
    </div>
  );
}

/**
 * Names of the people the entries mention. The log records ids; each distinct person is
 * fetched once and kept for the life of the page.
 */
function usePeopleNames(entries: AuditEntry[]): Map<string, string> {
  const [names, setNames] = useState(() => new Map<string, string>());
  useEffect(() => {
    const wanted = new Set<string>();
    for (const e of entries) {
      if (e.subjectType === 'person' && e.subjectId) wanted.add(e.subjectId);
      if (e.actorId) wanted.add(e.actorId);
    }
    const missing = [...wanted].filter((id) => !names.has(id));
    if (missing.length === 0) return;
    let live = true;
    void Promise.all(missing.map((id) => api.person(id).then((p) => [id, p.name] as const, () => [id, ''] as const))).then((found) => {
      if (live) setNames((prev) => new Map([...prev, ...found]));
    });
    return () => {
      live = false;
    };
  }, [entries, names]);
  return names;
}

interface GrantLike {
  role?: string;
  scopeType?: string;
  scopeId?: string | null;
  names?: { fr?: string; en?: string };
  name?: string;
}

function Entry({ e, lookup, people }: { e: AuditEntry; lookup?: ScopeLookup; people: Map<string, string> }) {
  const { t, lang, label, dateTime } = useLocale();
  const after = (e.after ?? null) as GrantLike | null;
  const before = (e.before ?? null) as GrantLike | null;
  const grant = e.action.startsWith('role.') ? (after ?? before) : null;
  const actorName = e.actorId ? people.get(e.actorId) : undefined;

  return (
    <li className="audit-entry">
      <div className="audit-head">
        <time dateTime={e.at}>{dateTime(e.at)}</time>
        <span className="audit-actor">
          {e.actorId ? (
            <Link to={`/people/${e.actorId}`}>{actorName ? `${actorName} (${e.actorLabel})` : e.actorLabel}</Link>
          ) : (
            t('audit.system', { label: e.actorLabel })
          )}
        </span>
        <code className="audit-code">{e.action}</code>
      </div>
      <p className="audit-what">
        <strong>{label('action', e.action)}</strong>
        {' · '}
        {t('audit.subject', { type: label('subject', e.subjectType) })} <Subject e={e} lookup={lookup} people={people} fallback={after ?? before} />
        {grant?.role && (
          <span className="audit-grant">
            {' · '}
            {t('audit.grantSummary', {
              role: label('role', grant.role),
              scope: scopeName(lookup, lang, grant.scopeType ?? 'group', grant.scopeId ?? null) ?? t('scope.group'),
            })}
          </span>
        )}
      </p>
      <div className="audit-diff">
        <figure>
          <figcaption>{t('audit.before')}</figcaption>
          <pre>{e.before == null ? '—' : JSON.stringify(e.before, null, 2)}</pre>
        </figure>
        <figure>
          <figcaption>{t('audit.after')}</figcaption>
          <pre>{e.after == null ? '—' : JSON.stringify(e.after, null, 2)}</pre>
        </figure>
      </div>
    </li>
  );
}

function Subject({ e, lookup, people, fallback }: { e: AuditEntry; lookup?: ScopeLookup; people: Map<string, string>; fallback: GrantLike | null }) {
  const { lang } = useLocale();
  const id = e.subjectId;
  if (!id) return <span>—</span>;
  switch (e.subjectType) {
    case 'department': {
      const name = scopeName(lookup, lang, 'department', id) ?? id;
      // A department the lookup does not know yet: the recorded names say which one it was.
      const text = lookup?.departments.has(id) ? name : (fallback?.names?.[lang] ?? id);
      return <Link to={`/departments/${id}`}>{text}</Link>;
    }
    case 'person':
      return <Link to={`/people/${id}`}>{people.get(id) || id}</Link>;
    case 'entity':
      return <span>{lookup?.entities.get(id)?.name ?? fallback?.name ?? id}</span>;
    case 'api_token':
      return <span>{fallback?.name ?? id}</span>;
    default:
      return <span>{id}</span>;
  }
}
