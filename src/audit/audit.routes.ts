import { Type } from 'typebox';
import type { App, Ctx } from '../http/types.ts';
import { Uuid } from '../http/types.ts';
import { decodeCursor, page, PageQuery } from '../http/pagination.ts';
import * as repo from './audit.repo.ts';

export function auditRoutes(app: App, { db }: Ctx) {
  app.get(
    '/api/audit',
    {
      config: { action: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first',
        querystring: Type.Object({
          ...PageQuery,
          actorId: Type.Optional(Uuid),
          action: Type.Optional(Type.String({ maxLength: 100 })),
          subjectType: Type.Optional(Type.String({ maxLength: 100 })),
          subjectId: Type.Optional(Type.String({ maxLength: 100 })),
          from: Type.Optional(Type.String({ format: 'date-time' })),
          to: Type.Optional(Type.String({ format: 'date-time' })),
        }),
      },
    },
    async (req) => {
      const { cursor, limit = 50, ...filters } = req.query;
      const after = decodeCursor(cursor, 1) as [number] | undefined;
      const rows = await repo.list(db, { ...filters, beforeId: after?.[0], limit: limit + 1 });
      return page(rows, limit, (r) => [r.id]);
    },
  );
}
