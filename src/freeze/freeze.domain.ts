// What a crisis freeze covers and who may start or lift one. Pure: the caller passes the
// organisation's shape (departments and entity paths) and the person's grants.
import type { Principal, RoleGrant } from '../policy/policy.ts';

export type FreezeScope = { type: 'group' } | { type: 'entity'; id: string } | { type: 'departments'; ids: string[] };

export interface Freeze {
  id: string;
  scope: FreezeScope;
  reason: string;
  startedAt: Date;
  liftedAt: Date | null;
}

/** Where a message or a department sits: its department and its entity with the entity's ancestors. */
export interface Place {
  departmentId: string | null;
  entityPath: string[];
}

export interface OrgShape {
  departments: Map<string, { kind: string; entityId: string }>;
  entityPaths: Map<string, string[]>;
}

export function placeOf(org: OrgShape, departmentId: string | null | undefined): Place | null {
  const d = departmentId ? org.departments.get(departmentId) : undefined;
  if (!d || !departmentId) return null;
  return { departmentId, entityPath: org.entityPaths.get(d.entityId) ?? [d.entityId] };
}

/** An entity freeze covers its subsidiaries too: a crisis at the head office is one for all of it. */
export function covers(scope: FreezeScope, place: Place): boolean {
  switch (scope.type) {
    case 'group':
      return true;
    case 'entity':
      return place.entityPath.includes(scope.id);
    case 'departments':
      return place.departmentId !== null && scope.ids.includes(place.departmentId);
  }
}

/** Every department a freeze covers, e.g. for the publishing worker to skip. */
export function coveredDepartments(scope: FreezeScope, org: OrgShape): string[] {
  const out: string[] = [];
  for (const id of org.departments.keys()) {
    const place = placeOf(org, id);
    if (place && covers(scope, place)) out.push(id);
  }
  return out;
}

/**
 * The scopes from which a person may freeze: a coordinator from their grant's scope, a social
 * adviser of a communication (PR) department from that department's entity, because PR speaks for
 * the whole entity in a crisis. Other social advisers may not freeze anything.
 */
export function freezeAuthority(p: Principal, org: OrgShape): RoleGrant[] {
  const out: RoleGrant[] = [];
  for (const g of p.grants) {
    if (g.role === 'coordinator') out.push(g);
    if (g.role === 'social_adviser' && g.scopeType === 'department' && g.scopeId) {
      const d = org.departments.get(g.scopeId);
      if (d?.kind === 'communication') out.push({ role: 'social_adviser', scopeType: 'entity', scopeId: d.entityId });
    }
  }
  return out;
}

function grantCovers(g: RoleGrant, place: Place): boolean {
  if (g.scopeType === 'group') return true;
  if (g.scopeType === 'entity') return g.scopeId !== null && place.entityPath.includes(g.scopeId);
  return g.scopeId !== null && g.scopeId === place.departmentId;
}

/** A group freeze needs a group grant; an entity or departments freeze needs every part covered. */
export function mayManage(p: Principal, scope: FreezeScope, org: OrgShape): boolean {
  const grants = freezeAuthority(p, org);
  if (scope.type === 'group') return grants.some((g) => g.scopeType === 'group');
  const places: Place[] =
    scope.type === 'entity'
      ? [{ departmentId: null, entityPath: org.entityPaths.get(scope.id) ?? [scope.id] }]
      : scope.ids.map((id) => placeOf(org, id) ?? { departmentId: id, entityPath: [] });
  return places.every((place) => grants.some((g) => grantCovers(g, place)));
}

export function scopeOfRow(r: { scope_type: string; entity_id: string | null; department_ids: string[] }): FreezeScope {
  if (r.scope_type === 'entity') return { type: 'entity', id: r.entity_id! };
  if (r.scope_type === 'departments') return { type: 'departments', ids: r.department_ids };
  return { type: 'group' };
}
