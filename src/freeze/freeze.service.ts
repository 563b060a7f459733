// Crisis freezes: declared by the coordinator or by PR, they hold every outgoing message in scope
// for PR approval (the checker sees them), pause scheduled posts (publishing asks isFrozen) and
// put a banner everywhere. Lifting one says why it is safe again.
import type { Db, Queryable } from '../db/db.ts';
import type { Principal } from '../policy/policy.ts';
import type { EventBus } from '../events/bus.ts';
import { record } from '../audit/audit.repo.ts';
import { badRequest, forbidden, HttpError, notFound } from '../http/errors.ts';
import { openApproval } from '../approvals/approvals.service.ts';
import { freezeFinding } from '../guidelines/guidelines.service.ts';
import { coveredDepartments, mayManage, type FreezeScope, type OrgShape } from './freeze.domain.ts';
import * as repo from './freeze.repo.ts';

export interface FreezeDeps {
  db: Db;
  bus?: EventBus;
}

async function names(q: Queryable) {
  const [ents, deps] = await Promise.all([
    q.query<{ id: string; name: string }>('SELECT id, name FROM entities'),
    q.query<{ id: string; name_fr: string; name_en: string; entity_name: string }>(
      'SELECT d.id, d.name_fr, d.name_en, e.name AS entity_name FROM departments d JOIN entities e ON e.id = d.entity_id',
    ),
  ]);
  return { entities: new Map(ents.rows.map((e) => [e.id, e.name])), departments: new Map(deps.rows.map((d) => [d.id, d])) };
}

/** What the banner says the freeze covers, in both languages. */
function label(scope: FreezeScope, n: Awaited<ReturnType<typeof names>>) {
  if (scope.type === 'group') return { fr: 'Tout le groupe', en: 'The whole group' };
  if (scope.type === 'entity') return { fr: n.entities.get(scope.id) ?? scope.id, en: n.entities.get(scope.id) ?? scope.id };
  const list = scope.ids.map((id) => n.departments.get(id));
  return {
    fr: list.map((d) => (d ? `${d.name_fr} (${d.entity_name})` : '?')).join(', '),
    en: list.map((d) => (d ? `${d.name_en} (${d.entity_name})` : '?')).join(', '),
  };
}

async function view(q: Queryable, f: repo.FreezeRow, org: OrgShape) {
  return { ...f, label: label(f.scope, await names(q)), departmentIds: coveredDepartments(f.scope, org) };
}

function checkScope(scope: FreezeScope, org: OrgShape) {
  if (scope.type === 'entity' && !org.entityPaths.has(scope.id)) throw badRequest('unknown entity', [{ field: 'scope.id', message: 'no such entity' }]);
  if (scope.type === 'departments') {
    scope.ids.forEach((id, i) => {
      if (!org.departments.has(id)) throw badRequest('unknown department', [{ field: `scope.ids.${i}`, message: 'no such department' }]);
    });
  }
}

/**
 * Replies already queued but not yet sent would leave in the middle of the crisis: they go back
 * on hold for PR, like the replies written from now on.
 */
async function holdQueuedReplies(q: Queryable, p: Principal, freeze: repo.FreezeRow, departmentIds: string[]) {
  if (departmentIds.length === 0) return [];
  const { rows } = await q.query<any>(
    `UPDATE replies r SET status = 'pending_approval'
       FROM conversations c, channels ch, people a
      WHERE r.status = 'queued' AND c.id = r.conversation_id AND ch.id = c.channel_id AND a.id = r.author_id
        AND (c.department_id = ANY($1::uuid[]) OR ch.department_id = ANY($1::uuid[]))
      RETURNING r.id, r.author_id, r.conversation_id, r.guideline_check, a.locale, COALESCE(c.department_id, ch.department_id) AS department_id`,
    [departmentIds],
  );
  for (const r of rows) {
    const finding = freezeFinding(freeze, r.locale);
    const check = { ...(r.guideline_check ?? {}), verdict: 'needs_approval', findings: [finding, ...(r.guideline_check?.findings ?? [])] };
    await q.query('UPDATE replies SET guideline_check = $2 WHERE id = $1', [r.id, JSON.stringify(check)]);
    await openApproval(q, p, { subjectType: 'reply', subjectId: r.id, authorId: r.author_id, departmentId: r.department_id, conversationId: r.conversation_id, checks: [check] });
  }
  return rows.map((r) => ({ id: r.id as number, conversationId: r.conversation_id as number, departmentId: r.department_id as string }));
}

export async function startFreeze(deps: FreezeDeps, p: Principal, input: { scope: FreezeScope; reason: string }) {
  const reason = input.reason.trim();
  if (!reason) throw badRequest('say why the freeze is declared', [{ field: 'reason', message: 'required' }]);
  const scope: FreezeScope = input.scope.type === 'departments' ? { type: 'departments', ids: [...new Set(input.scope.ids)] } : input.scope;
  const { freeze, held } = await deps.db.tx(async (q) => {
    const org = await repo.orgShape(q);
    checkScope(scope, org);
    if (!mayManage(p, scope, org)) throw forbidden('only a coordinator, or PR within its entity, may freeze this scope');
    const id = await repo.insertFreeze(q, scope, reason, p.personId);
    const row = (await repo.getFreeze(q, id))!;
    const held = await holdQueuedReplies(q, p, row, coveredDepartments(scope, org));
    await record(q, p, 'freeze.start', { type: 'freeze', id }, null, { scope, reason, heldReplies: held.map((h) => h.id) });
    return { freeze: await view(q, row, org), held };
  });
  deps.bus?.publish(held.map((h) => ({ type: 'reply.updated' as const, conversationId: h.conversationId, departmentId: h.departmentId })));
  return { ...freeze, heldReplies: held.map((h) => h.id) };
}

/**
 * Lifting ends the hold for new messages. Replies already waiting stay with PR: they were
 * written during the crisis, and someone should still read them before they leave.
 */
export async function liftFreeze(deps: FreezeDeps, p: Principal, id: string, note: string) {
  const text = note.trim();
  if (!text) throw badRequest('say why the freeze can be lifted', [{ field: 'note', message: 'required' }]);
  return deps.db.tx(async (q) => {
    const f = await repo.getFreeze(q, id, true);
    if (!f) throw notFound('freeze');
    if (f.liftedAt) throw new HttpError(409, 'already_lifted', 'this freeze was already lifted');
    const org = await repo.orgShape(q);
    if (!mayManage(p, f.scope, org)) throw forbidden('only a coordinator, or PR within its entity, may lift this freeze');
    await repo.liftFreeze(q, id, text, p.personId);
    const after = (await repo.getFreeze(q, id))!;
    await record(q, p, 'freeze.lift', { type: 'freeze', id }, { liftedAt: null }, { liftedAt: after.liftedAt, note: text });
    return view(q, after, org);
  });
}

/** The freezes in force, for the banner every page shows. */
export async function activeFreezes(db: Db) {
  const rows = await repo.freezesAt(db);
  if (rows.length === 0) return [];
  const org = await repo.orgShape(db);
  return Promise.all(rows.map((f) => view(db, f, org)));
}
