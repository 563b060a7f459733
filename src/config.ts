// Configuration is read from the environment once, validated, and passed down.
// Nothing else in the code reads process.env.
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** postgres://… when a server is used; undefined selects the embedded PGlite. */
  databaseUrl?: string;
  dataDir: string;
  demo: boolean;
  /** Password of the demo accounts; a random one is made and printed when unset. */
  demoPassword?: string;
  bootstrapAdmin?: { email: string; password: string };
  /** Marks cookies Secure; on by default when the public URL is https. */
  secureCookies: boolean;
  publicUrl: string;
  logLevel: string;
  /** Roles this process plays: serve HTTP, run background work, or both. */
  roles: { web: boolean; worker: boolean };
  loginRateLimit: { max: number; windowMs: number };
  /** Feeds on loopback, private or link-local addresses are refused unless allowed here. */
  feeds: { allowPrivate: boolean; allowedPrivateHosts: string[] };
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min = 0, max = 65535): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 0/1 or true/false, got "${raw}"`);
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const port = int(env, 'PORT', 8080, 0);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl) {
    let u: URL;
    try {
      u = new URL(databaseUrl);
    } catch {
      throw new ConfigError(`DATABASE_URL is not a valid URL: "${databaseUrl}"`);
    }
    if (!['postgres:', 'postgresql:'].includes(u.protocol)) {
      throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, got "${u.protocol}//"`);
    }
  }
  let bootstrapAdmin: Config['bootstrapAdmin'];
  if (env.RELAIS_BOOTSTRAP_ADMIN) {
    const raw = env.RELAIS_BOOTSTRAP_ADMIN;
    const i = raw.indexOf(':');
    if (i <= 0 || i === raw.length - 1 || !raw.slice(0, i).includes('@')) {
      throw new ConfigError('RELAIS_BOOTSTRAP_ADMIN must be email:password');
    }
    const password = raw.slice(i + 1);
    if (password.length < 10) throw new ConfigError('RELAIS_BOOTSTRAP_ADMIN password must have at least 10 characters');
    bootstrapAdmin = { email: raw.slice(0, i).toLowerCase(), password };
  }
  const publicUrl = env.RELAIS_PUBLIC_URL || `http://localhost:${port}`;
  const role = (env.RELAIS_ROLE || 'all').toLowerCase();
  if (!['all', 'web', 'worker'].includes(role)) throw new ConfigError(`RELAIS_ROLE must be all, web or worker, got "${role}"`);
  return {
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(cwd, env.RELAIS_DATA_DIR || 'data'),
    demo: bool(env, 'RELAIS_DEMO', true),
    demoPassword: env.RELAIS_DEMO_PASSWORD || undefined,
    bootstrapAdmin,
    secureCookies: bool(env, 'RELAIS_SECURE_COOKIES', publicUrl.startsWith('https:')),
    publicUrl,
    logLevel: env.LOG_LEVEL || 'info',
    roles: { web: role !== 'worker', worker: role !== 'web' },
    loginRateLimit: { max: int(env, 'RELAIS_LOGIN_MAX', 10, 1, 100000), windowMs: 60_000 },
    feeds: {
      allowPrivate: bool(env, 'RELAIS_FEEDS_ALLOW_PRIVATE', false),
      allowedPrivateHosts: (env.RELAIS_FEEDS_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean),
    },
  };
}
