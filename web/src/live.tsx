// Live updates from the server: one EventSource for the whole app (the browser reconnects it by
// itself), shared by every component that listens. The server only sends events about
// conversations the person may read, with ids and departments but never content, so a listener
// decides what to reload. After a reconnection some events may have been missed: listeners get a
// `resync` to reload what they show.
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { InboxEvent } from './conversations.ts';
import { useSession } from './session.tsx';

export type LiveEvent = InboxEvent | { type: 'resync' };
type Listener = (e: LiveEvent) => void;

const EVENT_TYPES: InboxEvent['type'][] = ['conversation.created', 'conversation.updated', 'note.created', 'reply.updated'];

const LiveContext = createContext<Set<Listener> | null>(null);

export function LiveProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const enabled = session.canSomewhere('conversations.read');
  const listeners = useRef(new Set<Listener>());

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/events');
    const emit = (e: LiveEvent) => {
      for (const l of [...listeners.current]) l(e);
    };
    let dropped = false;
    source.onerror = () => {
      dropped = true;
    };
    source.onopen = () => {
      if (dropped) emit({ type: 'resync' });
      dropped = false;
    };
    for (const type of EVENT_TYPES) {
      source.addEventListener(type, (ev) => {
        try {
          const data = JSON.parse((ev as MessageEvent<string>).data) as Omit<InboxEvent, 'type'>;
          emit({ ...data, type });
        } catch {
          /* a malformed event is ignored; the next one or a resync brings the view up to date */
        }
      });
    }
    return () => source.close();
  }, [enabled, session.me.id]);

  return <LiveContext.Provider value={listeners.current}>{children}</LiveContext.Provider>;
}

/**
 * Calls `handler` for each live event, debounced: a burst (a batch of a hundred conversations, a
 * reply and its delivery) becomes one call with every event of the burst.
 */
export function useLiveEvents(handler: (events: LiveEvent[]) => void, delayMs = 600): void {
  const listeners = useContext(LiveContext);
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!listeners) return;
    let queued: LiveEvent[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const listener: Listener = (e) => {
      queued.push(e);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const burst = queued;
        queued = [];
        latest.current(burst);
      }, delayMs);
    };
    listeners.add(listener);
    return () => {
      clearTimeout(timer);
      listeners.delete(listener);
    };
  }, [listeners, delayMs]);
}
