// Polls feed channels when they are due. A channel is claimed with FOR UPDATE SKIP LOCKED and
// its next poll time pushed forward in the same statement, so two workers never fetch it at once.
import type { Db } from '../db/db.ts';
import type { Config } from '../config.ts';
import type { EventBus } from '../events/bus.ts';
import { ingestBatch } from '../conversations/ingest.service.ts';
import { fetchFeed } from './feed.ts';

const DEFAULT_INTERVAL_MINUTES = 15;

export interface PollOutcome {
  channelId: string;
  inserted: number;
  duplicates: number;
  error?: string;
}

export async function pollFeed(deps: { db: Db; bus?: EventBus; config: Config }, channel: { id: string; config: Record<string, any> }): Promise<PollOutcome> {
  const { db } = deps;
  try {
    const r = await fetchFeed(channel.config.url, {
      allowPrivate: deps.config.feeds.allowPrivate,
      allowedPrivateHosts: deps.config.feeds.allowedPrivateHosts,
      etag: channel.config.etag,
      lastModified: channel.config.lastModified,
    });
    let inserted = 0;
    let duplicates = 0;
    if (r.status === 'ok' && r.items.length > 0) {
      const out = await ingestBatch(
        deps,
        channel.id,
        r.items.map((i) => ({
          externalId: i.externalId,
          author: { handle: i.authorHandle, name: i.authorName },
          text: i.text,
          url: i.url || undefined,
          createdAt: i.createdAt.toISOString(),
          inReplyTo: i.inReplyTo,
        })),
        { system: 'feed' },
      );
      for (const o of out) o.duplicate ? duplicates++ : inserted++;
    }
    await db.query(
      `UPDATE channels SET polled_at = now(), poll_error = NULL,
              config = config || jsonb_build_object('etag', $2::text, 'lastModified', $3::text) WHERE id = $1`,
      [channel.id, r.etag ?? null, r.lastModified ?? null],
    );
    return { channelId: channel.id, inserted, duplicates };
  } catch (err) {
    const error = (err as Error).message;
    await db.query('UPDATE channels SET polled_at = now(), poll_error = $2 WHERE id = $1', [channel.id, error]);
    return { channelId: channel.id, inserted: 0, duplicates: 0, error };
  }
}

export async function pollDueFeeds(deps: { db: Db; bus?: EventBus; config: Config }): Promise<number> {
  const due = await deps.db.tx(async (q) => {
    const { rows } = await q.query<{ id: string; config: Record<string, any> }>(
      `WITH due AS (
         SELECT id FROM channels WHERE kind = 'feed' AND active AND (next_poll_at IS NULL OR next_poll_at <= now())
          ORDER BY next_poll_at NULLS FIRST LIMIT 5 FOR UPDATE SKIP LOCKED)
       UPDATE channels c SET next_poll_at = now() + make_interval(mins => COALESCE((c.config->>'intervalMinutes')::int, ${DEFAULT_INTERVAL_MINUTES}))
         FROM due WHERE c.id = due.id RETURNING c.id, c.config`,
    );
    return rows;
  });
  for (const c of due) await pollFeed(deps, c);
  return due.length;
}
