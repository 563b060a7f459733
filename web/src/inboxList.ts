// The inbox list: the first page for the current filters, "load more" by cursor, and live
// updates that never move what the person is reading. A burst of events re-reads the first page:
// rows already shown are updated in place, rows that left the filters go, and conversations that
// joined the view wait behind a "N new" pill until the person asks for them.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from './api.ts';
import type { ConversationDetail, ConversationSummary, InboxQuery } from './conversations.ts';
import { useLiveEvents, type LiveEvent } from './live.tsx';

const PAGE_SIZE = 50;

interface State {
  items: ConversationSummary[];
  nextCursor: number | null;
  pending: ConversationSummary[];
  loading: boolean;
  error?: Error;
}

export interface InboxList extends State {
  loadMore(): void;
  reload(): void;
  /** Show the conversations waiting behind the pill, at the top. */
  showPending(): void;
  /** A conversation changed here (status, assignee…): its row follows without a round trip. */
  update(c: ConversationDetail): void;
  /** A conversation left the view (handed off elsewhere). */
  remove(id: number): void;
}

/** The row fields of a full conversation, so the list can show a change made in the pane. */
function summaryOf(c: ConversationDetail): Partial<ConversationSummary> {
  const { status, assignee, priority, tags, sla, department, lastActivityAt } = c;
  return { status, assignee, priority, tags, sla, department, lastActivityAt };
}

export function useInboxList(query: InboxQuery, relevant: (e: LiveEvent) => boolean): InboxList {
  const [state, setState] = useState<State>({ items: [], nextCursor: null, pending: [], loading: true });
  const seq = useRef(0);
  const key = JSON.stringify(query);
  const current = useRef(state);
  current.current = state;

  const fetchFirst = useCallback(() => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    api.conversations({ ...query, limit: PAGE_SIZE }).then(
      (page) => mine === seq.current && setState({ items: page.items, nextCursor: page.nextCursor, pending: [], loading: false }),
      (error: Error) => mine === seq.current && setState((s) => ({ ...s, loading: false, error })),
    );
    // The query is compared by value: a new object with the same filters is the same list.
  }, [key]);

  useEffect(fetchFirst, [fetchFirst]);

  const loadMore = () => {
    const cursor = current.current.nextCursor;
    if (cursor === null) return;
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    api.conversations({ ...query, limit: PAGE_SIZE, cursor }).then(
      (page) =>
        mine === seq.current &&
        setState((s) => {
          const known = new Set(s.items.map((i) => i.id));
          return { ...s, items: [...s.items, ...page.items.filter((i) => !known.has(i.id))], nextCursor: page.nextCursor, loading: false };
        }),
      (error: Error) => mine === seq.current && setState((s) => ({ ...s, loading: false, error })),
    );
  };

  /** Re-reads the first page and the rows named by events further down, without moving anything. */
  const refresh = async (events: LiveEvent[]) => {
    const mine = seq.current;
    const fresh = await api.conversations({ ...query, limit: PAGE_SIZE }).catch(() => null);
    if (!fresh || mine !== seq.current) return;
    const byId = new Map(fresh.items.map((i) => [i.id, i]));
    // Below the oldest row of a full first page, absence says nothing: those rows are checked one by one.
    const floor = fresh.nextCursor === null ? 0 : Math.min(...fresh.items.map((i) => i.id));
    const named = new Set(events.flatMap((e) => ('conversationId' in e ? [e.conversationId] : [])));
    const below = current.current.items.filter((i) => i.id < floor && named.has(i.id));
    const details = new Map<number, ConversationDetail | null>();
    await Promise.all(
      below.map((i) =>
        api.conversation(i.id).then(
          (d) => details.set(i.id, d),
          (err) => err instanceof ApiError && (err.status === 404 || err.status === 403) && details.set(i.id, null),
        ),
      ),
    );
    if (mine !== seq.current) return;
    setState((s) => {
      const shown = new Set(s.items.map((i) => i.id));
      const items = s.items
        .filter((i) => i.id < floor || byId.has(i.id))
        .filter((i) => details.get(i.id) !== null)
        .map((i) => byId.get(i.id) ?? (details.get(i.id) ? { ...i, ...summaryOf(details.get(i.id)!) } : i));
      // New arrivals, and older ones handed off into this view, wait for the person to ask.
      const pending = fresh.items.filter((i) => !shown.has(i.id));
      return { ...s, items: s.items.length === 0 && !s.loading ? fresh.items : items, pending: s.items.length === 0 ? [] : pending };
    });
  };

  useLiveEvents((events) => {
    const mine = events.filter(relevant);
    if (mine.length > 0) void refresh(mine);
  });

  return {
    ...state,
    loadMore,
    reload: fetchFirst,
    showPending: () =>
      setState((s) => {
        const shown = new Set(s.items.map((i) => i.id));
        const items = [...s.pending.filter((i) => !shown.has(i.id)), ...s.items].sort((a, b) => b.id - a.id);
        return { ...s, items, pending: [] };
      }),
    update: (c) => setState((s) => ({ ...s, items: s.items.map((i) => (i.id === c.id ? { ...i, ...summaryOf(c) } : i)) })),
    remove: (id) => setState((s) => ({ ...s, items: s.items.filter((i) => i.id !== id), pending: s.pending.filter((i) => i.id !== id) })),
  };
}
