// Choosing a person: a search box and the matching people as radio buttons. Radios need no
// custom keyboard handling (arrows move, space selects) and read well with a screen reader;
// the list stays short because the search runs on the server, a page of a few names at a time.
import { useId, useState } from 'react';
import { api, type PersonRow } from '../api.ts';
import { useDebounced, useLoad } from '../hooks.ts';
import { useLocale } from '../locale.tsx';
import { TextField } from './Field.tsx';

interface Props {
  value: PersonRow | null;
  onChange(person: PersonRow | null): void;
  /** People already holding the role, left out of the list. */
  exclude?: string[];
  error?: string;
  label?: string;
}

export function PersonPicker({ value, onChange, exclude = [], error, label }: Props) {
  const { t } = useLocale();
  const name = useId();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 200);
  const found = useLoad(() => api.people({ q: query || undefined, limit: 8 }), [query]);
  const people = (found.data?.items ?? []).filter((p) => !exclude.includes(p.id));
  const list = value && !people.some((p) => p.id === value.id) ? [value, ...people] : people;

  return (
    <div className="picker">
      <TextField
        label={label ?? t('picker.search')}
        hint={t('picker.hint')}
        type="search"
        autoComplete="off"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        error={error}
      />
      <fieldset className="picker-results" aria-busy={found.loading}>
        <legend className="visually-hidden">{t('picker.results')}</legend>
        {list.length === 0 && !found.loading && <p className="muted">{t('picker.none')}</p>}
        {list.map((p) => (
          <label key={p.id} className={value?.id === p.id ? 'picker-option selected' : 'picker-option'}>
            <input type="radio" name={name} checked={value?.id === p.id} onChange={() => onChange(p)} />
            <span className="picker-name">{p.name}</span>
            <span className="muted">{p.email}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
