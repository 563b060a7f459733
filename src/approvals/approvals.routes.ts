// Approvals: what waits for me, where a message stands, deciding; and the policies behind them.
import { Type } from 'typebox';
import type { App, Ctx } from '../http/types.ts';
import { IdParams, literals, Uuid } from '../http/types.ts';
import { principalOf } from '../http/auth.plugin.ts';
import { RULE_KINDS } from '../guidelines/guidelines.types.ts';
import { ROLES } from '../policy/policy.ts';
import { decide } from './approvals.service.ts';
import { approvalOf, approvalView, listApprovals, waitingFor } from './approvals.read.ts';
import { createPolicy, listPolicies, updatePolicy } from './approvals.policies.ts';

const RequestParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

const Approver = Type.Union([
  Type.Object({ personId: Uuid }, { additionalProperties: false }),
  Type.Object(
    {
      role: literals(ROLES),
      scopeType: Type.Optional(literals(['group', 'entity', 'department'] as const)),
      scopeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    },
    { additionalProperties: false },
  ),
]);

const StepSchema = Type.Object(
  { mode: literals(['any', 'all'] as const), approvers: Type.Array(Approver, { minItems: 1, maxItems: 50 }) },
  { additionalProperties: false },
);

const PolicyInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    departmentId: Type.Union([Uuid, Type.Null()], { description: 'null: every department' }),
    contentType: literals(['reply', 'post'] as const),
    trigger: Type.String({ minLength: 1, maxLength: 60, description: `always | needs_approval | rule_kind:<${RULE_KINDS.join('|')}>` }),
    steps: Type.Array(StepSchema, { minItems: 1, maxItems: 10 }),
    enabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export function approvalsRoutes(app: App, { db, bus }: Ctx) {
  app.get(
    '/api/approvals',
    {
      config: { action: 'guidelines.read' },
      schema: {
        tags: ['approvals'],
        summary: 'mine=1: what waits for my decision; otherwise requests newest first (all for the group coordinator and auditor, my messages for others)',
        querystring: Type.Object({
          mine: Type.Optional(literals(['1', 'true'] as const)),
          status: Type.Optional(literals(['pending', 'approved', 'rejected', 'withdrawn'] as const)),
          before: Type.Optional(Type.Integer({ minimum: 1 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
        }),
      },
    },
    async (req) => {
      const p = principalOf(req);
      if (req.query.mine) return { items: await waitingFor(db, p), nextCursor: null };
      return listApprovals(db, p, { status: req.query.status, beforeId: req.query.before, limit: req.query.limit ?? 50 });
    },
  );

  app.get('/api/approvals/:id', { config: { action: 'guidelines.read' }, schema: { tags: ['approvals'], params: RequestParams } }, (req) =>
    approvalView(db, principalOf(req), req.params.id),
  );

  app.get(
    '/api/replies/:id/approval',
    { config: { action: 'guidelines.read' }, schema: { tags: ['approvals'], summary: 'Where a reply waiting for approval stands', params: RequestParams } },
    (req) => approvalOf(db, principalOf(req), 'reply', req.params.id),
  );

  app.get(
    '/api/posts/:id/approval',
    { config: { action: 'guidelines.read' }, schema: { tags: ['approvals'], summary: 'Where a post sent for approval stands', params: RequestParams } },
    (req) => approvalOf(db, principalOf(req), 'post', req.params.id),
  );

  app.post(
    '/api/approvals/:id/decide',
    {
      config: { action: 'approvals.decide' },
      schema: {
        tags: ['approvals'],
        params: RequestParams,
        body: Type.Object(
          { decision: literals(['approve', 'reject'] as const), comment: Type.Optional(Type.String({ maxLength: 2000 })) },
          { additionalProperties: false },
        ),
      },
    },
    async (req) => {
      const p = principalOf(req);
      await decide({ db, bus }, p, req.params.id, req.body);
      return approvalView(db, p, req.params.id);
    },
  );

  app.get('/api/approval-policies', { config: { action: 'guidelines.read' }, schema: { tags: ['approvals'] } }, () => listPolicies(db));

  app.post('/api/approval-policies', { config: { action: 'guidelines.manage' }, schema: { tags: ['approvals'], body: PolicyInput } }, async (req, reply) => {
    reply.status(201);
    return createPolicy(db, principalOf(req), req.body as any);
  });

  app.patch(
    '/api/approval-policies/:id',
    { config: { action: 'guidelines.manage' }, schema: { tags: ['approvals'], params: IdParams, body: Type.Partial(PolicyInput) } },
    (req) => updatePolicy(db, principalOf(req), req.params.id, req.body as any),
  );
}
