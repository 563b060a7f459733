// Loading state for pages and lists, form submission state, and the debounce of search boxes.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): void;
}

/**
 * Runs `load` when `deps` change and on `reload()`. A late answer to an older request is
 * dropped, so typing fast or moving between pages never shows stale data.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    load().then(
      (data) => mine === seq.current && setState({ data, loading: false }),
      (error: Error) => mine === seq.current && setState((s) => ({ data: s.data, error, loading: false })),
    );
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

export function useDebounced<T>(value: T, ms = 250): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

export interface Paged<T> {
  items: T[];
  hasMore: boolean;
  loading: boolean;
  error: Error | undefined;
  loadMore(): void;
  reload(): void;
}

/**
 * A keyset-paginated list: the first page when `deps` change, then `loadMore` appends the page
 * after the last cursor. Answers to superseded requests are dropped.
 */
export function usePaged<T>(fetchPage: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>, deps: unknown[]): Paged<T> {
  const [state, setState] = useState<{ items: T[]; cursor: string | null; loading: boolean; error?: Error }>({ items: [], cursor: null, loading: true });
  const seq = useRef(0);
  const [tick, setTick] = useState(0);

  const fetchInto = useCallback(
    (cursor: string | null, append: boolean) => {
      const mine = ++seq.current;
      setState((s) => ({ ...s, loading: true, error: undefined }));
      fetchPage(cursor).then(
        (page) =>
          mine === seq.current &&
          setState((s) => ({ items: append ? [...s.items, ...page.items] : page.items, cursor: page.nextCursor, loading: false })),
        (error: Error) => mine === seq.current && setState((s) => ({ ...s, loading: false, error })),
      );
    },
    deps,
  );

  useEffect(() => fetchInto(null, false), [fetchInto, tick]);

  return {
    items: state.items,
    hasMore: state.cursor !== null,
    loading: state.loading,
    error: state.error,
    loadMore: () => state.cursor && fetchInto(state.cursor, true),
    reload: () => setTick((n) => n + 1),
  };
}

/** A form's submission: busy while it runs, and the error kept for display next to the fields. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (e: FormEvent | null, action: () => Promise<void>) => {
    e?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

/** Whether a media query matches, following changes (window resized, zoom). */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => typeof window !== 'undefined' && window.matchMedia(query).matches);
  useEffect(() => {
    const m = window.matchMedia(query);
    const on = () => setMatches(m.matches);
    on();
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, [query]);
  return matches;
}
