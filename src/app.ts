// The application factory: everything a process serves, built from a config and a database.
// server.ts only listens; tests build their own instance and call it in-process.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { Config } from './config.ts';
import type { Db } from './db/db.ts';
import type { App, Ctx } from './http/types.ts';
import { installErrorHandlers, notFoundBody } from './http/errors.ts';
import { installAuth } from './http/auth.plugin.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { orgRoutes } from './org/org.routes.ts';
import { peopleRoutes } from './people/people.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { channelsRoutes } from './channels/channels.routes.ts';
import { conversationsRoutes } from './conversations/conversations.routes.ts';
import { routingRoutes } from './routing/routing.routes.ts';
import { importRoutes } from './conversations/import.routes.ts';
import { routingModelRoutes } from './routing/routing-model.routes.ts';
import { publishingRoutes } from './publishing/publishing.routes.ts';
import { guidelinesRoutes } from './guidelines/guidelines.routes.ts';
import { approvalsRoutes } from './approvals/approvals.routes.ts';
import { freezeRoutes } from './freeze/freeze.routes.ts';
import { guidelineChecker } from './guidelines/guidelines.service.ts';
import { requestPostApproval } from './approvals/approvals.service.ts';
import { isFrozen } from './freeze/freeze.repo.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_DIST = path.join(root, 'web', 'dist');

/** Every feature's routes, in one list so the route × role test sees them all. */
const FEATURES: ((app: App, ctx: Ctx) => void)[] = [
  authRoutes,
  orgRoutes,
  peopleRoutes,
  auditRoutes,
  channelsRoutes,
  conversationsRoutes,
  routingRoutes,
  routingModelRoutes,
  importRoutes,
  publishingRoutes,
  guidelinesRoutes,
  approvalsRoutes,
  freezeRoutes,
];

/** Governance in the path of every outgoing message: the charter's check, approvals, freezes. */
export function governance(db: Db): NonNullable<Ctx['governance']> {
  return {
    checkOutgoing: guidelineChecker(db),
    requestApproval: requestPostApproval,
    frozen: (departmentId, at) => isFrozen(db, departmentId, at),
  };
}

export async function buildApp(given: Ctx, opts: { logger?: FastifyServerOptions['logger'] } = {}): Promise<App> {
  const ctx: Ctx = { ...given, governance: given.governance ?? governance(given.db) };
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 10 * 1024 * 1024,
    trustProxy: ctx.config.secureCookies,
    ajv: { customOptions: { removeAdditional: false, allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  installErrorHandlers(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Relais API', version: '0.1.0', description: 'Listening, routing, governance and publishing for every department.' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'relais_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  installAuth(app, ctx.db);

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    if (!req.url.startsWith('/api/docs')) {
      reply.header('x-frame-options', 'DENY');
      reply.header('content-security-policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    }
  });

  app.get('/api/health', { config: { public: true }, schema: { tags: ['system'] } }, async () => {
    await ctx.db.query('SELECT 1');
    return { status: 'ok', db: ctx.db.kind };
  });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, () => app.swagger());

  for (const feature of FEATURES) feature(app, ctx);

  const hasWeb = fs.existsSync(path.join(WEB_DIST, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    // The web app routes on the client: any page address gets index.html.
    // A missing asset is a 404, not the page: a stale tab after an upgrade then fails visibly.
    if (hasWeb && req.method === 'GET' && !req.url.startsWith('/api/') && !req.url.startsWith('/assets/')) return reply.sendFile('index.html');
    reply.status(404).send(notFoundBody(req.method, req.url));
  });
  return app;
}
