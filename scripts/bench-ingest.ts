// Conversations per second through ingest + understanding + routing + storage, against the rate
// at which the same rows can be bulk-inserted (multi-row INSERT) into the same database.
// Usage: npm run bench:ingest -- --count 100000 [--batch 1000]   (honours DATABASE_URL)
import { arg, benchDb, syntheticItems } from './bench-common.ts';
import { ingestBatch, decide } from '../src/conversations/ingest.service.ts';
import { pipelineContext } from '../src/conversations/pipeline.context.ts';
import { BuiltinUnderstander } from '../src/understanding/understanding.ts';

const count = arg('count', 100000);
const batch = arg('batch', 1000);
const { db, cleanup } = await benchDb();
try {
  const ctx = await pipelineContext(db);
  const channel = ctx.channelsByName.get('X @MaisonLumiere')!;
  const items = syntheticItems(count, 'bench');

  // The baseline rows: the same items, understood and routed beforehand (untimed), so the
  // timed part is only the database writing them with their indexes and text-search vectors.
  const u = new BuiltinUnderstander();
  const rows = items.map((it) => {
    const { enrichment: e, decision } = decide(ctx, channel, it, u);
    return [channel.id, it.externalId, it.author.handle, it.author.name, it.author.followers, it.text, it.createdAt, decision.departmentId, e.lang, e.sentiment, e.sentimentScore, e.intent, e.risk, JSON.stringify(decision.reason)];
  });
  await db.exec('DROP TABLE IF EXISTS bench_bulk; CREATE TABLE bench_bulk (LIKE conversations INCLUDING ALL);');
  const cols = 'channel_id, external_id, author_handle, author_name, author_followers, text, created_at, department_id, lang, sentiment, sentiment_score, intent, risk, routing, search';
  let t = performance.now();
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = rows.slice(i, i + batch);
    const params: unknown[] = [];
    const values = chunk.map((r) => {
      const base = params.length;
      params.push(...r);
      const ph = r.map((_, k) => `$${base + k + 1}`);
      return `(${ph.join(', ')}, to_tsvector(CASE ${ph[8]}::text WHEN 'fr' THEN 'french'::regconfig ELSE 'english'::regconfig END, ${ph[2]}::text || ' ' || ${ph[5]}::text))`;
    });
    await db.query(`INSERT INTO bench_bulk (${cols}) VALUES ${values.join(', ')}`, params);
  }
  const bulkSeconds = (performance.now() - t) / 1000;
  await db.exec('DROP TABLE bench_bulk');

  t = performance.now();
  let stored = 0;
  for (let i = 0; i < items.length; i += batch) {
    const out = await ingestBatch({ db }, channel.id, items.slice(i, i + batch), { system: 'bench' });
    stored += out.filter((o) => !o.duplicate).length;
  }
  const pipelineSeconds = (performance.now() - t) / 1000;
  if (stored !== count) throw new Error(`stored ${stored} of ${count}`);

  const pipelineRate = count / pipelineSeconds;
  const bulkRate = count / bulkSeconds;
  console.log(`database: ${db.kind}, ${count} conversations, batches of ${batch}`);
  console.log(`pipeline (ingest + understanding + routing + storage): ${pipelineRate.toFixed(0)} conversations/s (${pipelineSeconds.toFixed(1)} s)`);
  console.log(`bulk insert of the same rows (multi-row INSERT): ${bulkRate.toFixed(0)} rows/s (${bulkSeconds.toFixed(1)} s)`);
  console.log(`ratio ${(pipelineRate / bulkRate).toFixed(2)}`);
} finally {
  await cleanup();
}
