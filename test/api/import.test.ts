import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { spawnSync } from 'node:child_process';
import { testApp, type TestApp, type Session } from '../helpers/app.ts';
import { freshServerDatabase } from '../helpers/template.ts';
import { openDb } from '../../src/db/db.ts';
import { migrate } from '../../src/db/migrate.ts';
import { seedDemo } from '../../src/demo/demo.seed.ts';

let t: TestApp;
let coordinator: Session;
let channelId: string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-import-'));

before(async () => {
  t = await testApp({ env: { RELAIS_FEEDS_ALLOW_PRIVATE: '1' } });
  coordinator = await t.login('coordinator@relais.example');
  channelId = (await t.call('GET', '/api/channels', { as: coordinator })).json().find((c: any) => c.name === 'Facebook Maison Lumière').id;
});
after(async () => {
  await t.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const line = (id: string, text: string) => JSON.stringify({ externalId: id, author: { handle: '@' + id }, text, createdAt: '2026-11-20T10:00:00Z' });

test('a JSONL upload reports each bad line by number and imports the rest; again, nothing twice', async () => {
  const body = [
    line('j-1', 'Mon frigo ne refroidit plus depuis hier, que faire ?'),
    '{not json',
    line('j-2', 'Livraison prévue hier, toujours rien. Remboursez-moi.'),
    JSON.stringify({ externalId: 'j-3', author: { handle: '@x' }, createdAt: '2026-11-20T10:00:00Z' }),
    line('j-1', 'Mon frigo ne refroidit plus depuis hier, que faire ?'),
  ].join('\n');
  const r = await t.call('POST', `/api/channels/${channelId}/import`, { as: coordinator, body, headers: { 'content-type': 'application/x-ndjson' } });
  assert.equal(r.statusCode, 200, r.body);
  const report = r.json();
  assert.deepEqual({ inserted: report.inserted, duplicates: report.duplicates, rejected: report.rejected }, { inserted: 2, duplicates: 1, rejected: 2 });
  assert.deepEqual(report.errors.map((e: any) => e.line), [2, 4]);
  assert.match(report.errors[1].reason, /text/);
  const again = (await t.call('POST', `/api/channels/${channelId}/import`, { as: coordinator, body, headers: { 'content-type': 'application/x-ndjson' } })).json();
  assert.equal(again.inserted, 0);
  assert.equal(again.duplicates, 3);
});

test('a CSV upload with quoted multi-line text', async () => {
  const csv = 'externalId;authorHandle;text;createdAt\ncsv-1;@anne;"Bonjour,\nvous recrutez des techniciens à Lyon ?";2026-11-21 09:30:00\ncsv-2;@bob;;2026-11-21 09:31:00\n';
  const r = (await t.call('POST', `/api/channels/${channelId}/import`, { as: coordinator, body: csv, headers: { 'content-type': 'text/csv' } })).json();
  assert.equal(r.inserted, 1);
  assert.equal(r.rejected, 1);
  assert.equal(r.errors[0].line, 4, 'the record after a two-line record starts on line 4');
  const { rows } = await t.db.query<{ text: string; intent: string }>("SELECT text, intent FROM conversations WHERE external_id = 'csv-1'");
  assert.equal(rows[0].text, 'Bonjour,\nvous recrutez des techniciens à Lyon ?');
  assert.equal(rows[0].intent, 'job');
});

test('an adviser of another department cannot import into this channel', async () => {
  const rh = await t.login('rh@relais.example');
  const r = await t.call('POST', `/api/channels/${channelId}/import`, { as: rh, body: line('z', 'x'), headers: { 'content-type': 'application/x-ndjson' } });
  assert.equal(r.statusCode, 403);
});

test('a feed channel is fetched, its items stored once, HTML kept as text', async () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Avis</title>
    <item><guid>f-1</guid><title>Lampe Nova</title><description>&lt;b&gt;La lampe&lt;/b&gt; a chauffé et fumé, c'est dangereux</description><pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate><author>a@example.org (Alice)</author></item>
    <item><guid>f-2</guid><title>Merci</title><description>Très bon accueil au magasin de Lille</description><pubDate>Fri, 20 Nov 2026 11:00:00 GMT</pubDate></item>
  </channel></rss>`;
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const url = `http://127.0.0.1:${(server.address() as any).port}/feed.xml`;
    const deps = (await t.call('GET', '/api/departments', { as: coordinator })).json();
    const marketing = deps.find((d: any) => d.kind === 'marketing' && d.entity.name === 'Maison Lumière France');
    const created = await t.call('POST', '/api/channels', { as: coordinator, body: { name: 'Avis clients', kind: 'feed', departmentId: marketing.id, config: { url } } });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id;
    assert.equal(created.json().capabilities.reply, false, 'a feed cannot send');
    const first = (await t.call('POST', `/api/channels/${id}/poll`, { as: coordinator })).json();
    assert.deepEqual([first.inserted, first.duplicates, first.error], [2, 0, undefined]);
    const second = (await t.call('POST', `/api/channels/${id}/poll`, { as: coordinator })).json();
    assert.deepEqual([second.inserted, second.duplicates], [0, 2]);
    const { rows } = await t.db.query<{ text: string; intent: string }>("SELECT text, intent FROM conversations WHERE external_id = 'f-1'");
    assert.ok(rows[0].text.includes('La lampe a chauffé') && !rows[0].text.includes('<b>'), rows[0].text);
    assert.equal(rows[0].intent, 'crisis');
  } finally {
    server.close();
  }
});

test('without the setting, a feed on a private address is refused', async () => {
  const strict = await testApp();
  try {
    const s = await strict.login('coordinator@relais.example');
    const deps = (await strict.call('GET', '/api/departments', { as: s })).json();
    const marketing = deps.find((d: any) => d.kind === 'marketing');
    const id = (await strict.call('POST', '/api/channels', { as: s, body: { name: 'Intranet', kind: 'feed', departmentId: marketing.id, config: { url: 'http://127.0.0.1:9/feed' } } })).json().id;
    const r = (await strict.call('POST', `/api/channels/${id}/poll`, { as: s })).json();
    assert.equal(r.inserted, 0);
    assert.match(r.error, /loopback|private|blocked|refus/i);
  } finally {
    await strict.close();
  }
});

test('relais import FILE --channel NAME reports bad lines and ends with the counts', async () => {
  let env: Record<string, string> = { RELAIS_DATA_DIR: path.join(tmp, 'data') };
  let drop: (() => Promise<void>) | undefined;
  if (process.env.TEST_DATABASE_URL) {
    const fresh = await freshServerDatabase();
    drop = fresh.drop;
    env = { DATABASE_URL: fresh.url };
  }
  try {
    const db = await openDb(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.RELAIS_DATA_DIR });
    await migrate(db);
    await seedDemo(db, 'import-password-1', { conversations: false });
    await db.close();
    const file = path.join(tmp, 'items.jsonl');
    fs.writeFileSync(file, [line('cli-1', 'Où en est ma commande ?'), 'oops', line('cli-2', 'Super produit, merci !'), ''].join('\n'));
    const run = () => spawnSync(process.execPath, ['bin/relais.js', 'import', file, '--channel', 'X @MaisonLumiere'], { env: { ...process.env, ...env }, encoding: 'utf8' });
    const r = run();
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /line 2: /);
    assert.match(r.stdout.trim().split('\n').pop()!, /^inserted 2, duplicates 0, rejected 1$/);
    const again = run();
    assert.match(again.stdout.trim().split('\n').pop()!, /^inserted 0, duplicates 2, rejected 1$/);
  } finally {
    await drop?.();
  }
});
