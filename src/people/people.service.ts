// People and the roles they hold. Granting a role is scoped: a coordinator of one entity may
// name advisers in its departments, not elsewhere.
import type { Db, Queryable } from '../db/db.ts';
import { can, type Principal, type Role, type ScopeType, type Target } from '../policy/policy.ts';
import { record, type Actor } from '../audit/audit.repo.ts';
import { badRequest, conflict, forbidden, notFound } from '../http/errors.ts';
import { hashPassword, MIN_PASSWORD, verifyPassword } from '../auth/password.ts';
import { findLoginByEmail, sha256 } from '../auth/auth.repo.ts';
import { departmentTarget, entityPath } from '../org/org.repo.ts';
import * as repo from './people.repo.ts';

export interface PersonInput {
  email: string;
  name: string;
  title?: string | null;
  locale?: 'fr' | 'en';
  password?: string;
}

async function emailTaken(q: Queryable, email: string) {
  const { rows } = await q.query('SELECT 1 FROM people WHERE email = $1', [email.trim().toLowerCase()]);
  return rows.length > 0;
}

/** Shared by the API, the CLI and the bootstrap admin: one path creates a person. */
export async function createPerson(db: Db, actor: Actor, input: PersonInput, grants: { role: Role; scopeType: ScopeType; scopeId: string | null }[] = []) {
  if (input.password !== undefined && input.password.length < MIN_PASSWORD) {
    throw badRequest(`password must have at least ${MIN_PASSWORD} characters`, [{ field: 'password', message: 'too short' }]);
  }
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return db.tx(async (q) => {
    if (await emailTaken(q, input.email)) throw conflict('a person with this e-mail already exists', [{ field: 'email', message: 'taken' }]);
    const person = await repo.insertPerson(q, { ...input, passwordHash });
    await record(q, actor, 'person.create', { type: 'person', id: person.id }, null, person);
    for (const g of grants) {
      const id = await repo.insertGrant(q, person.id, g);
      await record(q, actor, 'role.grant', { type: 'person', id: person.id }, null, { grantId: id, ...g });
    }
    return person;
  });
}

export async function updatePerson(
  db: Db,
  p: Principal,
  id: string,
  patch: Partial<Omit<repo.PersonRow, 'id' | 'email'>> & { password?: string; currentPassword?: string },
  currentSession?: string,
) {
  const before = await repo.getPerson(db, id);
  if (!before) throw notFound('person');
  const self = p.personId === id;
  const managing = can(p, 'people.manage');
  // Anyone edits their own name, title, language and password; the rest is for managers.
  if (!managing && !(self && patch.active === undefined)) throw forbidden('you can only edit your own profile');
  if (patch.password !== undefined && patch.password.length < MIN_PASSWORD) {
    throw badRequest(`password must have at least ${MIN_PASSWORD} characters`, [{ field: 'password', message: 'too short' }]);
  }
  const { password, currentPassword, ...fields } = patch;
  // Changing one's own password asks for the current one: a session left open is not enough.
  if (password !== undefined && self) {
    const login = await findLoginByEmail(db, p.email);
    if (!(await verifyPassword(login?.password_hash, currentPassword ?? ''))) {
      throw badRequest('the current password is wrong', [{ field: 'currentPassword', message: 'wrong password' }]);
    }
  }
  const hash = password ? await hashPassword(password) : undefined;
  return db.tx(async (q) => {
    const after = await repo.updatePerson(q, { ...before, ...fields });
    if (hash) {
      await repo.setPassword(q, id, hash);
      // A changed password ends the other sessions: whoever knew the old one is out.
      await q.query('DELETE FROM sessions WHERE person_id = $1 AND token_hash <> $2', [id, currentSession ? sha256(currentSession) : '']);
    }
    await record(q, p, 'person.update', { type: 'person', id }, before, { ...after, ...(hash && { passwordChanged: true }) });
    return after;
  });
}

async function scopeTarget(db: Db, scopeType: ScopeType, scopeId: string | null): Promise<Target | undefined> {
  if (scopeType === 'group') return undefined;
  if (!scopeId) throw badRequest('scopeId is required for an entity or department scope', [{ field: 'scopeId', message: 'required' }]);
  const target = scopeType === 'entity' ? { entityPath: await entityPath(db, scopeId) } : await departmentTarget(db, scopeId);
  if (!target || target.entityPath.length === 0) throw badRequest(`unknown ${scopeType}`, [{ field: 'scopeId', message: `no such ${scopeType}` }]);
  return target;
}

export async function grantRole(db: Db, p: Principal, personId: string, g: { role: Role; scopeType: ScopeType; scopeId?: string | null }) {
  const scopeId = g.scopeType === 'group' ? null : (g.scopeId ?? null);
  const target = await scopeTarget(db, g.scopeType, scopeId);
  if (!can(p, 'roles.manage', target)) throw forbidden('you cannot grant roles in this scope');
  if (!(await repo.getPerson(db, personId))) throw notFound('person');
  return db.tx(async (q) => {
    const id = await repo.insertGrant(q, personId, { role: g.role, scopeType: g.scopeType, scopeId });
    if (!id) throw conflict('this person already holds this role in this scope');
    await record(q, p, 'role.grant', { type: 'person', id: personId }, null, { grantId: id, role: g.role, scopeType: g.scopeType, scopeId });
    return { id, role: g.role, scopeType: g.scopeType, scopeId };
  });
}

export async function revokeRole(db: Db, p: Principal, personId: string, grantId: string) {
  const g = await repo.getGrant(db, grantId);
  if (!g || g.personId !== personId) throw notFound('role');
  if (!can(p, 'roles.manage', await scopeTarget(db, g.scopeType, g.scopeId))) throw forbidden('you cannot revoke roles in this scope');
  await db.tx(async (q) => {
    await repo.deleteGrant(q, grantId);
    await record(q, p, 'role.revoke', { type: 'person', id: personId }, g, null);
  });
}

export async function personPage(db: Db, id: string) {
  const person = await repo.getPerson(db, id);
  if (!person) throw notFound('person');
  return { ...person, roles: await repo.grantsOf(db, id), availability: await repo.getAvailability(db, id) };
}

export async function setAvailability(db: Db, p: Principal, id: string, a: { available: boolean; capacity: number }) {
  if (p.personId !== id) {
    const grants = await repo.grantsOf(db, id);
    const targets = await Promise.all(grants.filter((g) => g.scopeType === 'department').map((g) => departmentTarget(db, g.scopeId!)));
    if (!targets.some((t) => t && can(p, 'roles.manage', t))) throw forbidden('you can set only your own availability');
  }
  return db.tx(async (q) => {
    const before = await repo.getAvailability(q, id);
    await q.query(
      `INSERT INTO adviser_status (person_id, available, capacity) VALUES ($1, $2, $3)
       ON CONFLICT (person_id) DO UPDATE SET available = $2, capacity = $3`,
      [id, a.available, a.capacity],
    );
    await record(q, p, 'person.availability', { type: 'person', id }, before, a);
    return a;
  });
}
