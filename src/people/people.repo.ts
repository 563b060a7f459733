import type { Queryable } from '../db/db.ts';
import type { Role, ScopeType } from '../policy/policy.ts';

export interface PersonRow {
  id: string;
  email: string;
  name: string;
  title: string | null;
  locale: 'fr' | 'en';
  active: boolean;
}

export interface GrantRow {
  id: string;
  role: Role;
  scopeType: ScopeType;
  scopeId: string | null;
  /** The entity or department name, so lists need no second request. */
  scopeName: string | null;
}

const personOf = (r: any): PersonRow => ({ id: r.id, email: r.email, name: r.name, title: r.title, locale: r.locale, active: r.active });
const COLS = 'id, email, name, title, locale, active';

/** Keyset page ordered by (name, id); `q` filters on name or e-mail, ignoring case and accents. */
export async function listPeople(q: Queryable, opts: { after?: [string, string]; limit: number; search?: string }) {
  const params: unknown[] = [];
  const where: string[] = [];
  if (opts.after) {
    params.push(opts.after[0], opts.after[1]);
    where.push('(name, id) > ($1, $2::uuid)');
  }
  if (opts.search) {
    params.push(`%${opts.search.replace(/[\\%_]/g, (c) => '\\' + c)}%`);
    where.push(`(unaccent(name) ILIKE unaccent($${params.length}) OR email ILIKE $${params.length})`);
  }
  params.push(opts.limit + 1);
  const { rows } = await q.query(
    `SELECT ${COLS} FROM people ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY name, id LIMIT $${params.length}`,
    params,
  );
  return rows.map(personOf);
}

export async function getPerson(q: Queryable, id: string): Promise<PersonRow | undefined> {
  const { rows } = await q.query(`SELECT ${COLS} FROM people WHERE id = $1`, [id]);
  return rows[0] && personOf(rows[0]);
}

export async function insertPerson(
  q: Queryable,
  p: { email: string; name: string; title?: string | null; locale?: 'fr' | 'en'; passwordHash?: string | null },
): Promise<PersonRow> {
  const { rows } = await q.query(
    `INSERT INTO people (email, name, title, locale, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLS}`,
    [p.email.trim().toLowerCase(), p.name.trim(), p.title ?? null, p.locale ?? 'fr', p.passwordHash ?? null],
  );
  return personOf(rows[0]);
}

export async function updatePerson(q: Queryable, p: PersonRow): Promise<PersonRow> {
  const { rows } = await q.query(
    `UPDATE people SET name = $2, title = $3, locale = $4, active = $5, updated_at = now() WHERE id = $1 RETURNING ${COLS}`,
    [p.id, p.name, p.title, p.locale, p.active],
  );
  return personOf(rows[0]);
}

export async function setPassword(q: Queryable, id: string, hash: string): Promise<void> {
  await q.query('UPDATE people SET password_hash = $2, updated_at = now() WHERE id = $1', [id, hash]);
}

export async function countPeople(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM people');
  return rows[0].n;
}

export async function grantsOf(q: Queryable, personId: string): Promise<GrantRow[]> {
  const { rows } = await q.query<any>(
    `SELECT ra.id, ra.role, ra.scope_type, ra.scope_id, COALESCE(e.name, d.name_en) AS scope_name
       FROM role_assignments ra
       LEFT JOIN entities e ON ra.scope_type = 'entity' AND e.id = ra.scope_id
       LEFT JOIN departments d ON ra.scope_type = 'department' AND d.id = ra.scope_id
      WHERE ra.person_id = $1 ORDER BY ra.role, scope_name`,
    [personId],
  );
  return rows.map((r) => ({ id: r.id, role: r.role, scopeType: r.scope_type, scopeId: r.scope_id, scopeName: r.scope_name }));
}

export async function insertGrant(q: Queryable, personId: string, g: { role: Role; scopeType: ScopeType; scopeId: string | null }) {
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO role_assignments (person_id, role, scope_type, scope_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING id`,
    [personId, g.role, g.scopeType, g.scopeId],
  );
  return rows[0]?.id;
}

export async function getGrant(q: Queryable, id: string) {
  const { rows } = await q.query<any>('SELECT id, person_id, role, scope_type, scope_id FROM role_assignments WHERE id = $1', [id]);
  const r = rows[0];
  return r && { id: r.id as string, personId: r.person_id as string, role: r.role as Role, scopeType: r.scope_type as ScopeType, scopeId: r.scope_id as string | null };
}

export async function deleteGrant(q: Queryable, id: string): Promise<void> {
  await q.query('DELETE FROM role_assignments WHERE id = $1', [id]);
}

export async function getAvailability(q: Queryable, personId: string): Promise<{ available: boolean; capacity: number }> {
  const { rows } = await q.query<{ available: boolean; capacity: number }>('SELECT available, capacity FROM adviser_status WHERE person_id = $1', [personId]);
  return rows[0] ?? { available: true, capacity: 20 };
}
