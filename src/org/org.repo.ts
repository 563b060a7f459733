// Queries for entities and departments. No rules here: the service decides.
import type { Queryable } from '../db/db.ts';
import type { DepartmentKind, EntityKind } from './org.domain.ts';
import type { Target } from '../policy/policy.ts';
import type { BusinessHours } from '../inbox/sla.domain.ts';

export interface EntityRow {
  id: string;
  parentId: string | null;
  name: string;
  kind: EntityKind;
  timezone: string;
  /** Opening hours for SLA clocks; null = Monday to Friday, 09:00–18:00 in the entity's zone. */
  businessHours: BusinessHours | null;
}

export interface PersonRef {
  id: string;
  name: string;
  email: string;
}

export interface DepartmentSettings {
  /** SLA targets in business minutes. */
  slaFirstResponseMinutes: number;
  slaResolutionMinutes: number;
  /** New conversations go round-robin to the available advisers. */
  autoAssign: boolean;
}

export interface DepartmentRow extends DepartmentSettings {
  id: string;
  kind: DepartmentKind;
  names: { fr: string; en: string };
  entity: { id: string; name: string };
  advisers: PersonRef[];
}

const entityOf = (r: any): EntityRow => ({ id: r.id, parentId: r.parent_id, name: r.name, kind: r.kind, timezone: r.timezone, businessHours: r.business_hours ?? null });
const ENTITY_COLS = 'id, parent_id, name, kind, timezone, business_hours';

export async function getOrganisation(q: Queryable): Promise<{ name: string } | undefined> {
  const { rows } = await q.query<{ name: string }>('SELECT name FROM organisation WHERE id = 1');
  return rows[0];
}

export async function setOrganisation(q: Queryable, name: string): Promise<void> {
  await q.query('INSERT INTO organisation (id, name) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET name = $1', [name]);
}

export async function listEntities(q: Queryable): Promise<EntityRow[]> {
  const { rows } = await q.query(`SELECT ${ENTITY_COLS} FROM entities ORDER BY name, id`);
  return rows.map(entityOf);
}

export async function getEntity(q: Queryable, id: string): Promise<EntityRow | undefined> {
  const { rows } = await q.query(`SELECT ${ENTITY_COLS} FROM entities WHERE id = $1`, [id]);
  return rows[0] && entityOf(rows[0]);
}

export async function insertEntity(q: Queryable, e: Omit<EntityRow, 'id'>): Promise<EntityRow> {
  const { rows } = await q.query(
    `INSERT INTO entities (parent_id, name, kind, timezone, business_hours) VALUES ($1, $2, $3, $4, $5) RETURNING ${ENTITY_COLS}`,
    [e.parentId, e.name, e.kind, e.timezone, e.businessHours ? JSON.stringify(e.businessHours) : null],
  );
  return entityOf(rows[0]);
}

export async function updateEntity(q: Queryable, e: EntityRow): Promise<EntityRow> {
  const { rows } = await q.query(
    `UPDATE entities SET parent_id = $2, name = $3, kind = $4, timezone = $5, business_hours = $6, updated_at = now()
      WHERE id = $1 RETURNING ${ENTITY_COLS}`,
    [e.id, e.parentId, e.name, e.kind, e.timezone, e.businessHours ? JSON.stringify(e.businessHours) : null],
  );
  return entityOf(rows[0]);
}

/** The entity and its ancestors, nearest first: what a scoped grant is checked against. */
export async function entityPath(q: Queryable, entityId: string): Promise<string[]> {
  const { rows } = await q.query<{ id: string }>(
    `WITH RECURSIVE up(id, parent_id, depth) AS (
       SELECT id, parent_id, 0 FROM entities WHERE id = $1
       UNION ALL
       SELECT e.id, e.parent_id, up.depth + 1 FROM entities e JOIN up ON e.id = up.parent_id WHERE up.depth < 50)
     SELECT id FROM up ORDER BY depth`,
    [entityId],
  );
  return rows.map((r) => r.id);
}

