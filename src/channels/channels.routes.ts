import { Type } from 'typebox';
import type { App, Ctx } from '../http/types.ts';
import { IdParams, literals, Uuid } from '../http/types.ts';
import { principalOf } from '../http/auth.plugin.ts';
import { notFound } from '../http/errors.ts';
import { can } from '../policy/policy.ts';
import { departmentTarget } from '../org/org.repo.ts';
import * as repo from './channels.repo.ts';
import * as service from './channels.service.ts';
import { publicChannel } from './connectors.ts';
import { pollFeed } from './feeds.worker.ts';
import { HttpError, forbidden } from '../http/errors.ts';

const Lang = Type.Array(literals(['fr', 'en', 'other'] as const), { maxItems: 3 });
const Config = Type.Record(Type.String(), Type.Unknown());

export const ChannelInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    kind: literals(['api', 'feed', 'import'] as const),
    departmentId: Uuid,
    active: Type.Optional(Type.Boolean()),
    config: Type.Optional(Config),
    lang: Type.Optional(Lang),
  },
  { additionalProperties: false },
);

export function channelsRoutes(app: App, ctx: Ctx) {
  const { db } = ctx;
  feedPollRoute(app, ctx);
  app.get('/api/channels', { config: { action: 'channels.read' }, schema: { tags: ['channels'], summary: 'Channels with their owning department' } }, async () =>
    (await repo.listChannels(db)).map((c) => publicChannel(c)),
  );

  app.get('/api/channels/:id', { config: { action: 'channels.read' }, schema: { tags: ['channels'], params: IdParams } }, async (req) => {
    const c = await repo.getChannel(db, req.params.id);
    if (!c) throw notFound('channel');
    // The signing secret is shown to those who manage the channel, to set up the receiver.
    return publicChannel(c, can(principalOf(req), 'channels.manage', await departmentTarget(db, c.department.id)));
  });

  app.post('/api/channels', { config: { action: 'channels.manage' }, schema: { tags: ['channels'], body: ChannelInput } }, async (req, reply) => {
    reply.status(201);
    return service.createChannel(db, principalOf(req), req.body);
  });

  app.patch(
    '/api/channels/:id',
    {
      config: { action: 'channels.manage' },
      schema: {
        tags: ['channels'],
        params: IdParams,
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            departmentId: Type.Optional(Uuid),
            active: Type.Optional(Type.Boolean()),
            config: Type.Optional(Config),
            lang: Type.Optional(Lang),
          },
          { additionalProperties: false },
        ),
      },
    },
    (req) => service.updateChannel(db, principalOf(req), req.params.id, req.body),
  );
}

export function feedPollRoute(app: App, { db, bus, config }: Ctx) {
  app.post('/api/channels/:id/poll', { config: { action: 'channels.manage' }, schema: { tags: ['channels'], summary: 'Fetch a feed channel now', params: IdParams } }, async (req) => {
    const c = await repo.getChannel(db, req.params.id);
    if (!c) throw notFound('channel');
    if (!can(principalOf(req), 'channels.manage', await departmentTarget(db, c.department.id))) throw forbidden();
    if (c.kind !== 'feed') throw new HttpError(409, 'not_a_feed', 'only feed channels are fetched');
    return pollFeed({ db, bus, config }, c);
  });
}
