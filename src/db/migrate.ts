// Forward-only migrations: numbered SQL files applied in order at start-up, each in its own
// transaction, recorded with a checksum. A file changed after it was applied stops the start:
// history is fixed, a change is a new file.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.ts';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  id: string;
  sql: string;
  checksum: string;
}

export function listMigrations(from = dir): Migration[] {
  return fs
    .readdirSync(from)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const sql = fs.readFileSync(path.join(from, f), 'utf8');
      return { id: f.replace(/\.sql$/, ''), sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') };
    });
}

export async function migrate(db: Db, migrations = listMigrations()): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  // Two servers starting at once against one database: the advisory lock lets one migrate.
  return db.tx(async (q) => {
    await q.query('SELECT pg_advisory_xact_lock(4242001)');
    const { rows } = await q.query<{ id: string; checksum: string }>('SELECT id, checksum FROM schema_migrations');
    const applied = new Map(rows.map((r) => [r.id, r.checksum]));
    const done: string[] = [];
    for (const m of migrations) {
      const sum = applied.get(m.id);
      if (sum !== undefined) {
        if (sum !== m.checksum) throw new Error(`migration ${m.id} was changed after it was applied; add a new migration instead`);
        continue;
      }
      await q.exec(m.sql);
      await q.query('INSERT INTO schema_migrations (id, checksum) VALUES ($1, $2)', [m.id, m.checksum]);
      done.push(m.id);
    }
    return done;
  });
}

