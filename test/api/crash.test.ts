// Durability: kill -9 the server in the middle of a 20,000-item import, restart it, send the same
// items again. Every acknowledged item must be there, and every item exactly once.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { freshServerDatabase } from '../helpers/template.ts';
import { openDb } from '../../src/db/db.ts';

const bin = path.resolve('bin/relais.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-crash-'));
const cleanups: (() => Promise<void>)[] = [];
let child: ChildProcess | undefined;
after(async () => {
  child?.kill('SIGKILL');
  for (const f of cleanups) await f();
  fs.rmSync(dir, { recursive: true, force: true });
});

function start(env: Record<string, string>): Promise<{ port: number; proc: ChildProcess }> {
  const proc = spawn(process.execPath, [bin, 'start'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', RELAIS_DEMO_PASSWORD: 'crash-password-1', ...env },
  });
  child = proc;
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /Relais ready on http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve({ port: Number(m[1]), proc });
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code, signal) => signal !== 'SIGKILL' && reject(new Error(`server exited ${code}: ${out}`)));
  });
}

async function token(port: number): Promise<string> {
  const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'coordinator@relais.example', password: 'crash-password-1' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const { csrfToken } = await login.json();
  const r = await fetch(`http://127.0.0.1:${port}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'crash test' }),
  });
  return (await r.json()).token;
}

const TOTAL = 20_000;
const BATCH = 500;
const items = Array.from({ length: TOTAL }, (_, i) => ({
  channel: 'X @MaisonLumiere',
  externalId: `crash-${i}`,
  author: { handle: `@c${i % 700}` },
  text: i % 2 ? `Ma commande ${i} est en retard, remboursez-moi` : `Where is my order ${i}? Still waiting`,
  createdAt: new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString(),
}));

function exited(proc: ChildProcess): Promise<unknown> {
  return proc.exitCode !== null || proc.signalCode !== null ? Promise.resolve() : new Promise((r) => proc.once('exit', r));
}

function send(port: number, auth: string, batch: typeof items) {
  return fetch(`http://127.0.0.1:${port}/api/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
    body: JSON.stringify(batch),
  });
}

test('a crash mid-import loses no acknowledged item, and a second run stores nothing twice', { timeout: 600_000 }, async () => {
  let env: Record<string, string> = { RELAIS_DATA_DIR: dir };
  if (process.env.TEST_DATABASE_URL) {
    const fresh = await freshServerDatabase();
    cleanups.push(fresh.drop);
    env = { DATABASE_URL: fresh.url };
  }
  let server = await start(env);
  const auth = await token(server.port);
  const acknowledged = new Set<string>();
  let killedAt = -1;
  for (let i = 0; i < TOTAL; i += BATCH) {
    const batch = items.slice(i, i + BATCH);
    const pending = send(server.port, auth, batch);
    if (i >= TOTAL / 2) {
      // Kill while this batch is on its way: it may or may not have been stored, never half.
      await new Promise((r) => setTimeout(r, 30));
      server.proc.kill('SIGKILL');
      killedAt = i;
      await pending.catch(() => undefined);
      break;
    }
    const r = await pending;
    assert.equal(r.status, 200);
    for (const x of (await r.json()).results) acknowledged.add(x.externalId);
  }
  assert.ok(killedAt > 0 && acknowledged.size === killedAt, `acknowledged ${acknowledged.size} before the kill`);
  await exited(server.proc);

  server = await start(env);
  let duplicates = 0;
  let inserted = 0;
  for (let i = 0; i < TOTAL; i += BATCH) {
    const r = await send(server.port, auth, items.slice(i, i + BATCH));
    assert.equal(r.status, 200);
    const out = await r.json();
    duplicates += out.duplicates;
    inserted += out.inserted;
  }
  assert.ok(duplicates >= acknowledged.size, `every acknowledged item is recognised (${duplicates} duplicates)`);
  assert.equal(inserted + duplicates, TOTAL);
  server.proc.kill('SIGTERM');
  await exited(server.proc);

  const db = await openDb(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: dir });
  try {
    const { rows } = await db.query<{ n: number; distinct_ids: number; routed: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT external_id)::int AS distinct_ids,
              count(*) FILTER (WHERE intent IS NOT NULL AND routing IS NOT NULL)::int AS routed
         FROM conversations WHERE external_id LIKE 'crash-%'`,
    );
    assert.deepEqual(rows[0], { n: TOTAL, distinct_ids: TOTAL, routed: TOTAL });
  } finally {
    await db.close();
  }
});
