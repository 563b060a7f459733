// One small interface over the two ways Relais reaches PostgreSQL: PGlite embedded in the
// process (the default) or a server through node-postgres. Repositories write SQL against it;
// both run the same dialect, so one schema and one set of migrations serve both.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { acquireDirLock, type DirLock } from './lock.ts';

export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

export interface Queryable {
  query<T = Record<string, any>>(text: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Runs several statements without parameters (migrations, schema set-up). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction; the audit log relies on this to commit with the change. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export { DatabaseStartError } from './errors.ts';
import { DatabaseStartError } from './errors.ts';

const INT8 = 20;
const NUMERIC = 1700;
// Counts and ids stay far below 2^53; a number is what every caller wants.
const parsers = { [INT8]: (v: string) => Number(v), [NUMERIC]: (v: string) => Number(v) };

class PgliteDb implements Db {
  readonly kind = 'pglite' as const;
  constructor(private readonly pg: PGlite, private readonly lock?: DirLock) {}

  async query<T>(text: string, params?: unknown[]): Promise<QueryResult<T>> {
    const r = await this.pg.query<T>(text, params as any[]);
    return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
  }

  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    return this.pg.transaction(async (t) =>
      fn({
        async query<R>(text: string, params?: unknown[]) {
          const r = await t.query<R>(text, params as any[]);
          return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
        },
        async exec(sql: string) {
          await t.exec(sql);
        },
      }),
    );
  }

  async exec(sql: string): Promise<void> {
    await this.pg.exec(sql);
  }

  /** The raw instance, for the few places that need PGlite itself (test templates, bulk COPY). */
  get raw(): PGlite {
    return this.pg;
  }

  async close(): Promise<void> {
    await this.pg.close();
    this.lock?.release();
  }
}

class PostgresDb implements Db {
  readonly kind = 'postgres' as const;
  constructor(readonly pool: pg.Pool) {}

  async query<T>(text: string, params?: unknown[]): Promise<QueryResult<T>> {
    const r = await this.pool.query(text, params as any[]);
    return { rows: r.rows as T[], rowCount: r.rowCount ?? r.rows.length };
  }

  async tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn({
        async query<R>(text: string, params?: unknown[]) {
          const r = await client.query(text, params as any[]);
          return { rows: r.rows as R[], rowCount: r.rowCount ?? r.rows.length };
        },
        async exec(sql: string) {
          await client.query(sql);
        },
      });
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

export interface OpenOptions {
  databaseUrl?: string;
  /** Folder of the embedded database; undefined keeps it in memory. */
  dataDir?: string;
  /** A tarball made by dumpDataDir, to start an in-memory database from (tests). */
  loadDataDir?: Blob;
  poolSize?: number;
}

const extensions = { unaccent, pg_trgm };

export async function openDb(opts: OpenOptions): Promise<Db> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 10);
  let lock: DirLock | undefined;
  let dataDir: string | undefined;
  if (opts.dataDir) {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    lock = acquireDirLock(opts.dataDir);
    dataDir = path.join(opts.dataDir, 'pgdata');
  }
  try {
    const pglite = await PGlite.create({
      dataDir,
      loadDataDir: opts.loadDataDir,
      extensions,
      parsers,
    });
    return new PgliteDb(pglite, lock);
  } catch (err) {
    lock?.release();
    throw new DatabaseStartError(`cannot open the embedded database in ${opts.dataDir ?? 'memory'}: ${(err as Error).message}`);
  }
}

async function openPostgres(url: string, max: number): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: 5000,
    types: { getTypeParser: ((oid: number, format?: any) => (parsers as any)[oid] ?? pg.types.getTypeParser(oid, format)) as any },
  });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => {});
    const safe = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
    throw new DatabaseStartError(`cannot reach the database at ${safe}: ${(err as Error).message || (err as any).code}`);
  }
  return new PostgresDb(pool);
}
