// Authentication and the first authorisation gate for every route.
// A route declares either `config.public` or `config.action`; one that declares neither
// is refused at registration, so no route can skip the policy.
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/db.ts';
import { canSomewhere, isAction, type Action, type Principal } from '../policy/policy.ts';
import { findSession, findToken, loadPrincipal } from '../auth/auth.repo.ts';
import { HttpError } from './errors.ts';

export const SESSION_COOKIE = 'relais_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    public?: boolean;
    action?: Action;
  }
  interface FastifyInstance {
    /** Every API route with what it requires, for the route × role test and the docs. */
    routeTable: { method: string; url: string; public: boolean; action?: Action }[];
  }
  interface FastifyRequest {
    principal?: Principal;
    csrfToken?: string;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw new HttpError(401, 'unauthenticated', 'sign in first');
  return req.principal;
}

export function installAuth(app: FastifyInstance, db: Db): void {
  app.decorateRequest('principal', undefined);
  app.decorateRequest('csrfToken', undefined);

  app.decorate('routeTable', []);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const cfg = (route.config ?? {}) as { public?: boolean; action?: string };
    if (!cfg.public && !(cfg.action && isAction(cfg.action))) {
      throw new Error(`route ${route.method} ${route.url} declares neither config.public nor a known config.action`);
    }
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      app.routeTable.push({ method, url: route.url, public: !!cfg.public, action: cfg.action as Action | undefined });
    }
  });

  app.addHook('onRequest', async (req) => {
    const cfg = req.routeOptions.config ?? {};
    const header = req.headers.authorization;
    if (header) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      if (!m) throw new HttpError(401, 'unauthenticated', 'Authorization must be "Bearer <token>"');
      const personId = await findToken(db, m[1]);
      if (!personId) throw new HttpError(401, 'unauthenticated', 'invalid or revoked token');
      req.principal = await loadPrincipal(db, personId, 'token');
    } else {
      const cookie = req.cookies?.[SESSION_COOKIE];
      if (cookie) {
        const s = await findSession(db, cookie);
        if (s) {
          req.principal = await loadPrincipal(db, s.person_id, 'session');
          req.csrfToken = s.csrf_token;
          // A cookie is sent by the browser on any site's request: a write needs the token only our pages can read.
          if (!SAFE_METHODS.has(req.method) && !cfg.public) {
            const sent = req.headers['x-csrf-token'];
            if (typeof sent !== 'string' || !sameSecret(sent, s.csrf_token)) {
              throw new HttpError(403, 'csrf', 'missing or wrong x-csrf-token header');
            }
          }
        }
      }
    }
    // Only the API is guarded: the web app's files are public, and so is the API docs page
    // (like the OpenAPI document it shows). No route matched: the not-found handler answers 404.
    const url = req.routeOptions.url;
    if (cfg.public || !url || !url.startsWith('/api/') || url.startsWith('/api/docs')) return;
    if (!req.principal) throw new HttpError(401, 'unauthenticated', 'sign in first');
    if (cfg.action && !canSomewhere(req.principal, cfg.action)) {
      throw new HttpError(403, 'forbidden', `your roles do not allow ${cfg.action}`);
    }
  });
}
