// Reading conversations: who sees what (canSeeConversation), the inbox list with its filters,
// and one conversation with its thread, notes, hand-offs and replies.
import type { Db, Queryable } from '../db/db.ts';
import { canSeeConversation, type ConversationScope, type Principal } from '../policy/policy.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { slaState } from '../inbox/sla.domain.ts';
import { pipelineContext, type PipelineContext } from './pipeline.context.ts';

export interface Visibility {
  departments: string[];
  triageChannels: string[];
  /** Departments the person belongs to: conversations shared with them are visible too. */
  memberOf: string[];
  personId: string;
}

export function visibility(p: Principal, ctx: PipelineContext): Visibility {
  const departments: string[] = [];
  for (const d of ctx.departments.values()) {
    const scope: ConversationScope = { departmentId: d.id, departmentKind: d.kind, entityPath: ctx.entityPaths.get(d.entityId) ?? [], sharedWith: [], sharedPeople: [] };
    if (canSeeConversation(p, scope, 'read')) departments.push(d.id);
  }
  const triageChannels: string[] = [];
  for (const c of ctx.channels.values()) {
    const scope: ConversationScope = { departmentId: null, departmentKind: null, entityPath: ctx.entityPaths.get(c.entityId) ?? [], sharedWith: [], sharedPeople: [] };
    if (canSeeConversation(p, scope, 'read')) triageChannels.push(c.id);
  }
  const memberOf = p.grants.filter((g) => g.scopeType === 'department' && g.scopeId).map((g) => g.scopeId!);
  return { departments, triageChannels, memberOf, personId: p.personId };
}

export interface ConversationCore {
  id: number;
  channelId: string;
  departmentId: string | null;
  sharedWith: string[];
  sharedPeople: string[];
  status: string;
  assigneeId: string | null;
  threadId: number | null;
}

export async function loadCore(q: Queryable, id: number): Promise<ConversationCore | undefined> {
  const { rows } = await q.query<any>(
    'SELECT id, channel_id, department_id, shared_with, shared_people, status, assignee_id, thread_id FROM conversations WHERE id = $1',
    [id],
  );
  const r = rows[0];
  return (
    r && {
      id: r.id,
      channelId: r.channel_id,
      departmentId: r.department_id,
      sharedWith: r.shared_with,
      sharedPeople: r.shared_people,
      status: r.status,
      assigneeId: r.assignee_id,
      threadId: r.thread_id,
    }
  );
}

export function scopeOf(c: ConversationCore, ctx: PipelineContext): ConversationScope {
  const dep = c.departmentId ? ctx.departments.get(c.departmentId) : undefined;
  const entityId = dep?.entityId ?? ctx.channels.get(c.channelId)?.entityId;
  return {
    departmentId: c.departmentId,
    departmentKind: dep?.kind ?? null,
    entityPath: entityId ? (ctx.entityPaths.get(entityId) ?? []) : [],
    sharedWith: c.sharedWith,
    sharedPeople: c.sharedPeople,
  };
}

/** Loads the thread root a conversation id belongs to and checks the person may see or work it. */
export async function authorise(db: Db, p: Principal, id: number, mode: 'read' | 'work') {
  let c = await loadCore(db, id);
  if (c?.threadId) c = await loadCore(db, c.threadId);
  const ctx = await pipelineContext(db);
  // Not found and not allowed look the same from outside: an HR conversation's id says nothing.
  if (!c || !canSeeConversation(p, scopeOf(c, ctx), 'read')) throw notFound('conversation');
  if (mode === 'work' && !canSeeConversation(p, scopeOf(c, ctx), 'work')) throw forbidden('you may read this conversation but not work on it');
  return { core: c, ctx };
}

export function slaOf(r: any, now = new Date()) {
  return {
    firstResponseDue: r.first_response_due,
    resolutionDue: r.resolution_due,
    firstResponseAt: r.first_response_at,
    resolvedAt: r.resolved_at,
    firstResponse: slaState({ due: r.first_response_due, doneAt: r.first_response_at, now, warnBeforeMinutes: 60 }),
    resolution: slaState({ due: r.resolution_due, doneAt: r.resolved_at, now, warnBeforeMinutes: 60 }),
  };
}

const department = (ctx: PipelineContext, id: string | null) => {
  const d = id ? ctx.departments.get(id) : undefined;
  return d ? { id: d.id, kind: d.kind } : null;
};

export function summaryOf(r: any, ctx: PipelineContext) {
  return {
    id: r.id,
    channel: { id: r.channel_id, name: ctx.channels.get(r.channel_id)?.name ?? null },
    externalId: r.external_id,
    author: { handle: r.author_handle, name: r.author_name, followers: r.author_followers },
    text: r.text,
    url: r.url,
    createdAt: r.created_at,
    receivedAt: r.received_at,
    lastActivityAt: r.last_activity_at,
    status: r.status,
    department: department(ctx, r.department_id),
    assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? null } : null,
    priority: r.priority,
    tags: r.tags,
    enrichment: { lang: r.lang, sentiment: r.sentiment, sentimentScore: r.sentiment_score, intent: r.intent, risk: r.risk, topics: r.topics },
    sla: slaOf(r),
    threadSize: r.thread_size ?? undefined,
  };
}
