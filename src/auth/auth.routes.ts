import { Type } from 'typebox';
import type { App, Ctx } from '../http/types.ts';
import { IdParams } from '../http/types.ts';
import { principalOf, SESSION_COOKIE } from '../http/auth.plugin.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { record } from '../audit/audit.repo.ts';
import { verifyPassword } from './password.ts';
import * as repo from './auth.repo.ts';
import { grantsOf, getPerson } from '../people/people.repo.ts';

export const LoginInput = Type.Object(
  { email: Type.String({ minLength: 3, maxLength: 320 }), password: Type.String({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
);

export function authRoutes(app: App, { db, config }: Ctx) {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.secureCookies,
    maxAge: repo.SESSION_TTL_MS / 1000,
  };

  app.post(
    '/api/auth/login',
    {
      config: {
        public: true,
        // Per address and per e-mail: guessing passwords is slow from one place and for one account.
        rateLimit: {
          max: config.loginRateLimit.max,
          timeWindow: config.loginRateLimit.windowMs,
          keyGenerator: (req: any) => `${req.ip}|${String(req.body?.email ?? '').toLowerCase()}`,
        },
      } as any,
      schema: { tags: ['auth'], body: LoginInput },
    },
    async (req, reply) => {
      const login = await repo.findLoginByEmail(db, req.body.email);
      const ok = await verifyPassword(login?.active ? login.password_hash : null, req.body.password);
      if (!login || !ok) throw new HttpError(401, 'invalid_credentials', 'wrong e-mail or password');
      const session = await db.tx(async (q) => {
        const s = await repo.createSession(q, login.id);
        await record(q, { personId: login.id, email: req.body.email.toLowerCase() }, 'auth.login', { type: 'person', id: login.id }, null, { ip: req.ip });
        return s;
      });
      reply.setCookie(SESSION_COOKIE, session.token, cookieOptions);
      return { csrfToken: session.csrfToken };
    },
  );

  app.post('/api/auth/logout', { config: { public: true }, schema: { tags: ['auth'] } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await repo.deleteSession(db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    reply.status(204).send();
  });

  app.get('/api/me', { config: { action: 'org.read' }, schema: { tags: ['auth'], summary: 'The signed-in person and their roles' } }, async (req) => {
    const p = principalOf(req);
    const person = await getPerson(db, p.personId);
    if (!person) throw notFound('person');
    return { ...person, roles: await grantsOf(db, p.personId), csrfToken: req.csrfToken ?? null, via: p.via };
  });

  app.get('/api/tokens', { config: { action: 'self.manage' }, schema: { tags: ['auth'] } }, (req) => repo.listTokens(db, principalOf(req).personId));

  app.post(
    '/api/tokens',
    { config: { action: 'self.manage' }, schema: { tags: ['auth'], body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false }) } },
    async (req, reply) => {
      const p = principalOf(req);
      const created = await db.tx(async (q) => {
        const t = await repo.insertToken(q, p.personId, req.body.name);
        await record(q, p, 'token.create', { type: 'api_token', id: t.id }, null, { name: req.body.name, prefix: t.prefix });
        return t;
      });
      reply.status(201);
      // The token is shown once; only its hash is kept.
      return { id: created.id, name: req.body.name, token: created.token, prefix: created.prefix };
    },
  );

  app.delete('/api/tokens/:id', { config: { action: 'self.manage' }, schema: { tags: ['auth'], params: IdParams } }, async (req, reply) => {
    const p = principalOf(req);
    await db.tx(async (q) => {
      const t = await repo.revokeToken(q, p.personId, req.params.id);
      if (!t) throw notFound('token');
      await record(q, p, 'token.revoke', { type: 'api_token', id: t.id }, { name: t.name }, null);
    });
    reply.status(204).send();
  });
}
