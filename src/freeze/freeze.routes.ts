// Crisis freezes: declare, lift (with a note), and the list every page's banner reads.
import { Type } from 'typebox';
import type { App, Ctx } from '../http/types.ts';
import { IdParams, Uuid } from '../http/types.ts';
import { principalOf } from '../http/auth.plugin.ts';
import { activeFreezes, liftFreeze, startFreeze } from './freeze.service.ts';

const Scope = Type.Union([
  Type.Object({ type: Type.Literal('group') }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('entity'), id: Uuid }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('departments'), ids: Type.Array(Uuid, { minItems: 1, maxItems: 100 }) }, { additionalProperties: false }),
]);

export function freezeRoutes(app: App, { db, bus }: Ctx) {
  app.get('/api/freezes/active', { config: { action: 'guidelines.read' }, schema: { tags: ['freezes'], summary: 'Freezes in force, for the banner' } }, () =>
    activeFreezes(db),
  );

  app.post(
    '/api/freezes',
    {
      config: { action: 'freeze.manage' },
      schema: {
        tags: ['freezes'],
        summary: 'Declare a crisis freeze: replies in scope wait for PR approval, scheduled posts pause',
        body: Type.Object({ scope: Scope, reason: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false }),
      },
    },
    async (req, reply) => {
      reply.status(201);
      return startFreeze({ db, bus }, principalOf(req), req.body);
    },
  );

  app.post(
    '/api/freezes/:id/lift',
    {
      config: { action: 'freeze.manage' },
      schema: {
        tags: ['freezes'],
        params: IdParams,
        body: Type.Object({ note: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false }),
      },
    },
    (req) => liftFreeze({ db, bus }, principalOf(req), req.params.id, req.body.note),
  );
}
