// The `relais` command. Each subcommand validates the configuration once and reports a
// failure as one line on stderr with a non-zero exit.
import { Command } from 'commander';
import { loadConfig, ConfigError, type Config } from '../config.ts';
import { DatabaseStartError } from '../db/errors.ts';
import { openDb, type Db } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';
import { startServer } from '../server.ts';
import { createPerson } from '../people/people.service.ts';
import { findLoginByEmail, insertToken } from '../auth/auth.repo.ts';
import { record } from '../audit/audit.repo.ts';
import { ROLES, type Role } from '../policy/policy.ts';
import { HttpError } from '../http/errors.ts';
import { registerExtraCommands } from './extra.ts';

async function withDb<T>(fn: (db: Db, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
  try {
    await migrate(db);
    return await fn(db, config);
  } finally {
    await db.close();
  }
}

export function buildCli(): Command {
  const program = new Command('relais').description('Relais: social media as an approach shared by every department').showHelpAfterError();

  program
    .command('start')
    .description('start the server (API, web app and background work) on PORT')
    .action(async () => {
      const config = loadConfig();
      const server = await startServer(config);
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  program
    .command('migrate')
    .description('apply pending database migrations and exit')
    .action(() =>
      withDb(async () => {
        console.log('database is up to date');
      }),
    );

  program
    .command('create-user')
    .description('create a person who can sign in')
    .requiredOption('--email <email>', 'e-mail address, used to sign in')
    .option('--name <name>', 'full name')
    .option('--password <password>', 'password (at least 10 characters); a random one is printed when omitted')
    .option('--admin', 'give the admin role over the whole group')
    .option('--role <role...>', `roles over the whole group: ${ROLES.join(', ')}`)
    .action((opts: { email: string; name?: string; password?: string; admin?: boolean; role?: string[] }) =>
      withDb(async (db) => {
        const roles = [...(opts.role ?? []), ...(opts.admin ? ['admin'] : [])];
        for (const r of roles) if (!(ROLES as readonly string[]).includes(r)) throw new Error(`unknown role "${r}"; one of ${ROLES.join(', ')}`);
        const password = opts.password ?? (await import('node:crypto')).randomBytes(12).toString('base64url');
        const person = await createPerson(
          db,
          { system: 'cli' },
          { email: opts.email, name: opts.name ?? opts.email.split('@')[0], password },
          roles.map((role) => ({ role: role as Role, scopeType: 'group' as const, scopeId: null })),
        );
        console.log(`created ${person.email} (${person.id})${roles.length ? ' with ' + roles.join(', ') : ''}`);
        if (!opts.password) console.log(`password: ${password}`);
      }),
    );

  const token = program.command('token').description('API tokens for integrations');
  token
    .command('create')
    .description('create an API token acting with the rights of a person; the token is printed on the last line')
    .requiredOption('--user <email>', 'the person the token acts for')
    .option('--name <name>', 'what the token is for', 'cli')
    .action((opts: { user: string; name: string }) =>
      withDb(async (db) => {
        const login = await findLoginByEmail(db, opts.user);
        if (!login) throw new Error(`no person with e-mail ${opts.user}`);
        const t = await db.tx(async (q) => {
          const created = await insertToken(q, login.id, opts.name);
          await record(q, { system: 'cli' }, 'token.create', { type: 'api_token', id: created.id }, null, { name: opts.name, personId: login.id });
          return created;
        });
        console.log(`token "${opts.name}" for ${opts.user} (send it as "Authorization: Bearer <token>"):`);
        console.log(t.token);
      }),
    );

  registerExtraCommands(program, { withDb });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (err) {
    const known = err instanceof ConfigError || err instanceof DatabaseStartError || err instanceof HttpError;
    const e = err as NodeJS.ErrnoException;
    const msg =
      e.code === 'EADDRINUSE' ? `port already in use (${e.message}); set PORT to another one` : known ? e.message : (e.message ?? String(err));
    console.error(`relais: ${msg}`);
    if (!known && process.env.RELAIS_DEBUG) console.error(err);
    process.exit(1);
  }
}
