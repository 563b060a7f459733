// Approval policies: data the coordinator edits ("every HR post approved by the HR lead", "every
// reply that trips a legal trigger approved by legal"). Each edit is a new version, audited;
// requests already open keep the steps they started with.
import type { Db, Queryable } from '../db/db.ts';
import type { Principal } from '../policy/policy.ts';
import { record, type Actor } from '../audit/audit.repo.ts';
import { badRequest, notFound } from '../http/errors.ts';
import { invalidate } from '../guidelines/guidelines.service.ts';
import * as repo from './approvals.repo.ts';
import { stepErrors, validTrigger, type Policy, type Step } from './approvals.domain.ts';

export type PolicyInput = Omit<Policy, 'id' | 'version' | 'enabled'> & { enabled?: boolean };

/** Everything a policy names must exist: a typo in an id would leave a step nobody can decide. */
async function check(q: Queryable, p: PolicyInput): Promise<void> {
  const errors = stepErrors(p.steps);
  if (!validTrigger(p.trigger)) errors.push({ field: 'trigger', message: "must be 'always', 'needs_approval' or 'rule_kind:<kind>'" });
  if (p.departmentId && !(await exists(q, 'departments', p.departmentId))) errors.push({ field: 'departmentId', message: 'no such department' });
  if (errors.length === 0) {
    for (const [i, s] of p.steps.entries()) {
      for (const [j, a] of s.approvers.entries()) {
        const field = `steps.${i}.approvers.${j}`;
        if ('personId' in a && !(await exists(q, 'people', a.personId, 'active'))) errors.push({ field: `${field}.personId`, message: 'no such active person' });
        if ('role' in a && a.scopeType && a.scopeType !== 'group') {
          const table = a.scopeType === 'entity' ? 'entities' : 'departments';
          if (!(await exists(q, table, a.scopeId!))) errors.push({ field: `${field}.scopeId`, message: `no such ${a.scopeType}` });
        }
      }
    }
  }
  if (errors.length > 0) throw badRequest(`the policy is not valid: ${[...new Set(errors.map((e) => e.field))].join(', ')}`, errors);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function exists(q: Queryable, table: 'departments' | 'entities' | 'people', id: string, extra?: 'active'): Promise<boolean> {
  if (typeof id !== 'string' || !UUID.test(id)) return false;
  const { rows } = await q.query(`SELECT 1 FROM ${table} WHERE id = $1${extra ? ` AND ${extra}` : ''}`, [id]);
  return rows.length > 0;
}

/** Steps as stored: only the fields the workflow reads, so the snapshot in a request stays small. */
function cleanSteps(steps: Step[]): Step[] {
  return steps.map((s) => ({
    mode: s.mode,
    approvers: s.approvers.map((a) =>
      'personId' in a ? { personId: a.personId } : a.scopeType ? { role: a.role, scopeType: a.scopeType, scopeId: a.scopeType === 'group' ? null : a.scopeId } : { role: a.role },
    ),
  }));
}

export async function createPolicy(db: Db | Queryable, actor: Actor, input: PolicyInput): Promise<Policy> {
  const run = async (q: Queryable) => {
    await check(q, input);
    const policy = await repo.insertPolicy(q, { ...input, steps: cleanSteps(input.steps), enabled: input.enabled ?? true }, 'personId' in actor ? actor.personId : null);
    await record(q, actor, 'approval_policy.create', { type: 'approval_policy', id: policy.id }, null, policy);
    return policy;
  };
  const policy = 'tx' in db ? await db.tx(run) : await run(db);
  // The checker turns policies into findings: it must see this one at once.
  invalidate();
  return policy;
}

export async function updatePolicy(db: Db, p: Principal, id: string, patch: Partial<PolicyInput & { enabled: boolean }>): Promise<Policy> {
  const policy = await db.tx(async (q) => {
    const before = await repo.getPolicy(q, id, true);
    if (!before) throw notFound('approval policy');
    const next: Policy = { ...before, ...patch };
    await check(q, next);
    const after = await repo.updatePolicy(q, { ...next, steps: cleanSteps(next.steps) }, p.personId);
    await record(q, p, 'approval_policy.update', { type: 'approval_policy', id }, before, after);
    return after;
  });
  invalidate();
  return policy;
}

export const listPolicies = (db: Db) => repo.listPolicies(db);

/**
 * The demo's policies: legal approves replies that trip a legal trigger, and the HR adviser
 * approves every HR post. Called by the demo seed in its transaction.
 */
export async function seedDemoPolicies(q: Queryable, actor: Actor, departmentIds: Map<string, string>): Promise<void> {
  const legal = departmentIds.get('fr/legal');
  const hr = departmentIds.get('fr/hr');
  if (legal) {
    await createPolicy(q, actor, {
      name: 'Juridique : réponses à risque juridique',
      departmentId: null,
      contentType: 'reply',
      trigger: 'rule_kind:legal_review',
      steps: [{ mode: 'any', approvers: [{ role: 'social_adviser', scopeType: 'department', scopeId: legal }] }],
    });
  }
  if (hr) {
    await createPolicy(q, actor, {
      name: 'RH : toute publication RH',
      departmentId: hr,
      contentType: 'post',
      trigger: 'always',
      steps: [{ mode: 'any', approvers: [{ role: 'social_adviser', scopeType: 'department', scopeId: hr }] }],
    });
  }
}
