// The charter: rules the coordinator edits (every edit a new version, the old ones readable) and
// the check the composer runs on a draft.
import { Type } from 'typebox';
import type { App, Ctx } from '../http/types.ts';
import { IdParams, literals } from '../http/types.ts';
import { principalOf } from '../http/auth.plugin.ts';
import { notFound } from '../http/errors.ts';
import { RULE_KINDS, SEVERITIES } from './guidelines.types.ts';
import * as repo from './guidelines.repo.ts';
import { checkDraft, createRule, disableRule, updateRule } from './guidelines.service.ts';

// Kinds, severities and params are checked by validateRule, whose messages speak the person's
// language and name the exact field ("params.terms[2]"); the schema only gives their shape.
const RuleInput = Type.Object(
  {
    kind: Type.String({ description: RULE_KINDS.join(' | ') }),
    params: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    severity: Type.String({ description: SEVERITIES.join(' | ') }),
    scope: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'entityIds, departmentIds, channelIds, contentTypes' })),
    explanation: Type.Record(Type.String(), Type.Unknown(), { description: '{fr, en}' }),
    enabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const CheckBody = Type.Object(
  {
    text: Type.String({ maxLength: 20000 }),
    channel: Type.String({ minLength: 1, maxLength: 200, description: 'channel id or name' }),
    contentType: literals(['reply', 'post'] as const),
    conversationId: Type.Optional(Type.Integer({ minimum: 1 })),
    promotional: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export function guidelinesRoutes(app: App, { db }: Ctx) {
  const locale = (personId: string) => repo.localeOf(db, personId);

  app.get('/api/guidelines', { config: { action: 'guidelines.read' }, schema: { tags: ['guidelines'], summary: 'The current version of every rule' } }, () =>
    repo.listRules(db),
  );

  app.get(
    '/api/guidelines/:id/versions',
    { config: { action: 'guidelines.read' }, schema: { tags: ['guidelines'], summary: 'Every version of a rule, newest first', params: IdParams } },
    async (req) => {
      if (!(await repo.getRule(db, req.params.id))) throw notFound('guideline');
      return repo.ruleVersions(db, req.params.id);
    },
  );

  app.post('/api/guidelines', { config: { action: 'guidelines.manage' }, schema: { tags: ['guidelines'], body: RuleInput } }, async (req, reply) => {
    const p = principalOf(req);
    const rule = await createRule(db, p, req.body as any, await locale(p.personId));
    reply.status(201);
    return rule;
  });

  app.patch(
    '/api/guidelines/:id',
    { config: { action: 'guidelines.manage' }, schema: { tags: ['guidelines'], summary: 'Edit a rule: a new version', params: IdParams, body: Type.Partial(RuleInput) } },
    async (req) => {
      const p = principalOf(req);
      return updateRule(db, p, req.params.id, req.body as any, await locale(p.personId));
    },
  );

  app.post('/api/guidelines/:id/disable', { config: { action: 'guidelines.manage' }, schema: { tags: ['guidelines'], params: IdParams } }, (req) =>
    disableRule(db, principalOf(req), req.params.id),
  );

  app.post(
    '/api/guidelines/check',
    { config: { action: 'guidelines.check' }, schema: { tags: ['guidelines'], summary: 'Check a draft against the charter, approval policies and freezes', body: CheckBody } },
    (req) => checkDraft(db, principalOf(req), req.body),
  );
}
