// Organisation use cases: load, check the policy against where the target sits, change, audit.
import type { Db } from '../db/db.ts';
import { can, type Principal } from '../policy/policy.ts';
import { record } from '../audit/audit.repo.ts';
import { badRequest, forbidden, notFound } from '../http/errors.ts';
import * as repo from './org.repo.ts';
import { departmentHealth, orderTree, wouldCycle, type DepartmentKind, type EntityKind } from './org.domain.ts';
import { validateBusinessHours, type BusinessHours } from '../inbox/sla.domain.ts';
import { invalidate } from '../conversations/pipeline.context.ts';

export async function chart(db: Db) {
  const [organisation, entities, departments] = await Promise.all([
    repo.getOrganisation(db),
    repo.listEntities(db),
    repo.listDepartments(db),
  ]);
  const byEntity = new Map<string, ReturnType<typeof withHealth>[]>();
  const withHealth = (d: repo.DepartmentRow) => ({ ...d, health: departmentHealth(d) });
  for (const d of departments) {
    const list = byEntity.get(d.entity.id) ?? [];
    list.push(withHealth(d));
    byEntity.set(d.entity.id, list);
  }
  return {
    organisation: { name: organisation?.name ?? 'Relais' },
    entities: orderTree(entities).map((e) => ({ ...e, departments: byEntity.get(e.id) ?? [] })),
    departmentsWithoutAdviser: departments.filter((d) => departmentHealth(d).noAdviser).length,
  };
}

async function parentMap(db: Db) {
  return new Map((await repo.listEntities(db)).map((e) => [e.id, e.parentId] as const));
}

export interface EntityInput {
  parentId?: string | null;
  name: string;
  kind: EntityKind;
  timezone?: string;
  businessHours?: BusinessHours | null;
}

function checkHours(h: BusinessHours | null | undefined) {
  const errors = h ? validateBusinessHours(h) : [];
  if (errors.length) throw badRequest('invalid business hours', errors.map((message) => ({ field: 'businessHours', message })));
}

function checkTimezone(tz: string) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    throw badRequest(`unknown time zone "${tz}"`, [{ field: 'timezone', message: 'not an IANA time zone' }]);
  }
}

export async function createEntity(db: Db, p: Principal, input: EntityInput) {
  const parentId = input.parentId ?? null;
  // A new top-level entity is a group-level change; under a parent, the parent's scope decides.
  const target = parentId ? { entityPath: await repo.entityPath(db, parentId) } : undefined;
  if (parentId && target!.entityPath.length === 0) throw notFound('parent entity');
  if (!can(p, 'org.manage', target)) throw forbidden('you cannot add an entity here');
  const timezone = input.timezone ?? 'Europe/Paris';
  checkTimezone(timezone);
  checkHours(input.businessHours);
  return db.tx(async (q) => {
    const e = await repo.insertEntity(q, { parentId, name: input.name.trim(), kind: input.kind, timezone, businessHours: input.businessHours ?? null });
    await record(q, p, 'entity.create', { type: 'entity', id: e.id }, null, e);
    return e;
  });
}

export async function updateEntity(db: Db, p: Principal, id: string, patch: Partial<EntityInput>) {
  const before = await repo.getEntity(db, id);
  if (!before) throw notFound('entity');
  if (!can(p, 'org.manage', { entityPath: await repo.entityPath(db, id) })) throw forbidden();
  const next = {
    ...before,
    ...(patch.name !== undefined && { name: patch.name.trim() }),
    ...(patch.kind !== undefined && { kind: patch.kind }),
    ...(patch.timezone !== undefined && { timezone: patch.timezone }),
    ...(patch.parentId !== undefined && { parentId: patch.parentId }),
    ...(patch.businessHours !== undefined && { businessHours: patch.businessHours }),
  };
  checkTimezone(next.timezone);
  checkHours(next.businessHours);
  if (next.parentId !== before.parentId) {
    if (wouldCycle(id, next.parentId, await parentMap(db))) throw badRequest('an entity cannot be placed under itself', [{ field: 'parentId', message: 'would create a loop' }]);
    const dest = next.parentId ? { entityPath: await repo.entityPath(db, next.parentId) } : undefined;
    if (!can(p, 'org.manage', dest)) throw forbidden('you cannot move the entity there');
  }
  return db.tx(async (q) => {
    const after = await repo.updateEntity(q, next);
    await record(q, p, 'entity.update', { type: 'entity', id }, before, after);
    return after;
  }).finally(invalidate);
}

export interface DepartmentInput {
  entityId: string;
  kind: DepartmentKind;
  names: { fr: string; en: string };
}

export type DepartmentPatch = Partial<DepartmentInput> & Partial<repo.DepartmentSettings>;

export async function createDepartment(db: Db, p: Principal, input: DepartmentInput) {
  const path = await repo.entityPath(db, input.entityId);
  if (path.length === 0) throw badRequest('unknown entity', [{ field: 'entityId', message: 'no such entity' }]);
  if (!can(p, 'org.manage', { entityPath: path })) throw forbidden('you cannot add a department to this entity');
  return db.tx(async (q) => {
    const names = { fr: input.names.fr.trim(), en: input.names.en.trim() };
    const id = await repo.insertDepartment(q, { ...input, names });
    const after = await repo.getDepartment(q, id);
    await record(q, p, 'department.create', { type: 'department', id }, null, after);
    return after!;
  }).finally(invalidate);
}

export async function updateDepartment(db: Db, p: Principal, id: string, patch: DepartmentPatch) {
  const before = await repo.getDepartment(db, id);
  if (!before) throw notFound('department');
  if (!can(p, 'org.manage', await repo.departmentTarget(db, id))) throw forbidden();
  const next = {
    id,
    entityId: patch.entityId ?? before.entity.id,
    kind: patch.kind ?? before.kind,
    names: { ...before.names, ...patch.names },
    slaFirstResponseMinutes: patch.slaFirstResponseMinutes ?? before.slaFirstResponseMinutes,
    slaResolutionMinutes: patch.slaResolutionMinutes ?? before.slaResolutionMinutes,
    autoAssign: patch.autoAssign ?? before.autoAssign,
  };
  if (next.entityId !== before.entity.id) {
    const path = await repo.entityPath(db, next.entityId);
    if (path.length === 0) throw badRequest('unknown entity', [{ field: 'entityId', message: 'no such entity' }]);
    if (!can(p, 'org.manage', { entityPath: path, departmentId: id })) throw forbidden('you cannot move the department there');
  }
  return db.tx(async (q) => {
    await repo.updateDepartment(q, next);
    const after = await repo.getDepartment(q, id);
    await record(q, p, 'department.update', { type: 'department', id }, before, after);
    return after!;
  }).finally(invalidate);
}

export async function departmentPage(db: Db, id: string) {
  const d = await repo.getDepartment(db, id);
  if (!d) throw notFound('department');
  return { ...d, health: departmentHealth(d), members: await repo.departmentMembers(db, id) };
}
