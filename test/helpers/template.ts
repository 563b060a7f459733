// One migrated database per test run, cloned by every test file: migrations run once, and each
// file still gets a database of its own.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import { openDb, type Db } from '../../src/db/db.ts';
import { migrate } from '../../src/db/migrate.ts';

const TEMPLATE_DB = 'relais_test_template';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = '/' + name;
  return u.toString();
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Builds the template; returns the variables that tell test files where it is. */
export async function prepareTemplate(workDir: string): Promise<Record<string, string>> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    await admin(server, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    });
    const db = await openDb({ databaseUrl: withDatabase(server, TEMPLATE_DB), poolSize: 1 });
    await migrate(db);
    await db.close();
    return { RELAIS_TEST_TEMPLATE_DB: TEMPLATE_DB };
  }
  const db = await openDb({});
  await migrate(db);
  const file = path.join(workDir, 'template.tar');
  fs.writeFileSync(file, Buffer.from(await (await (db as any).raw.dumpDataDir('none')).arrayBuffer()));
  await db.close();
  return { RELAIS_TEST_TEMPLATE_FILE: file };
}

/** A fresh database URL on the test server, cloned from the template (or migrated when run alone). */
export async function freshServerDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL!;
  const name = `relais_t_${crypto.randomBytes(5).toString('hex')}`;
  const template = process.env.RELAIS_TEST_TEMPLATE_DB;
  await admin(server, (c) => c.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`));
  const url = withDatabase(server, name);
  if (!template) {
    const db = await openDb({ databaseUrl: url, poolSize: 1 });
    await migrate(db);
    await db.close();
  }
  return { url, drop: () => admin(server, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}) };
}

/** A migrated database of the test's own, on the server when TEST_DATABASE_URL is set, else PGlite in memory. */
export async function testDb(): Promise<Db> {
  if (process.env.TEST_DATABASE_URL) {
    const { url, drop } = await freshServerDatabase();
    const db = await openDb({ databaseUrl: url, poolSize: 4 });
    const close = db.close.bind(db);
    db.close = async () => {
      await close();
      await drop();
    };
    return db;
  }
  const file = process.env.RELAIS_TEST_TEMPLATE_FILE;
  if (file && fs.existsSync(file)) return openDb({ loadDataDir: new Blob([fs.readFileSync(file)]) });
  const db = await openDb({});
  await migrate(db);
  return db;
}
