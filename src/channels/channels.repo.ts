import type { Queryable } from '../db/db.ts';

export interface ChannelRow {
  id: string;
  name: string;
  kind: 'api' | 'feed' | 'import';
  active: boolean;
  config: Record<string, any>;
  lang: string[];
  department: { id: string; kind: string; names: { fr: string; en: string }; entityId: string };
}

const SELECT = `SELECT c.id, c.name, c.kind, c.active, c.config, c.lang, d.id AS dep_id, d.kind AS dep_kind,
                       d.name_fr, d.name_en, d.entity_id
                  FROM channels c JOIN departments d ON d.id = c.department_id`;

const of = (r: any): ChannelRow => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  active: r.active,
  config: r.config ?? {},
  lang: r.lang,
  department: { id: r.dep_id, kind: r.dep_kind, names: { fr: r.name_fr, en: r.name_en }, entityId: r.entity_id },
});

export async function listChannels(q: Queryable): Promise<ChannelRow[]> {
  const { rows } = await q.query(`${SELECT} ORDER BY c.name`);
  return rows.map(of);
}

export async function getChannel(q: Queryable, id: string): Promise<ChannelRow | undefined> {
  const { rows } = await q.query(`${SELECT} WHERE c.id = $1`, [id]);
  return rows[0] && of(rows[0]);
}

export async function getChannelByName(q: Queryable, name: string): Promise<ChannelRow | undefined> {
  const { rows } = await q.query(`${SELECT} WHERE c.name = $1`, [name]);
  return rows[0] && of(rows[0]);
}

export async function insertChannel(q: Queryable, c: { name: string; kind: string; departmentId: string; active: boolean; config: object; lang: string[] }) {
  const { rows } = await q.query<{ id: string }>(
    'INSERT INTO channels (name, kind, department_id, active, config, lang) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
    [c.name, c.kind, c.departmentId, c.active, JSON.stringify(c.config), c.lang],
  );
  return rows[0].id;
}

export async function updateChannel(q: Queryable, c: { id: string; name: string; departmentId: string; active: boolean; config: object; lang: string[] }) {
  await q.query('UPDATE channels SET name = $2, department_id = $3, active = $4, config = $5, lang = $6, updated_at = now() WHERE id = $1', [
    c.id,
    c.name,
    c.departmentId,
    c.active,
    JSON.stringify(c.config),
    c.lang,
  ]);
}

export async function adviserCount(q: Queryable, departmentId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM role_assignments ra JOIN people p ON p.id = ra.person_id AND p.active
      WHERE ra.role = 'social_adviser' AND ra.scope_type = 'department' AND ra.scope_id = $1`,
    [departmentId],
  );
  return rows[0].n;
}
