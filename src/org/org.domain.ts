// The shape of an organisation, and what makes it healthy: every department that meets the
// public needs a social adviser of its own, or "social" falls back on a lone central team.

export const DEPARTMENT_KINDS = [
  'customer_service',
  'hr',
  'rnd',
  'communication',
  'marketing',
  'it',
  'bi',
  'legal',
  'executive',
  'other',
] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export const ENTITY_KINDS = ['country', 'subsidiary', 'region', 'brand', 'other'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Default names, used when a department is created without names and by the demo. */
export const DEPARTMENT_KIND_NAMES: Record<DepartmentKind, { fr: string; en: string }> = {
  customer_service: { fr: 'Service client / SAV', en: 'Customer service / after-sales' },
  hr: { fr: 'Ressources humaines', en: 'Human resources' },
  rnd: { fr: 'R&D / Innovation', en: 'R&D / Innovation' },
  communication: { fr: 'Communication / Relations presse', en: 'Communication / PR' },
  marketing: { fr: 'Marketing', en: 'Marketing' },
  it: { fr: 'Informatique', en: 'IT' },
  bi: { fr: 'Business intelligence', en: 'Business intelligence' },
  legal: { fr: 'Juridique', en: 'Legal' },
  executive: { fr: 'Direction générale', en: 'Executive' },
  other: { fr: 'Autre', en: 'Other' },
};

export interface ChartDepartment {
  id: string;
  kind: DepartmentKind;
  advisers: { id: string }[];
}

export interface ChartEntity {
  id: string;
  parentId: string | null;
}

export interface DepartmentHealth {
  /** No social adviser: nobody in the department is ready to manage its contact points. */
  noAdviser: boolean;
}

export function departmentHealth(d: ChartDepartment): DepartmentHealth {
  return { noAdviser: d.advisers.length === 0 };
}

/** Entities as a forest, children after their parent, so the chart renders in one pass. */
export function orderTree<T extends ChartEntity>(entities: T[]): (T & { depth: number })[] {
  const children = new Map<string | null, T[]>();
  const ids = new Set(entities.map((e) => e.id));
  for (const e of entities) {
    const parent = e.parentId && ids.has(e.parentId) ? e.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(e);
    children.set(parent, list);
  }
  const out: (T & { depth: number })[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const e of children.get(parent) ?? []) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      out.push({ ...e, depth });
      walk(e.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** Would making `parentId` the parent of `id` close a loop? `parents` maps each entity to its parent. */
export function wouldCycle(id: string, parentId: string | null, parents: Map<string, string | null>): boolean {
  for (let p = parentId, steps = 0; p; p = parents.get(p) ?? null, steps++) {
    if (p === id || steps > parents.size) return true;
  }
  return false;
}
