// What the ingest pipeline needs to know of the organisation, loaded once and kept for a short
// while: rules, listening queries, departments, channels and advisers. Batches of thousands of
// items then cost no per-item query. Services that change any of it call invalidate().
import type { Db } from '../db/db.ts';
import { compileRules, type CompiledRule, type RoutingRule, type OrgShape } from '../routing/routing.domain.ts';
import { parseQuery, type CompiledQuery } from '../understanding/listening-query.ts';
import { DEFAULT_BUSINESS_HOURS, type BusinessHours } from '../inbox/sla.domain.ts';

export interface ChannelInfo {
  id: string;
  name: string;
  kind: 'api' | 'feed' | 'import';
  departmentId: string;
  entityId: string;
  active: boolean;
  config: Record<string, any>;
}

export interface DepartmentInfo {
  id: string;
  kind: string;
  entityId: string;
  slaFirstResponseMinutes: number;
  slaResolutionMinutes: number;
  autoAssign: boolean;
}

export interface PipelineContext {
  rules: CompiledRule[];
  queries: CompiledQuery<string>[];
  org: OrgShape;
  departments: Map<string, DepartmentInfo>;
  entityPaths: Map<string, string[]>;
  businessHours: Map<string, BusinessHours>;
  channels: Map<string, ChannelInfo>;
  channelsByName: Map<string, ChannelInfo>;
  loadedAt: number;
}

const TTL_MS = 2000;
let cached: { db: Db; ctx: Promise<PipelineContext> } | undefined;

export function invalidate(): void {
  cached = undefined;
}

export function pipelineContext(db: Db): Promise<PipelineContext> {
  if (cached && cached.db === db) {
    const c = cached;
    return c.ctx.then((ctx) => (Date.now() - ctx.loadedAt < TTL_MS ? ctx : reload(db)));
  }
  return reload(db);
}

function reload(db: Db): Promise<PipelineContext> {
  const ctx = load(db);
  cached = { db, ctx };
  ctx.catch(() => invalidate());
  return ctx;
}

async function load(db: Db): Promise<PipelineContext> {
  const [rules, queries, departments, entities, channels] = await Promise.all([
    db.query<any>('SELECT id, position, name, enabled, conditions, actions, version, is_default AS "isDefault" FROM routing_rules'),
    db.query<any>('SELECT id, name, query FROM listening_queries WHERE enabled'),
    db.query<any>('SELECT id, kind, entity_id, sla_first_response_minutes, sla_resolution_minutes, auto_assign FROM departments'),
    db.query<any>('SELECT id, parent_id, timezone, business_hours FROM entities'),
    db.query<any>('SELECT c.id, c.name, c.kind, c.department_id, d.entity_id, c.active, c.config FROM channels c JOIN departments d ON d.id = c.department_id'),
  ]);
  const parents = new Map(entities.rows.map((e) => [e.id as string, e.parent_id as string | null]));
  const entityPaths = new Map<string, string[]>();
  for (const id of parents.keys()) {
    const path: string[] = [];
    for (let p: string | null = id; p && path.length < 50; p = parents.get(p) ?? null) path.push(p);
    entityPaths.set(id, path);
  }
  const businessHours = new Map<string, BusinessHours>(
    entities.rows.map((e) => [e.id, e.business_hours ?? { ...DEFAULT_BUSINESS_HOURS, timezone: e.timezone }]),
  );
  const compiledQueries: CompiledQuery<string>[] = [];
  for (const q of queries.rows) {
    try {
      compiledQueries.push({ id: q.id, name: q.name, ast: parseQuery(q.query) });
    } catch {
      // Saved queries were parsed when saved; one that no longer parses is skipped, not fatal.
    }
  }
  const deps = departments.rows.map(
    (d): DepartmentInfo => ({
      id: d.id,
      kind: d.kind,
      entityId: d.entity_id,
      slaFirstResponseMinutes: d.sla_first_response_minutes,
      slaResolutionMinutes: d.sla_resolution_minutes,
      autoAssign: d.auto_assign,
    }),
  );
  const chans = channels.rows.map(
    (c): ChannelInfo => ({ id: c.id, name: c.name, kind: c.kind, departmentId: c.department_id, entityId: c.entity_id, active: c.active, config: c.config ?? {} }),
  );
  return {
    rules: compileRules(rules.rows as RoutingRule[]),
    queries: compiledQueries,
    org: { departments: deps.map((d) => ({ id: d.id, kind: d.kind, entityId: d.entityId })) },
    departments: new Map(deps.map((d) => [d.id, d])),
    entityPaths,
    businessHours,
    channels: new Map(chans.map((c) => [c.id, c])),
    channelsByName: new Map(chans.map((c) => [c.name, c])),
    loadedAt: Date.now(),
  };
}
