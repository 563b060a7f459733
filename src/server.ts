// Starts a Relais process: open the database, migrate, load the demo or the first admin,
// then listen. Failures at start end in one clear line and a non-zero exit (see cli/main.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';
import { openDb, type Db } from './db/db.ts';
import { migrate } from './db/migrate.ts';
import { buildApp } from './app.ts';
import { isEmpty, seedDemo } from './demo/demo.seed.ts';
import { countPeople } from './people/people.repo.ts';
import { createPerson } from './people/people.service.ts';
import { EventBus } from './events/bus.ts';
import { startWorker, type Worker } from './worker/worker.ts';
import { sendDueReplies } from './replies/replies.worker.ts';
import { pollDueFeeds } from './channels/feeds.worker.ts';
import { retrainIfDue } from './routing/routing-model.service.ts';
import { publishDuePosts } from './publishing/publishing.worker.ts';
import { frozenDepartmentIds } from './freeze/freeze.repo.ts';

export type Log = (line: string) => void;

export async function prepareDatabase(config: Config, log: Log): Promise<Db> {
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
  try {
    const applied = await migrate(db);
    if (applied.length) log(`migrations applied: ${applied.join(', ')}`);
    if (config.bootstrapAdmin && (await countPeople(db)) === 0) {
      await createPerson(db, { system: 'bootstrap' }, { email: config.bootstrapAdmin.email, name: 'Administrator', password: config.bootstrapAdmin.password }, [
        { role: 'admin', scopeType: 'group', scopeId: null },
      ]);
      log(`first admin created: ${config.bootstrapAdmin.email}`);
    }
    if (config.demo && (await isEmpty(db))) {
      const demo = await seedDemo(db, config.demoPassword);
      const lines = [
        'Demo organisation loaded. Accounts (password for all: ' + demo.password + '):',
        ...demo.accounts.map((a) => `  ${a.email.padEnd(30)} ${a.name.padEnd(18)} ${a.roles.join(', ')}`),
      ];
      for (const l of lines) log(l);
      // The log scrolls away; the file keeps the accounts for the next look (not on a server install).
      if (!config.databaseUrl) fs.writeFileSync(path.join(config.dataDir, 'demo-accounts.txt'), lines.join('\n') + '\n', { mode: 0o600 });
    } else if (config.demo && !config.databaseUrl && fs.existsSync(path.join(config.dataDir, 'demo-accounts.txt'))) {
      log(`demo accounts: see ${path.join(config.dataDir, 'demo-accounts.txt')}`);
    }
    if ((await countPeople(db)) === 0) {
      log('no account yet: set RELAIS_BOOTSTRAP_ADMIN=email:password or run `npx relais create-user --admin`');
    }
    return db;
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
}

export async function startServer(config: Config, log: Log = console.log) {
  const started = Date.now();
  const db = await prepareDatabase(config, log);
  const bus = new EventBus(config.databaseUrl);
  await bus.start();
  const app = await buildApp({ db, config, bus }, { logger: { level: config.logLevel } });
  let worker: Worker | undefined;
  if (config.roles.worker) {
    worker = startWorker(
      [
        { name: 'replies', everyMs: 1000, run: () => sendDueReplies(db, bus) },
        // A polled feed has its next time pushed forward, so checking often costs one query.
        { name: 'feeds', everyMs: 10_000, run: () => pollDueFeeds({ db, bus, config }) },
        // Retrains daily when enough was resolved or handed off since; when nothing is due the check
        // is a few small queries. Always 0: the loop then waits instead of checking again at once.
        {
          name: 'routing-model',
          everyMs: 10 * 60_000,
          run: async () => {
            const r = await retrainIfDue(db);
            if (r.trained) log(`routing model #${r.model.id} trained on ${r.model.examples} conversations (held-out accuracy ${r.model.accuracy ?? 'n/a'})`);
            return 0;
          },
        },
        { name: 'posts', everyMs: 1000, run: () => publishDuePosts(db, { frozenDepartments: () => frozenDepartmentIds(db) }) },
      ],
      log,
    );
  }
  const close = async () => {
    await worker?.stop();
    await app.close().catch(() => {});
    await bus.stop();
    await db.close().catch(() => {});
  };
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await close();
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(`Relais ready on http://localhost:${port} (database: ${db.kind}${db.kind === 'pglite' ? ' in ' + config.dataDir : ''}) in ${Date.now() - started} ms`);
  return { app, db, bus, port, close };
}
