// Inbox page latency with a million conversations stored. The rows are generated inside the
// database (generate_series) to fill it quickly; the measured part is the product's own inbox
// query as an adviser opens and filters their department's inbox.
// Usage: npm run bench:inbox [-- --rows 1000000 --runs 40]   (honours DATABASE_URL)
import { arg, benchDb } from './bench-common.ts';
import { listInbox, type InboxFilter } from '../src/conversations/conversations.service.ts';
import { loadPrincipal } from '../src/auth/auth.repo.ts';
import { pipelineContext } from '../src/conversations/pipeline.context.ts';

const total = arg('rows', 1_000_000);
const runs = arg('runs', 40);
const { db, cleanup } = await benchDb();
try {
  const ctx = await pipelineContext(db);
  const channel = ctx.channelsByName.get('X @MaisonLumiere')!;
  const departments = [...ctx.departments.keys()];
  let t = performance.now();
  const chunk = 100_000;
  for (let from = 0; from < total; from += chunk) {
    await db.query(
      `INSERT INTO conversations (channel_id, external_id, author_handle, text, created_at, received_at, department_id,
                                  status, lang, sentiment, intent, risk, priority, first_response_due, resolution_due, search)
       SELECT $1::uuid, 'fill-' || g, '@user' || (g % 50000),
              t.text, now() - make_interval(secs => ($3::int - g)), now() - make_interval(secs => ($3::int - g)),
              ($2::uuid[])[1 + (g % array_length($2::uuid[], 1))],
              (ARRAY['new','open','waiting','resolved','resolved','resolved'])[1 + (g % 6)],
              CASE WHEN g % 3 = 0 THEN 'en' ELSE 'fr' END,
              (ARRAY['negative','neutral','positive'])[1 + ((g / 7) % 3)],
              (ARRAY['complaint','question','praise','job','idea','press','crisis','spam','other'])[1 + ((g / 13) % 9)],
              g % 100, 'normal',
              now() - make_interval(secs => ($3::int - g)) + interval '4 hours',
              now() - make_interval(secs => ($3::int - g)) + interval '2 days',
              to_tsvector(CASE WHEN g % 3 = 0 THEN 'english'::regconfig ELSE 'french'::regconfig END, t.text)
         FROM generate_series($4::int, $5::int) g,
              LATERAL (SELECT (ARRAY['Ma commande n''est pas arrivée, remboursement svp',
                                     'Le lave-linge fuit depuis la livraison',
                                     'Vous êtes ouverts dimanche ?',
                                     'My order never arrived, I want a refund',
                                     'Great service at the Toronto store'])[1 + (g % 5)] || ' ' || g AS text) t`,
      [channel.id, departments, total, from + 1, Math.min(from + chunk, total)],
    );
  }
  await db.query('ANALYZE conversations');
  console.log(`database: ${db.kind}, ${total} conversations generated in ${((performance.now() - t) / 1000).toFixed(0)} s`);

  const advisers = await db.query<{ id: string; scope_id: string }>(
    "SELECT p.id, ra.scope_id FROM people p JOIN role_assignments ra ON ra.person_id = p.id WHERE p.email = 'sav@relais.example' AND ra.role = 'social_adviser'",
  );
  const p = (await loadPrincipal(db, advisers.rows[0].id, 'session'))!;
  const department = advisers.rows[0].scope_id;
  const pages: [string, Omit<InboxFilter, 'limit'>][] = [
    ['department inbox', { department }],
    ['status new', { department, status: ['new'] }],
    ['intent complaint', { department, intent: ['complaint'] }],
    ['negative, French', { department, sentiment: ['negative'], lang: ['fr'] }],
    ['SLA breached', { department, sla: 'breached' }],
    ['full-text search', { department, q: 'remboursement' }],
    ['assigned to me', { department, assignee: 'me' }],
    ['everything visible', {}],
  ];
  const all: number[] = [];
  for (const [name, f] of pages) {
    const times: number[] = [];
    let cursor: number | undefined;
    for (let i = 0; i < runs; i++) {
      t = performance.now();
      const r = await listInbox(db, p, { ...f, limit: 50, beforeId: i % 2 ? cursor : undefined });
      times.push(performance.now() - t);
      cursor = r.nextCursor ?? undefined;
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    console.log(`${name.padEnd(20)} p50 ${times[Math.floor(times.length / 2)].toFixed(1)} ms  p95 ${times[Math.floor(times.length * 0.95)].toFixed(1)} ms`);
  }
  all.sort((a, b) => a - b);
  console.log(`p95_ms ${all[Math.floor(all.length * 0.95)].toFixed(1)}`);
} finally {
  await cleanup();
}
