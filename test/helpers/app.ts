// An app instance on a database of the test's own, with the demo organisation, and helpers
// to call it in-process as a given person.
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/db/db.ts';
import type { App } from '../../src/http/types.ts';
import { seedDemo } from '../../src/demo/demo.seed.ts';
import { testDb } from './template.ts';
import { EventBus } from '../../src/events/bus.ts';

export const DEMO_PASSWORD = 'demo-password-1';

export interface Session {
  cookie: string;
  csrf: string;
}

export interface TestApp {
  app: App;
  bus: EventBus;
  db: Db;
  login(email: string, password?: string): Promise<Session>;
  call(method: string, url: string, opts?: { as?: Session; body?: unknown; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function testApp(opts: { demo?: boolean; conversations?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const db = await testDb();
  if (opts.demo !== false) await seedDemo(db, DEMO_PASSWORD, { conversations: opts.conversations ?? false });
  const config = loadConfig({ RELAIS_DEMO: '0', RELAIS_LOGIN_MAX: '1000', ...opts.env });
  const bus = new EventBus();
  const app = await buildApp({ db, config, bus });
  await app.ready();

  const call: TestApp['call'] = (method, url, o = {}) =>
    app.inject({
      method: method as any,
      url,
      payload: o.body === undefined ? undefined : typeof o.body === 'string' ? o.body : JSON.stringify(o.body),
      headers: {
        ...(o.body !== undefined && { 'content-type': 'application/json' }),
        ...(o.as && { cookie: `relais_session=${o.as.cookie}`, 'x-csrf-token': o.as.csrf }),
        ...o.headers,
      },
    });

  return {
    app,
    db,
    bus,
    call,
    async login(email, password = DEMO_PASSWORD) {
      const r = await call('POST', '/api/auth/login', { body: { email, password } });
      if (r.statusCode !== 200) throw new Error(`login ${email} failed: ${r.statusCode} ${r.body}`);
      const cookie = r.cookies.find((c) => c.name === 'relais_session')!.value;
      return { cookie, csrf: r.json().csrfToken };
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
