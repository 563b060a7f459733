// Routing rules and listening queries: data the coordinator edits; every change is a new
// version, audited, and picked up by the pipeline at once.
import { Type } from 'typebox';
import type { App, Ctx } from '../http/types.ts';
import { IdParams, literals, Uuid } from '../http/types.ts';
import { principalOf } from '../http/auth.plugin.ts';
import { badRequest, forbidden, notFound } from '../http/errors.ts';
import { record } from '../audit/audit.repo.ts';
import { can } from '../policy/policy.ts';
import { departmentTarget } from '../org/org.repo.ts';
import { DEPARTMENT_KINDS } from '../org/org.domain.ts';
import { INTENTS } from '../understanding/understanding.ts';
import { parseQuery } from '../understanding/listening-query.ts';
import { invalidate } from '../conversations/pipeline.context.ts';
import { compileKeywords, PRIORITIES, RuleError } from './routing.domain.ts';

const Conditions = Type.Object(
  {
    lang: Type.Optional(Type.Array(literals(['fr', 'en', 'other'] as const))),
    sentiment: Type.Optional(Type.Array(literals(['negative', 'neutral', 'positive'] as const))),
    intent: Type.Optional(Type.Array(literals(INTENTS))),
    topics: Type.Optional(Type.Array(Uuid)),
    channelIds: Type.Optional(Type.Array(Uuid)),
    minRisk: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    maxRisk: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    keywords: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  },
  { additionalProperties: false },
);

const Actions = Type.Object(
  {
    departmentId: Type.Optional(Uuid),
    departmentKind: Type.Optional(literals(DEPARTMENT_KINDS)),
    priority: Type.Optional(literals(PRIORITIES)),
    slaFirstResponseMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 20 })),
  },
  { additionalProperties: false },
);

export const RuleInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    position: Type.Integer({ minimum: 0, maximum: 1000000 }),
    enabled: Type.Optional(Type.Boolean()),
    conditions: Conditions,
    actions: Actions,
  },
  { additionalProperties: false },
);

const ruleOf = (r: any) => ({
  id: r.id,
  position: r.position,
  name: r.name,
  enabled: r.enabled,
  conditions: r.conditions,
  actions: r.actions,
  isDefault: r.is_default,
  version: r.version,
  updatedAt: r.updated_at,
});

function checkRule(body: { conditions: { keywords?: string }; actions: object }) {
  if (body.conditions.keywords) {
    try {
      compileKeywords(body.conditions.keywords);
    } catch (err) {
      throw badRequest((err as RuleError).message, [{ field: 'conditions.keywords', message: (err as Error).message }]);
    }
  }
}

export function routingRoutes(app: App, { db }: Ctx) {
  app.get('/api/routing/rules', { config: { action: 'routing.read' }, schema: { tags: ['routing'] } }, async () =>
    (await db.query('SELECT * FROM routing_rules ORDER BY position, id')).rows.map(ruleOf),
  );

  app.post('/api/routing/rules', { config: { action: 'routing.manage' }, schema: { tags: ['routing'], body: RuleInput } }, async (req, reply) => {
    checkRule(req.body);
    const p = principalOf(req);
    const rule = await db.tx(async (q) => {
      const { rows } = await q.query(
        'INSERT INTO routing_rules (name, position, enabled, conditions, actions) VALUES ($1, $2, $3, $4, $5) RETURNING *',
        [req.body.name, req.body.position, req.body.enabled ?? true, JSON.stringify(req.body.conditions), JSON.stringify(req.body.actions)],
      );
      await record(q, p, 'routing_rule.create', { type: 'routing_rule', id: rows[0].id }, null, ruleOf(rows[0]));
      return ruleOf(rows[0]);
    });
    invalidate();
    reply.status(201);
    return rule;
  });

  app.patch(
    '/api/routing/rules/:id',
    { config: { action: 'routing.manage' }, schema: { tags: ['routing'], params: IdParams, body: Type.Partial(RuleInput) } },
    async (req) => {
      const p = principalOf(req);
      const rule = await db.tx(async (q) => {
        const { rows } = await q.query('SELECT * FROM routing_rules WHERE id = $1 FOR UPDATE', [req.params.id]);
        if (!rows[0]) throw notFound('rule');
        const before = ruleOf(rows[0]);
        const next = { ...before, ...req.body };
        checkRule(next);
        const { rows: after } = await q.query(
          `UPDATE routing_rules SET name = $2, position = $3, enabled = $4, conditions = $5, actions = $6,
                  version = version + 1, updated_at = now() WHERE id = $1 RETURNING *`,
          [req.params.id, next.name, next.position, next.enabled, JSON.stringify(next.conditions), JSON.stringify(next.actions)],
        );
        await record(q, p, 'routing_rule.update', { type: 'routing_rule', id: req.params.id }, before, ruleOf(after[0]));
        return ruleOf(after[0]);
      });
      invalidate();
      return rule;
    },
  );

  app.get('/api/listening-queries', { config: { action: 'routing.read' }, schema: { tags: ['routing'] } }, async () =>
    (await db.query<any>('SELECT id, department_id, name, query, enabled FROM listening_queries ORDER BY name')).rows.map((r) => ({
      id: r.id,
      departmentId: r.department_id,
      name: r.name,
      query: r.query,
      enabled: r.enabled,
    })),
  );

  const QueryInput = Type.Object(
    { departmentId: Uuid, name: Type.String({ minLength: 1, maxLength: 200 }), query: Type.String({ minLength: 1, maxLength: 2000 }), enabled: Type.Optional(Type.Boolean()) },
    { additionalProperties: false },
  );

  app.post('/api/listening-queries', { config: { action: 'listening.manage' }, schema: { tags: ['routing'], body: QueryInput } }, async (req, reply) => {
    const p = principalOf(req);
    if (!can(p, 'listening.manage', await departmentTarget(db, req.body.departmentId))) throw forbidden('you cannot add a query for this department');
    try {
      parseQuery(req.body.query);
    } catch (err) {
      throw badRequest((err as Error).message, [{ field: 'query', message: (err as Error).message }]);
    }
    const created = await db.tx(async (q) => {
      const { rows } = await q.query<any>(
        'INSERT INTO listening_queries (department_id, name, query, enabled) VALUES ($1, $2, $3, $4) RETURNING id',
        [req.body.departmentId, req.body.name, req.body.query, req.body.enabled ?? true],
      );
      await record(q, p, 'listening_query.create', { type: 'listening_query', id: rows[0].id }, null, req.body);
      return { id: rows[0].id as string, ...req.body };
    });
    invalidate();
    reply.status(201);
    return created;
  });
}
