// The inbox's filters and search. They live in the address (?intent=complaint&q=…), so a
// filtered inbox can be bookmarked, shared or reopened; a choice applies at once, the search a
// moment after the typing stops.
import { useEffect, useState, type RefObject } from 'react';
import { INTENTS, MESSAGE_LANGS, SENTIMENTS, SLA_FILTERS, type InboxQuery, type ListeningQuery } from '../../conversations.ts';
import { useDebounced } from '../../hooks.ts';
import { useLocale } from '../../locale.tsx';
import { SelectField, TextField } from '../Field.tsx';

/** Without a status in the address the inbox shows the work still to do. */
export const DEFAULT_STATUS = 'new,open,waiting';
const STATUS_CHOICES = [DEFAULT_STATUS, 'new', 'open', 'waiting', 'resolved', 'all'] as const;
export const FILTER_KEYS = ['status', 'intent', 'sentiment', 'lang', 'sla', 'assignee', 'topic', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Record<FilterKey, string>;

export function filtersFrom(search: URLSearchParams): Filters {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, search.get(k) ?? ''])) as Filters;
}

/** The API's query for these filters and the department (a department id, 'triage' or none). */
export function inboxQuery(f: Filters, department: string | undefined): InboxQuery {
  const status = f.status || DEFAULT_STATUS;
  return {
    department,
    status: status === 'all' ? undefined : status,
    intent: f.intent || undefined,
    sentiment: f.sentiment || undefined,
    lang: f.lang || undefined,
    sla: f.sla || undefined,
    assignee: f.assignee || undefined,
    topic: f.topic || undefined,
    q: f.q.trim() || undefined,
  };
}

interface Props {
  filters: Filters;
  queries: ListeningQuery[];
  /** People to filter by name: the advisers of the department shown. */
  people: { id: string; name: string }[];
  onChange(next: Filters): void;
  searchRef: RefObject<HTMLInputElement | null>;
}

export function InboxFilters({ filters, queries, people, onChange, searchRef }: Props) {
  const { t, label } = useLocale();
  const [q, setQ] = useState(filters.q);
  const typed = useDebounced(q, 300);
  useEffect(() => {
    if (typed.trim() !== filters.q.trim()) onChange({ ...filters, q: typed });
    // Only the typing drives this; other filters change through their own fields.
  }, [typed]);
  const set = (k: FilterKey) => (e: { target: { value: string } }) => onChange({ ...filters, [k]: e.target.value });
  const any = FILTER_KEYS.some((k) => filters[k]);

  return (
    <div className="inbox-filters" role="search" aria-label={t('inbox.filters')}>
      <TextField
        ref={searchRef}
        className="inbox-search"
        label={t('inbox.search')}
        hint={t('inbox.search.hint')}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <SelectField label={t('conv.status')} value={filters.status || DEFAULT_STATUS} onChange={set('status')}>
        {STATUS_CHOICES.map((s) => (
          <option key={s} value={s}>
            {s === DEFAULT_STATUS ? t('inbox.status.todo') : s === 'all' ? t('inbox.all.feminine') : label('status', s)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('conv.intent')} value={filters.intent} onChange={set('intent')}>
        <option value="">{t('inbox.all.feminine')}</option>
        {INTENTS.map((i) => (
          <option key={i} value={i}>
            {label('intent', i)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('conv.sentiment')} value={filters.sentiment} onChange={set('sentiment')}>
        <option value="">{t('inbox.all.feminine')}</option>
        {SENTIMENTS.map((s) => (
          <option key={s} value={s}>
            {label('sentiment', s)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('conv.lang')} value={filters.lang} onChange={set('lang')}>
        <option value="">{t('inbox.all.feminine')}</option>
        {MESSAGE_LANGS.map((l) => (
          <option key={l} value={l}>
            {label('msgLang', l)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('conv.sla')} value={filters.sla} onChange={set('sla')}>
        <option value="">{t('inbox.all.masculine')}</option>
        {SLA_FILTERS.map((s) => (
          <option key={s} value={s}>
            {label('slaFilter', s)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('conv.assignee')} value={filters.assignee} onChange={set('assignee')}>
        <option value="">{t('inbox.assignee.anyone')}</option>
        <option value="me">{t('inbox.assignee.me')}</option>
        <option value="none">{t('inbox.assignee.none')}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
        {/* A person chosen by address who is not (or no longer) an adviser here keeps a name. */}
        {filters.assignee && !['me', 'none'].includes(filters.assignee) && !people.some((p) => p.id === filters.assignee) && (
          <option value={filters.assignee}>{t('inbox.assignee.other')}</option>
        )}
      </SelectField>
      {queries.length > 0 && (
        <SelectField label={t('conv.topic')} value={filters.topic} onChange={set('topic')}>
          <option value="">{t('inbox.all.masculine')}</option>
          {queries.map((lq) => (
            <option key={lq.id} value={lq.id}>
              {lq.name}
            </option>
          ))}
        </SelectField>
      )}
      {any && (
        <button
          type="button"
          className="button ghost inbox-reset"
          onClick={() => {
            setQ('');
            onChange(Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])) as Filters);
          }}
        >
          {t('inbox.reset')}
        </button>
      )}
    </div>
  );
}
