import { Type } from 'typebox';
import type { App, Ctx } from '../http/types.ts';
import { IdParams, literals, Names, Uuid } from '../http/types.ts';
import { principalOf } from '../http/auth.plugin.ts';
import { notFound } from '../http/errors.ts';
import { DEPARTMENT_KINDS, ENTITY_KINDS } from './org.domain.ts';
import * as repo from './org.repo.ts';
import * as service from './org.service.ts';

const EntityKind = literals(ENTITY_KINDS);
const DepartmentKind = literals(DEPARTMENT_KINDS);

export const EntityInput = Type.Object(
  {
    parentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: EntityKind,
    timezone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    businessHours: Type.Optional(
      Type.Union([
        Type.Object({
          timezone: Type.String({ maxLength: 64 }),
          days: Type.Record(Type.String(), Type.Array(Type.Tuple([Type.String(), Type.String()]), { maxItems: 6 })),
          holidays: Type.Optional(Type.Array(Type.String({ format: 'date' }), { maxItems: 400 })),
        }),
        Type.Null(),
      ]),
    ),
  },
  { additionalProperties: false },
);

export const DepartmentInput = Type.Object(
  { entityId: Uuid, kind: DepartmentKind, names: Names },
  { additionalProperties: false },
);

export function orgRoutes(app: App, { db }: Ctx) {
  app.get('/api/org/chart', { config: { action: 'org.read' }, schema: { tags: ['organisation'], summary: 'Entities and departments with their advisers' } }, () =>
    service.chart(db),
  );

  app.get('/api/entities', { config: { action: 'org.read' }, schema: { tags: ['organisation'] } }, () => repo.listEntities(db));

  app.post('/api/entities', { config: { action: 'org.manage' }, schema: { tags: ['organisation'], body: EntityInput } }, async (req, reply) => {
    reply.status(201);
    return service.createEntity(db, principalOf(req), req.body);
  });

  app.patch(
    '/api/entities/:id',
    { config: { action: 'org.manage' }, schema: { tags: ['organisation'], params: IdParams, body: Type.Partial(EntityInput) } },
    (req) => service.updateEntity(db, principalOf(req), req.params.id, req.body),
  );

  app.get('/api/departments', { config: { action: 'org.read' }, schema: { tags: ['organisation'], summary: 'Departments with their entity, kind, names and advisers' } }, () =>
    repo.listDepartments(db),
  );

  app.get('/api/departments/:id', { config: { action: 'org.read' }, schema: { tags: ['organisation'], params: IdParams } }, (req) =>
    service.departmentPage(db, req.params.id),
  );

  app.post('/api/departments', { config: { action: 'org.manage' }, schema: { tags: ['organisation'], body: DepartmentInput } }, async (req, reply) => {
    reply.status(201);
    return service.createDepartment(db, principalOf(req), req.body);
  });

  app.patch(
    '/api/departments/:id',
    {
      config: { action: 'org.manage' },
      schema: {
        tags: ['organisation'],
        params: IdParams,
        body: Type.Object(
          {
            entityId: Type.Optional(Uuid),
            kind: Type.Optional(DepartmentKind),
            names: Type.Optional(Type.Partial(Names)),
            slaFirstResponseMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
            slaResolutionMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000000 })),
            autoAssign: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
      },
    },
    (req) => service.updateDepartment(db, principalOf(req), req.params.id, req.body as any),
  );

  app.get('/api/entities/:id', { config: { action: 'org.read' }, schema: { tags: ['organisation'], params: IdParams } }, async (req) => {
    const e = await repo.getEntity(db, req.params.id);
    if (!e) throw notFound('entity');
    return e;
  });
}
