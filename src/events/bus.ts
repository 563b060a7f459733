// Live updates for the inbox. In one process an emitter is enough; with a PostgreSQL server and
// several processes, events also travel through LISTEN/NOTIFY so every web process hears them.
import { EventEmitter } from 'node:events';
import pg from 'pg';

export interface InboxEvent {
  type: 'conversation.created' | 'conversation.updated' | 'note.created' | 'reply.updated';
  conversationId: number;
  departmentId: string | null;
  /** Department the conversation came from, for a hand-off, so both inboxes refresh. */
  previousDepartmentId?: string | null;
}

const CHANNEL = 'relais_events';

export class EventBus {
  private readonly emitter = new EventEmitter();
  private listener?: pg.Client;
  private readonly origin = Math.random().toString(36).slice(2);

  constructor(private readonly databaseUrl?: string) {
    this.emitter.setMaxListeners(0);
  }

  async start(): Promise<void> {
    if (!this.databaseUrl) return;
    this.listener = new pg.Client({ connectionString: this.databaseUrl });
    this.listener.on('error', () => {});
    await this.listener.connect();
    this.listener.on('notification', (n) => {
      if (n.channel !== CHANNEL || !n.payload) return;
      const { origin, events } = JSON.parse(n.payload) as { origin: string; events: InboxEvent[] };
      if (origin === this.origin) return;
      for (const e of events) this.emitter.emit('event', e);
    });
    await this.listener.query(`LISTEN ${CHANNEL}`);
  }

  /** Call after the change committed: listeners then read what the event names. */
  publish(events: InboxEvent[]): void {
    if (events.length === 0) return;
    for (const e of events) this.emitter.emit('event', e);
    if (this.listener) {
      // NOTIFY payloads are limited to 8 kB: large batches are sent in slices.
      for (let i = 0; i < events.length; i += 50) {
        const payload = JSON.stringify({ origin: this.origin, events: events.slice(i, i + 50) });
        this.listener.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]).catch(() => {});
      }
    }
  }

  subscribe(fn: (e: InboxEvent) => void): () => void {
    this.emitter.on('event', fn);
    return () => this.emitter.off('event', fn);
  }

  async stop(): Promise<void> {
    await this.listener?.end().catch(() => {});
  }
}
