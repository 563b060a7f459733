// Sends queued replies through their channel's connector. Claims a few due replies at a time
// with FOR UPDATE SKIP LOCKED and a lease, so several workers never send one reply twice and a
// worker that dies mid-send hands its replies back when the lease runs out.
import type { Db } from '../db/db.ts';
import type { EventBus } from '../events/bus.ts';
import { deliverWebhook, nextAttemptDelay } from '../channels/webhook.ts';

const LEASE_SECONDS = 60;
const BATCH = 10;

interface Claimed {
  id: number;
  text: string;
  attempts: number;
  created_at: Date;
  conversation_id: number;
  external_id: string;
  author_handle: string;
  department_id: string | null;
  channel_id: string;
  channel_name: string;
  config: Record<string, any>;
}

export async function claimReplies(db: Db): Promise<Claimed[]> {
  return db.tx(async (q) => {
    const { rows } = await q.query<Claimed>(
      `WITH due AS (
         SELECT id FROM replies
          WHERE (status = 'queued' AND next_attempt_at <= now()) OR (status = 'sending' AND lease_until < now())
          ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
       UPDATE replies r SET status = 'sending', lease_until = now() + interval '${LEASE_SECONDS} seconds', attempts = r.attempts + 1
         FROM due, conversations c, channels ch
        WHERE r.id = due.id AND c.id = r.conversation_id AND ch.id = c.channel_id
       RETURNING r.id, r.text, r.attempts, r.created_at, r.conversation_id, c.external_id, c.author_handle, c.department_id,
                 ch.id AS channel_id, ch.name AS channel_name, ch.config`,
    );
    return rows;
  });
}

export async function sendDueReplies(db: Db, bus?: EventBus, opts: { timeoutMs?: number } = {}): Promise<number> {
  const claimed = await claimReplies(db);
  for (const r of claimed) {
    const body = JSON.stringify({
      type: 'reply',
      reply: { id: r.id, text: r.text, createdAt: r.created_at },
      conversation: { id: r.conversation_id, externalId: r.external_id, author: r.author_handle, channel: r.channel_name },
    });
    const result = r.config.outboundUrl
      ? await deliverWebhook({ url: r.config.outboundUrl, secret: r.config.secret, body, deliveryId: `reply-${r.id}`, timeoutMs: opts.timeoutMs ?? 10_000 })
      : { ok: false, retryable: false, error: 'the channel has no outbound URL' };
    if (result.ok) {
      await db.query("UPDATE replies SET status = 'sent', sent_at = now(), lease_until = NULL, last_error = NULL WHERE id = $1", [r.id]);
    } else {
      const delay = result.retryable ? nextAttemptDelay(r.attempts) : null;
      const error = result.error ?? `HTTP ${result.status}`;
      if (delay === null) {
        await db.query("UPDATE replies SET status = 'failed', lease_until = NULL, last_error = $2 WHERE id = $1", [r.id, error]);
      } else {
        await db.query(
          "UPDATE replies SET status = 'queued', lease_until = NULL, last_error = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1",
          [r.id, error, delay / 1000],
        );
      }
    }
    bus?.publish([{ type: 'reply.updated', conversationId: r.conversation_id, departmentId: r.department_id }]);
  }
  return claimed.length;
}
