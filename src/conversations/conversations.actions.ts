// Working a conversation: status, assignment, notes with mentions, hand-off and sharing.
// Each change is audited in its transaction and announced to the inboxes after it commits.
import type { Db, Queryable } from '../db/db.ts';
import { canSeeConversation, type Principal } from '../policy/policy.ts';
import { record } from '../audit/audit.repo.ts';
import { badRequest, conflict, notFound } from '../http/errors.ts';
import type { EventBus } from '../events/bus.ts';
import { assignNext } from '../inbox/assignment.domain.ts';
import { adviserLoads } from './conversations.repo.ts';
import { authorise, scopeOf } from './conversations.read.ts';

export interface Deps {
  db: Db;
  bus?: EventBus;
}

const STATUSES = ['new', 'open', 'waiting', 'resolved'] as const;
export type Status = (typeof STATUSES)[number];

async function snapshot(q: Queryable, id: number) {
  const { rows } = await q.query<any>('SELECT status, assignee_id, priority, tags, department_id, shared_with FROM conversations WHERE id = $1', [id]);
  return rows[0];
}

export async function updateConversation(
  { db, bus }: Deps,
  p: Principal,
  id: number,
  patch: { status?: Status; assigneeId?: string | null; priority?: string; tags?: string[] },
) {
  const { core, ctx } = await authorise(db, p, id, 'work');
  if (patch.assigneeId) {
    // The assignee must be able to work the conversation, or it would vanish from every inbox.
    const { loadPrincipal } = await import('../auth/auth.repo.ts');
    const assignee = await loadPrincipal(db, patch.assigneeId, 'session');
    if (!assignee || !canSeeConversation(assignee, scopeOf(core, ctx), 'work')) {
      throw badRequest('this person cannot work on this conversation', [{ field: 'assigneeId', message: 'not in the department' }]);
    }
  }
  await db.tx(async (q) => {
    const before = await snapshot(q, core.id);
    await q.query(
      `UPDATE conversations SET
         status = COALESCE($2, status),
         assignee_id = CASE WHEN $3::boolean THEN $4::uuid ELSE assignee_id END,
         priority = COALESCE($5, priority),
         tags = COALESCE($6, tags),
         resolved_at = CASE WHEN $2 = 'resolved' THEN now() WHEN $2 IS NOT NULL THEN NULL ELSE resolved_at END,
         last_activity_at = now()
       WHERE id = $1`,
      [core.id, patch.status ?? null, patch.assigneeId !== undefined, patch.assigneeId ?? null, patch.priority ?? null, patch.tags ?? null],
    );
    await record(q, p, 'conversation.update', { type: 'conversation', id: String(core.id) }, before, await snapshot(q, core.id));
  });
  bus?.publish([{ type: 'conversation.updated', conversationId: core.id, departmentId: core.departmentId }]);
}

export async function addNote({ db, bus }: Deps, p: Principal, id: number, text: string, mentions: string[]) {
  const { core } = await authorise(db, p, id, 'read');
  const people = mentions.length
    ? (await db.query<{ id: string }>('SELECT id FROM people WHERE id = ANY($1) AND active', [mentions])).rows.map((r) => r.id)
    : [];
  if (people.length !== new Set(mentions).size) throw badRequest('a mentioned person does not exist', [{ field: 'mentions', message: 'unknown person' }]);
  const note = await db.tx(async (q) => {
    const { rows } = await q.query<{ id: number; created_at: Date }>(
      'INSERT INTO notes (conversation_id, author_id, text, mentions) VALUES ($1, $2, $3, $4) RETURNING id, created_at',
      [core.id, p.personId, text, people],
    );
    // A mention opens the conversation to the person named, in whatever department they are.
    if (people.length) {
      await q.query('UPDATE conversations SET shared_people = ARRAY(SELECT DISTINCT unnest(shared_people || $2::uuid[])) WHERE id = $1', [core.id, people]);
      for (const person of people) {
        await q.query('INSERT INTO notifications (person_id, kind, conversation_id, text) VALUES ($1, $2, $3, $4)', [
          person,
          'mention',
          core.id,
          `${p.name}: ${text.slice(0, 200)}`,
        ]);
      }
    }
    await record(q, p, 'note.create', { type: 'conversation', id: String(core.id) }, null, { noteId: rows[0].id, text, mentions: people });
    return { id: rows[0].id, createdAt: rows[0].created_at, text, mentions: people };
  });
  bus?.publish([{ type: 'note.created', conversationId: core.id, departmentId: core.departmentId }]);
  return note;
}

export async function handOff({ db, bus }: Deps, p: Principal, id: number, toDepartmentId: string, reason: string) {
  const { core, ctx } = await authorise(db, p, id, 'work');
  const to = ctx.departments.get(toDepartmentId);
  if (!to) throw badRequest('unknown department', [{ field: 'departmentId', message: 'no such department' }]);
  if (to.id === core.departmentId) throw conflict('the conversation is already in this department');
  const result = await db.tx(async (q) => {
    const before = await snapshot(q, core.id);
    const loads = (await adviserLoads(q, [to.id])).map((l) => ({ id: l.id, available: l.available, capacity: l.capacity, open: l.open, lastPick: 0 }));
    const assignee = to.autoAssign ? assignNext(loads, 1) : null;
    await q.query(
      `UPDATE conversations SET department_id = $2, assignee_id = $3, status = CASE WHEN status = 'resolved' THEN 'open' ELSE status END,
              routing = $4, last_activity_at = now() WHERE id = $1`,
      [core.id, to.id, assignee, JSON.stringify({ kind: 'handoff', text: `handed off: ${reason}`, by: p.name, from: core.departmentId })],
    );
    await q.query('UPDATE conversations SET department_id = $2, assignee_id = $3 WHERE thread_id = $1', [core.id, to.id, assignee]);
    const { rows } = await q.query<{ id: number }>(
      'INSERT INTO handoffs (conversation_id, from_department_id, to_department_id, reason, by_id) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [core.id, core.departmentId, to.id, reason, p.personId],
    );
    await record(q, p, 'conversation.handoff', { type: 'conversation', id: String(core.id) }, before, { ...(await snapshot(q, core.id)), reason });
    return { handoffId: rows[0].id, departmentId: to.id, assigneeId: assignee };
  });
  bus?.publish([{ type: 'conversation.updated', conversationId: core.id, departmentId: to.id, previousDepartmentId: core.departmentId }]);
  return result;
}

export async function share({ db, bus }: Deps, p: Principal, id: number, departmentId: string) {
  const { core, ctx } = await authorise(db, p, id, 'work');
  if (!ctx.departments.has(departmentId)) throw notFound('department');
  await db.tx(async (q) => {
    const before = await snapshot(q, core.id);
    await q.query('UPDATE conversations SET shared_with = ARRAY(SELECT DISTINCT unnest(shared_with || ARRAY[$2::uuid])) WHERE id = $1', [core.id, departmentId]);
    await record(q, p, 'conversation.share', { type: 'conversation', id: String(core.id) }, before, await snapshot(q, core.id));
  });
  bus?.publish([{ type: 'conversation.updated', conversationId: core.id, departmentId }]);
}

export async function handoffStats(db: Db) {
  const { rows } = await db.query<any>(
    `SELECT from_department_id, to_department_id, count(*)::int AS n FROM handoffs
      GROUP BY 1, 2 ORDER BY n DESC, 1, 2`,
  );
  return rows.map((r) => ({ from: r.from_department_id, to: r.to_department_id, count: r.n }));
}