export async function departmentTarget(q: Queryable, departmentId: string): Promise<Target | undefined> {
  const { rows } = await q.query<{ entity_id: string }>('SELECT entity_id FROM departments WHERE id = $1', [departmentId]);
  if (!rows[0]) return undefined;
  return { entityPath: await entityPath(q, rows[0].entity_id), departmentId };
}

const DEPARTMENT_SELECT = `
  SELECT d.id, d.kind, d.name_fr, d.name_en, d.entity_id, e.name AS entity_name,
         d.sla_first_response_minutes, d.sla_resolution_minutes, d.auto_assign,
         COALESCE(json_agg(json_build_object('id', p.id, 'name', p.name, 'email', p.email) ORDER BY p.name)
                  FILTER (WHERE p.id IS NOT NULL), '[]') AS advisers
    FROM departments d
    JOIN entities e ON e.id = d.entity_id
    LEFT JOIN role_assignments ra ON ra.scope_type = 'department' AND ra.scope_id = d.id AND ra.role = 'social_adviser'
    LEFT JOIN people p ON p.id = ra.person_id AND p.active`;

const departmentOf = (r: any): DepartmentRow => ({
  id: r.id,
  kind: r.kind,
  names: { fr: r.name_fr, en: r.name_en },
  entity: { id: r.entity_id, name: r.entity_name },
  advisers: r.advisers,
  slaFirstResponseMinutes: r.sla_first_response_minutes,
  slaResolutionMinutes: r.sla_resolution_minutes,
  autoAssign: r.auto_assign,
});

export async function listDepartments(q: Queryable): Promise<DepartmentRow[]> {
  const { rows } = await q.query(`${DEPARTMENT_SELECT} GROUP BY d.id, e.name ORDER BY e.name, d.name_en, d.id`);
  return rows.map(departmentOf);
}

export async function getDepartment(q: Queryable, id: string): Promise<DepartmentRow | undefined> {
  const { rows } = await q.query(`${DEPARTMENT_SELECT} WHERE d.id = $1 GROUP BY d.id, e.name`, [id]);
  return rows[0] && departmentOf(rows[0]);
}

export async function insertDepartment(
  q: Queryable,
  d: { entityId: string; kind: DepartmentKind; names: { fr: string; en: string } },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    'INSERT INTO departments (entity_id, kind, name_fr, name_en) VALUES ($1, $2, $3, $4) RETURNING id',
    [d.entityId, d.kind, d.names.fr, d.names.en],
  );
  return rows[0].id;
}

export async function updateDepartment(
  q: Queryable,
  d: { id: string; entityId: string; kind: DepartmentKind; names: { fr: string; en: string } } & DepartmentSettings,
): Promise<void> {
  await q.query(
    `UPDATE departments SET entity_id = $2, kind = $3, name_fr = $4, name_en = $5, sla_first_response_minutes = $6,
            sla_resolution_minutes = $7, auto_assign = $8, updated_at = now() WHERE id = $1`,
    [d.id, d.entityId, d.kind, d.names.fr, d.names.en, d.slaFirstResponseMinutes, d.slaResolutionMinutes, d.autoAssign],
  );
}

/** Everyone holding a role in the department, for its page. */
export async function departmentMembers(q: Queryable, id: string) {
  const { rows } = await q.query<any>(
    `SELECT ra.id AS grant_id, ra.role, p.id, p.name, p.email FROM role_assignments ra
       JOIN people p ON p.id = ra.person_id
      WHERE ra.scope_type = 'department' AND ra.scope_id = $1 ORDER BY p.name, ra.role`,
    [id],
  );
  return rows.map((r) => ({ grantId: r.grant_id as string, role: r.role as string, person: { id: r.id, name: r.name, email: r.email } as PersonRef }));
}
