import { Type } from 'typebox';
import type { App, Ctx } from '../http/types.ts';
import { IdParams, literals, Uuid } from '../http/types.ts';
import { principalOf, SESSION_COOKIE } from '../http/auth.plugin.ts';
import { decodeCursor, page, PageQuery } from '../http/pagination.ts';
import { ROLES } from '../policy/policy.ts';
import * as repo from './people.repo.ts';
import * as service from './people.service.ts';

const RoleName = literals(ROLES);
const ScopeType = Type.Union([Type.Literal('group'), Type.Literal('entity'), Type.Literal('department')]);
const Locale = Type.Union([Type.Literal('fr'), Type.Literal('en')]);

export const PersonInput = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 320 }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    title: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    locale: Type.Optional(Locale),
    password: Type.Optional(Type.String({ minLength: 10, maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const GrantInput = Type.Object(
  { role: RoleName, scopeType: ScopeType, scopeId: Type.Optional(Type.Union([Uuid, Type.Null()])) },
  { additionalProperties: false },
);

export function peopleRoutes(app: App, { db }: Ctx) {
  app.get(
    '/api/people',
    {
      config: { action: 'people.read' },
      schema: { tags: ['people'], querystring: Type.Object({ ...PageQuery, q: Type.Optional(Type.String({ maxLength: 200 })) }) },
    },
    async (req) => {
      const limit = req.query.limit ?? 50;
      const after = decodeCursor(req.query.cursor, 2) as [string, string] | undefined;
      const rows = await repo.listPeople(db, { after, limit, search: req.query.q?.trim() || undefined });
      return page(rows, limit, (r) => [r.name, r.id]);
    },
  );

  app.get('/api/people/:id', { config: { action: 'people.read' }, schema: { tags: ['people'], params: IdParams } }, (req) =>
    service.personPage(db, req.params.id),
  );

  app.post('/api/people', { config: { action: 'people.manage' }, schema: { tags: ['people'], body: PersonInput } }, async (req, reply) => {
    reply.status(201);
    return service.createPerson(db, principalOf(req), req.body);
  });

  app.patch(
    '/api/people/:id',
    {
      // Everyone may edit their own profile; the service narrows the rest to managers.
      config: { action: 'self.manage' },
      schema: {
        tags: ['people'],
        params: IdParams,
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            title: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
            locale: Type.Optional(Locale),
            active: Type.Optional(Type.Boolean()),
            password: Type.Optional(Type.String({ minLength: 10, maxLength: 1000 })),
            currentPassword: Type.Optional(Type.String({ maxLength: 1000 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    (req) => service.updatePerson(db, principalOf(req), req.params.id, req.body, req.cookies[SESSION_COOKIE]),
  );

  app.put(
    '/api/people/:id/availability',
    {
      // An adviser sets their own availability; a coordinator of their department may too.
      config: { action: 'self.manage' },
      schema: {
        tags: ['people'],
        summary: 'Availability and capacity for round-robin assignment',
        params: IdParams,
        body: Type.Object({ available: Type.Boolean(), capacity: Type.Integer({ minimum: 0, maximum: 1000 }) }, { additionalProperties: false }),
      },
    },
    (req) => service.setAvailability(db, principalOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/people/:id/roles',
    { config: { action: 'roles.manage' }, schema: { tags: ['people'], params: IdParams, body: GrantInput } },
    async (req, reply) => {
      reply.status(201);
      return service.grantRole(db, principalOf(req), req.params.id, req.body);
    },
  );

  app.delete(
    '/api/people/:id/roles/:grantId',
    { config: { action: 'roles.manage' }, schema: { tags: ['people'], params: Type.Object({ id: Uuid, grantId: Uuid }) } },
    async (req, reply) => {
      await service.revokeRole(db, principalOf(req), req.params.id, req.params.grantId);
      reply.status(204).send();
    },
  );
}
