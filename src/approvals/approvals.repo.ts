// Queries of the approval workflow: policies, requests, decisions and the people who may decide.
import type { Queryable } from '../db/db.ts';
import type { Role } from '../policy/policy.ts';
import type { Candidate, ContentType, PlannedStep, Policy, Step } from './approvals.domain.ts';

export const policyOf = (r: any): Policy => ({
  id: r.id,
  name: r.name,
  departmentId: r.department_id,
  contentType: r.content_type,
  trigger: r.trigger,
  steps: r.steps,
  enabled: r.enabled,
  version: r.version,
});

export async function listPolicies(q: Queryable, contentType?: ContentType): Promise<Policy[]> {
  const { rows } = contentType
    ? await q.query('SELECT * FROM approval_policies WHERE enabled AND content_type = $1 ORDER BY created_at, id', [contentType])
    : await q.query('SELECT * FROM approval_policies ORDER BY created_at, id');
  return rows.map(policyOf);
}

export async function getPolicy(q: Queryable, id: string, lock = false): Promise<Policy | undefined> {
  const { rows } = await q.query(`SELECT * FROM approval_policies WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return rows[0] && policyOf(rows[0]);
}

export async function insertPolicy(q: Queryable, p: Omit<Policy, 'id' | 'version'>, by: string | null): Promise<Policy> {
  const { rows } = await q.query(
    `INSERT INTO approval_policies (name, department_id, content_type, trigger, steps, enabled, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING *`,
    [p.name, p.departmentId, p.contentType, p.trigger, JSON.stringify(p.steps), p.enabled, by],
  );
  return policyOf(rows[0]);
}

export async function updatePolicy(q: Queryable, p: Policy, by: string): Promise<Policy> {
  const { rows } = await q.query(
    `UPDATE approval_policies SET name = $2, department_id = $3, content_type = $4, trigger = $5, steps = $6, enabled = $7,
            version = version + 1, updated_by = $8, updated_at = now() WHERE id = $1 RETURNING *`,
    [p.id, p.name, p.departmentId, p.contentType, p.trigger, JSON.stringify(p.steps), p.enabled, by],
  );
  return policyOf(rows[0]);
}

export interface RequestRow {
  id: number;
  subjectType: 'reply' | 'post';
  subjectId: number;
  policyId: string | null;
  steps: PlannedStep[];
  step: number;
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn';
  authorId: string;
  departmentId: string | null;
  conversationId: number | null;
  reasons: unknown[];
  createdAt: Date;
  decidedAt: Date | null;
}

const requestOf = (r: any): RequestRow => ({
  id: r.id,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  policyId: r.policy_id,
  steps: r.steps,
  step: r.step,
  status: r.status,
  authorId: r.author_id,
  departmentId: r.department_id,
  conversationId: r.conversation_id,
  reasons: r.reasons,
  createdAt: r.created_at,
  decidedAt: r.decided_at,
});

export async function insertRequest(
  q: Queryable,
  r: Pick<RequestRow, 'subjectType' | 'subjectId' | 'policyId' | 'steps' | 'authorId' | 'departmentId' | 'conversationId' | 'reasons'>,
): Promise<RequestRow> {
  const { rows } = await q.query(
    `INSERT INTO approval_requests (subject_type, subject_id, policy_id, steps, author_id, department_id, conversation_id, reasons)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
    [r.subjectType, r.subjectId, r.policyId, JSON.stringify(r.steps), r.authorId, r.departmentId, r.conversationId, JSON.stringify(r.reasons)],
  );
  return requestOf(rows[0]);
}

/** Earlier pending requests for the same message: it was submitted again, they no longer apply. */
export async function withdrawPending(q: Queryable, subjectType: string, subjectId: number, exceptId?: number): Promise<number[]> {
  const { rows } = await q.query<{ id: number }>(
    `UPDATE approval_requests SET status = 'withdrawn', decided_at = now()
      WHERE subject_type = $1 AND subject_id = $2 AND status = 'pending' AND id <> $3 RETURNING id`,
    [subjectType, subjectId, exceptId ?? 0],
  );
  return rows.map((r) => r.id);
}

export async function getRequest(q: Queryable, id: number, lock = false): Promise<RequestRow | undefined> {
  const { rows } = await q.query(`SELECT * FROM approval_requests WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return rows[0] && requestOf(rows[0]);
}

export async function latestForSubject(q: Queryable, subjectType: string, subjectId: number): Promise<RequestRow | undefined> {
  const { rows } = await q.query('SELECT * FROM approval_requests WHERE subject_type = $1 AND subject_id = $2 ORDER BY id DESC LIMIT 1', [subjectType, subjectId]);
  return rows[0] && requestOf(rows[0]);
}

/** Pending requests, oldest first; the set waiting at any time is small (messages on hold). */
export async function pendingRequests(q: Queryable, limit = 1000): Promise<RequestRow[]> {
  const { rows } = await q.query("SELECT * FROM approval_requests WHERE status = 'pending' ORDER BY id LIMIT $1", [limit]);
  return rows.map(requestOf);
}

/** Keyset page, newest first, of every request (overseers) or of one author's. */
export async function listRequests(q: Queryable, f: { authorId?: string; status?: string; beforeId?: number; limit: number }): Promise<RequestRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => where.push(sql.replace('?', `$${params.push(v)}`));
  if (f.authorId) add('author_id = ?', f.authorId);
  if (f.status) add('status = ?', f.status);
  if (f.beforeId) add('id < ?', f.beforeId);
  params.push(f.limit);
  const { rows } = await q.query(
    `SELECT * FROM approval_requests ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT $${params.length}`,
    params,
  );
  return rows.map(requestOf);
}

export async function moveRequest(q: Queryable, id: number, r: { step: number; steps: PlannedStep[]; status: RequestRow['status'] }): Promise<void> {
  await q.query(
    `UPDATE approval_requests SET step = $2, steps = $3, status = $4, decided_at = CASE WHEN $4 = 'pending' THEN NULL ELSE now() END WHERE id = $1`,
    [id, r.step, JSON.stringify(r.steps), r.status],
  );
}

export interface DecisionRow {
  step: number;
  personId: string;
  personName: string;
  decision: 'approve' | 'reject';
  comment: string | null;
  at: Date;
}

export async function decisionsOf(q: Queryable, requestId: number): Promise<DecisionRow[]> {
  const { rows } = await q.query<any>(
    `SELECT d.step, d.person_id, p.name, d.decision, d.comment, d.at FROM approval_decisions d JOIN people p ON p.id = d.person_id
      WHERE d.request_id = $1 ORDER BY d.at, d.person_id`,
    [requestId],
  );
  return rows.map((r) => ({ step: r.step, personId: r.person_id, personName: r.name, decision: r.decision, comment: r.comment, at: r.at }));
}

export async function insertDecision(q: Queryable, d: { requestId: number; step: number; personId: string; decision: string; comment: string | null }) {
  await q.query('INSERT INTO approval_decisions (request_id, step, person_id, decision, comment) VALUES ($1, $2, $3, $4, $5)', [
    d.requestId,
    d.step,
    d.personId,
    d.decision,
    d.comment,
  ]);
}

/** Active people named by the steps, or holding a role they name, with all their grants. */
export async function candidates(q: Queryable, named: { roles: Role[]; personIds: string[] }): Promise<(Candidate & { name: string; locale: 'fr' | 'en' })[]> {
  const { rows } = await q.query<any>(
    `SELECT p.id, p.name, p.locale, COALESCE(json_agg(json_build_object('role', ra.role, 'scopeType', ra.scope_type, 'scopeId', ra.scope_id))
                                             FILTER (WHERE ra.id IS NOT NULL), '[]') AS grants
       FROM people p LEFT JOIN role_assignments ra ON ra.person_id = p.id
      WHERE p.active AND (p.id = ANY($1::uuid[]) OR p.id IN (SELECT person_id FROM role_assignments WHERE role = ANY($2::text[])))
      GROUP BY p.id ORDER BY p.name, p.id`,
    [named.personIds, named.roles],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, locale: r.locale, grants: r.grants }));
}

/** The communication departments of an entity and its ancestors, nearest first: who speaks in a crisis. */
export async function prDepartments(q: Queryable, entityPath: string[]): Promise<string[]> {
  if (entityPath.length === 0) return [];
  const { rows } = await q.query<{ id: string; entity_id: string }>(
    "SELECT id, entity_id FROM departments WHERE kind = 'communication' AND entity_id = ANY($1::uuid[]) ORDER BY id",
    [entityPath],
  );
  return rows.sort((a, b) => entityPath.indexOf(a.entity_id) - entityPath.indexOf(b.entity_id)).map((r) => r.id);
}

export type { Step };
