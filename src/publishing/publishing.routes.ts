import { Type } from 'typebox';
import type { App, Ctx } from '../http/types.ts';
import { Uuid } from '../http/types.ts';
import { principalOf } from '../http/auth.plugin.ts';
import { badRequest } from '../http/errors.ts';
import * as service from './publishing.service.ts';

const PostParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const PostInput = Type.Object(
  {
    departmentId: Uuid,
    title: Type.String({ minLength: 1, maxLength: 200 }),
    scheduledAt: Type.Optional(Type.Union([Type.String({ minLength: 10, maxLength: 40 }), Type.Null()])),
    promotional: Type.Optional(Type.Boolean()),
    variants: Type.Array(Type.Object({ channelId: Uuid, text: Type.String({ minLength: 1, maxLength: 20000 }) }, { additionalProperties: false }), {
      maxItems: 20,
    }),
  },
  { additionalProperties: false },
);

export function publishingRoutes(app: App, ctx: Ctx) {
  const deps = (): service.PublishingDeps => ({ db: ctx.db, ...ctx.governance });

  app.get(
    '/api/posts',
    {
      config: { action: 'posts.read' },
      schema: { tags: ['publishing'], summary: 'The calendar: posts between two instants', querystring: Type.Object({ from: Type.String({ format: 'date-time' }), to: Type.String({ format: 'date-time' }) }) },
    },
    (req) => {
      const from = new Date(req.query.from);
      const to = new Date(req.query.to);
      if (to <= from || to.getTime() - from.getTime() > 100 * 86400_000) throw badRequest('the window must be positive and at most 100 days', [{ field: 'to', message: 'out of range' }]);
      return service.calendar(ctx.db, from, to);
    },
  );

  app.get('/api/posts/:id', { config: { action: 'posts.read' }, schema: { tags: ['publishing'], params: PostParams } }, (req) => service.getPost(deps(), req.params.id));

  app.post('/api/posts', { config: { action: 'posts.write' }, schema: { tags: ['publishing'], body: PostInput } }, async (req, reply) => {
    reply.status(201);
    return service.savePost(deps(), principalOf(req), req.body);
  });

  app.put('/api/posts/:id', { config: { action: 'posts.write' }, schema: { tags: ['publishing'], params: PostParams, body: PostInput } }, (req) =>
    service.savePost(deps(), principalOf(req), req.body, req.params.id),
  );

  app.post('/api/posts/:id/submit', { config: { action: 'posts.write' }, schema: { tags: ['publishing'], summary: 'Check and schedule (or send for approval)', params: PostParams } }, (req) =>
    service.submitPost(deps(), principalOf(req), req.params.id),
  );

  app.post('/api/posts/:id/cancel', { config: { action: 'posts.write' }, schema: { tags: ['publishing'], params: PostParams } }, (req) =>
    service.cancelPost(deps(), principalOf(req), req.params.id),
  );
}
