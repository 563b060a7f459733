// The organisation as the interface needs it: entities nested under their parent, the ancestor
// path of an entity (what the policy checks a scoped role against), and names for role scopes.
// The API gives one name per scope (in English for departments); with the department list at
// hand the interface names a department in the reader's language and adds its entity, since
// several entities have a department of the same kind.
import type { Target } from '../../src/policy/policy.ts';
import type { DepartmentRow, EntityRow } from './api.ts';
import type { Lang } from './i18n/index.ts';

interface Node {
  id: string;
  parentId: string | null;
}

export type Tree<T> = T & { children: Tree<T>[] };

/** Nests entities under their parent; an entity whose parent is unknown becomes a root. */
export function nest<T extends Node>(entities: T[]): Tree<T>[] {
  const byId = new Map<string, Tree<T>>(entities.map((e) => [e.id, { ...e, children: [] }]));
  const roots: Tree<T>[] = [];
  for (const e of entities) {
    const node = byId.get(e.id)!;
    const parent = e.parentId ? byId.get(e.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The entity and its ancestors, nearest first, as the server computes it. */
export function entityTarget(entities: Node[], entityId: string, departmentId?: string): Target {
  const parents = new Map(entities.map((e) => [e.id, e.parentId]));
  const path: string[] = [];
  for (let id: string | null | undefined = entityId; id && !path.includes(id); id = parents.get(id)) path.push(id);
  return departmentId ? { entityPath: path, departmentId } : { entityPath: path };
}

/** Entities in tree order with their depth, for <select> lists that show the hierarchy. */
export function flatten<T extends Node>(entities: T[]): (T & { depth: number })[] {
  const out: (T & { depth: number })[] = [];
  const walk = (nodes: Tree<T>[], depth: number) => {
    for (const { children, ...e } of nodes) {
      out.push({ ...(e as unknown as T), depth });
      walk(children, depth + 1);
    }
  };
  walk(nest(entities), 0);
  return out;
}

export interface ScopeLookup {
  departments: Map<string, DepartmentRow>;
  entities: Map<string, EntityRow>;
}

export function scopeLookup(departments: DepartmentRow[], entities: EntityRow[]): ScopeLookup {
  return { departments: new Map(departments.map((d) => [d.id, d])), entities: new Map(entities.map((e) => [e.id, e])) };
}

export function departmentLabel(d: Pick<DepartmentRow, 'names' | 'entity'>, lang: Lang): string {
  return `${d.names[lang]} — ${d.entity.name}`;
}

/** The scope's name, or null for the whole group; `fallback` is the API's own name for it. */
export function scopeName(lookup: ScopeLookup | undefined, lang: Lang, scopeType: string, scopeId: string | null, fallback?: string | null): string | null {
  if (scopeType === 'group' || !scopeId) return null;
  if (scopeType === 'department') {
    const d = lookup?.departments.get(scopeId);
    return d ? departmentLabel(d, lang) : (fallback ?? scopeId);
  }
  return lookup?.entities.get(scopeId)?.name ?? fallback ?? scopeId;
}
