// Publishes posts when their time comes, one variant per channel, through the channel's
// connector. Variants are claimed with SKIP LOCKED and a lease, like replies. Departments under a
// crisis freeze are skipped: their posts wait, and go out once the freeze is lifted.
import type { Db } from '../db/db.ts';
import { deliverWebhook, nextAttemptDelay } from '../channels/webhook.ts';

const LEASE_SECONDS = 60;

export async function publishDuePosts(db: Db, opts: { frozenDepartments?: () => Promise<string[]>; timeoutMs?: number } = {}): Promise<number> {
  const frozen = (await opts.frozenDepartments?.()) ?? [];
  const claimed = await db.tx(async (q) => {
    const { rows } = await q.query<any>(
      `WITH due AS (
         SELECT v.id FROM post_variants v JOIN posts p ON p.id = v.post_id
          WHERE p.status = 'scheduled' AND p.scheduled_at <= now() AND NOT (p.department_id = ANY($1::uuid[]))
            AND ((v.status = 'pending' AND v.next_attempt_at <= now()) OR (v.status = 'sending' AND v.lease_until < now()))
          ORDER BY p.scheduled_at LIMIT 10 FOR UPDATE OF v SKIP LOCKED)
       UPDATE post_variants v SET status = 'sending', attempts = v.attempts + 1, lease_until = now() + interval '${LEASE_SECONDS} seconds'
         FROM due, posts p, channels c
        WHERE v.id = due.id AND p.id = v.post_id AND c.id = v.channel_id
       RETURNING v.id, v.post_id, v.text, v.attempts, p.title, p.scheduled_at, c.name AS channel_name, c.config`,
      [frozen],
    );
    return rows;
  });
  for (const v of claimed) {
    const body = JSON.stringify({ type: 'post', post: { id: v.post_id, variantId: v.id, title: v.title, text: v.text, scheduledAt: v.scheduled_at }, channel: v.channel_name });
    const result = v.config?.outboundUrl
      ? await deliverWebhook({ url: v.config.outboundUrl, secret: v.config.secret, body, deliveryId: `post-${v.id}`, timeoutMs: opts.timeoutMs ?? 10_000 })
      : { ok: false, retryable: false, error: 'the channel has no outbound URL' };
    if (result.ok) {
      await db.query("UPDATE post_variants SET status = 'sent', sent_at = now(), lease_until = NULL, last_error = NULL WHERE id = $1", [v.id]);
    } else {
      const delay = result.retryable ? nextAttemptDelay(v.attempts) : null;
      const error = result.error ?? `HTTP ${result.status}`;
      await db.query(
        `UPDATE post_variants SET status = CASE WHEN $3::float8 IS NULL THEN 'failed' ELSE 'pending' END, lease_until = NULL, last_error = $2,
                next_attempt_at = now() + make_interval(secs => COALESCE($3::float8, 0)) WHERE id = $1`,
        [v.id, error, delay === null ? null : delay / 1000],
      );
    }
    // The post is published when every variant went out, failed when one gave up.
    await db.query(
      `UPDATE posts p SET status = CASE WHEN s.failed > 0 THEN 'failed' ELSE 'published' END, updated_at = now()
         FROM (SELECT count(*) FILTER (WHERE status = 'failed') AS failed, count(*) FILTER (WHERE status IN ('pending', 'sending')) AS open
                 FROM post_variants WHERE post_id = $1) s
        WHERE p.id = $1 AND s.open = 0`,
      [v.post_id],
    );
  }
  return claimed.length;
}
