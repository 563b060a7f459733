// Freezes as stored. The active ones are read on every outgoing check: a crisis must hold
// messages the moment it is declared, so they are never cached. Every function takes a
// Queryable, so it also runs inside the transaction of an approval or of a freeze itself.
import type { Queryable } from '../db/db.ts';
import { covers, coveredDepartments, placeOf, scopeOfRow, type Freeze, type FreezeScope, type OrgShape } from './freeze.domain.ts';

export interface FreezeRow extends Freeze {
  startedBy: { id: string; name: string };
  liftedBy: { id: string; name: string } | null;
  liftNote: string | null;
}

const SELECT = `SELECT f.*, s.name AS started_by_name, l.name AS lifted_by_name
                  FROM freezes f JOIN people s ON s.id = f.started_by LEFT JOIN people l ON l.id = f.lifted_by`;

const of = (r: any): FreezeRow => ({
  id: r.id,
  scope: scopeOfRow(r),
  reason: r.reason,
  startedAt: new Date(r.started_at),
  liftedAt: r.lifted_at ? new Date(r.lifted_at) : null,
  startedBy: { id: r.started_by, name: r.started_by_name },
  liftedBy: r.lifted_by ? { id: r.lifted_by, name: r.lifted_by_name } : null,
  liftNote: r.lift_note,
});

/** Freezes in force at `at` (now by default), oldest first. */
export async function freezesAt(q: Queryable, at?: Date): Promise<FreezeRow[]> {
  const { rows } = at
    ? await q.query(`${SELECT} WHERE f.started_at <= $1 AND (f.lifted_at IS NULL OR f.lifted_at > $1) ORDER BY f.started_at, f.id`, [at])
    : await q.query(`${SELECT} WHERE f.lifted_at IS NULL ORDER BY f.started_at, f.id`);
  return rows.map(of);
}

export async function getFreeze(q: Queryable, id: string, lock = false): Promise<FreezeRow | undefined> {
  const { rows } = await q.query(`${SELECT} WHERE f.id = $1${lock ? ' FOR UPDATE OF f' : ''}`, [id]);
  return rows[0] && of(rows[0]);
}

export async function insertFreeze(q: Queryable, scope: FreezeScope, reason: string, by: string): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    'INSERT INTO freezes (scope_type, entity_id, department_ids, reason, started_by) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [scope.type, scope.type === 'entity' ? scope.id : null, scope.type === 'departments' ? scope.ids : [], reason, by],
  );
  return rows[0].id;
}

export async function liftFreeze(q: Queryable, id: string, note: string, by: string): Promise<void> {
  await q.query('UPDATE freezes SET lifted_at = now(), lifted_by = $2, lift_note = $3 WHERE id = $1 AND lifted_at IS NULL', [id, by, note]);
}

/** Departments and entity paths, read fresh: small tables, and a freeze must see the organisation as it is. */
export async function orgShape(q: Queryable): Promise<OrgShape> {
  const [deps, ents] = await Promise.all([
    q.query<{ id: string; kind: string; entity_id: string }>('SELECT id, kind, entity_id FROM departments'),
    q.query<{ id: string; parent_id: string | null }>('SELECT id, parent_id FROM entities'),
  ]);
  const parents = new Map(ents.rows.map((e) => [e.id, e.parent_id]));
  const entityPaths = new Map<string, string[]>();
  for (const id of parents.keys()) {
    const path: string[] = [];
    for (let e: string | null = id; e && path.length < 50; e = parents.get(e) ?? null) path.push(e);
    entityPaths.set(id, path);
  }
  return { departments: new Map(deps.rows.map((d) => [d.id, { kind: d.kind, entityId: d.entity_id }])), entityPaths };
}

/** The freezes in force that cover any of these departments. */
export async function freezesCovering(q: Queryable, departmentIds: (string | null | undefined)[], at?: Date, org?: OrgShape): Promise<FreezeRow[]> {
  const active = await freezesAt(q, at);
  if (active.length === 0) return [];
  const shape = org ?? (await orgShape(q));
  const places = departmentIds.map((d) => placeOf(shape, d)).filter((p) => p !== null);
  return active.filter((f) => places.some((p) => covers(f.scope, p)));
}

/** Is the department under a crisis freeze at that moment? For the publishing worker and calendar. */
export async function isFrozen(q: Queryable, departmentId: string, at: Date = new Date()): Promise<boolean> {
  return (await freezesCovering(q, [departmentId], at)).length > 0;
}

/** Every department frozen now, for workers that skip them in one query. */
export async function frozenDepartmentIds(q: Queryable, at?: Date): Promise<string[]> {
  const active = await freezesAt(q, at);
  if (active.length === 0) return [];
  const org = await orgShape(q);
  return [...new Set(active.flatMap((f) => coveredDepartments(f.scope, org)))];
}
