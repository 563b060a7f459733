// The audit trail. `record` takes the transaction of the change it describes, so the change
// and its record commit or roll back together.
import type { Queryable } from '../db/db.ts';
import type { Principal } from '../policy/policy.ts';

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  before: unknown;
  after: unknown;
}

export type Actor = Pick<Principal, 'personId' | 'email'> | { system: string };

export async function record(
  q: Queryable,
  actor: Actor,
  action: string,
  subject: { type: string; id?: string | null },
  before: unknown,
  after: unknown,
): Promise<void> {
  const [actorId, label] = 'system' in actor ? [null, actor.system] : [actor.personId, actor.email];
  await q.query(
    `INSERT INTO audit_log (actor_id, actor_label, action, subject_type, subject_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [actorId, label, action, subject.type, subject.id ?? null, json(before), json(after)],
  );
}

function json(v: unknown): string | null {
  return v === undefined || v === null ? null : JSON.stringify(v);
}

export interface AuditFilter {
  actorId?: string;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  from?: string;
  to?: string;
  /** Keyset: entries with an id below this one. */
  beforeId?: number;
  limit: number;
}

export async function list(q: Queryable, f: AuditFilter): Promise<AuditEntry[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (f.actorId) add('actor_id = ?', f.actorId);
  if (f.action) add('action = ?', f.action);
  if (f.subjectType) add('subject_type = ?', f.subjectType);
  if (f.subjectId) add('subject_id = ?', f.subjectId);
  if (f.from) add('at >= ?', f.from);
  if (f.to) add('at < ?', f.to);
  if (f.beforeId) add('id < ?', f.beforeId);
  params.push(f.limit);
  const { rows } = await q.query<any>(
    `SELECT id, at, actor_id, actor_label, action, subject_type, subject_id, before, after
       FROM audit_log ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY id DESC LIMIT $${params.length}`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    at: new Date(r.at).toISOString(),
    actorId: r.actor_id,
    actorLabel: r.actor_label,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    before: r.before,
    after: r.after,
  }));
}
