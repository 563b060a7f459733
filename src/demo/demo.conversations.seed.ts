// Loads the demo conversations through the real ingest pipeline, day by day so SLA clocks run
// from each day, then settles the older ones the way a working team would have.
import type { Db } from '../db/db.ts';
import { ingestBatch } from '../conversations/ingest.service.ts';
import { pipelineContext } from '../conversations/pipeline.context.ts';
import { DEMO_CHANNELS } from './demo.org.ts';
import { demoConversations } from './demo.conversations.ts';

export async function seedDemoConversations(db: Db, now: Date): Promise<number> {
  const ctx = await pipelineContext(db);
  const items = demoConversations(now).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const byDay = new Map<string, typeof items>();
  for (const it of items) {
    const key = `${it.channel}|${it.createdAt.slice(0, 10)}`;
    byDay.set(key, [...(byDay.get(key) ?? []), it]);
  }
  let count = 0;
  for (const [key, group] of [...byDay].sort((a, b) => a[0].split('|')[1].localeCompare(b[0].split('|')[1]))) {
    const channel = ctx.channelsByName.get(DEMO_CHANNELS.find((c) => c.key === key.split('|')[0])!.name)!;
    const at = new Date(group[0].createdAt);
    const out = await ingestBatch({ db, now: () => at }, channel.id, group.map(({ channel: _c, expected: _e, ...item }) => item), { system: 'demo' });
    count += out.length;
  }
  // Older conversations were mostly answered and closed; the last days stay open in the inbox.
  await db.query(
    `UPDATE conversations SET received_at = created_at, last_activity_at = created_at,
            first_response_at = CASE WHEN created_at < $1::timestamptz - interval '3 days' AND id % 5 <> 0 THEN created_at + interval '2 hours' END,
            status = CASE WHEN created_at < $1::timestamptz - interval '5 days' AND id % 5 <> 0 THEN 'resolved'
                          WHEN created_at < $1::timestamptz - interval '3 days' AND id % 5 <> 0 THEN 'waiting' ELSE status END,
            resolved_at = CASE WHEN created_at < $1::timestamptz - interval '5 days' AND id % 5 <> 0 THEN created_at + interval '1 day' END`,
    [now.toISOString()],
  );
  return count;
}
