// Ingest: receive → normalise → understand → route → assign → store, for a batch at a time.
// Idempotent on (channel, external id): a duplicate returns the stored item. Everything a batch
// decides is written in one transaction, so an item the API acknowledged is complete, and an
// item it did not acknowledge is absent and can be sent again.
import type { Db } from '../db/db.ts';
import { record, type Actor } from '../audit/audit.repo.ts';
import { BuiltinUnderstander, type Understander } from '../understanding/understanding.ts';
import { route, type RoutingDecision } from '../routing/routing.domain.ts';
import { learnedRoute, type ActiveModel } from '../routing/routing-model.domain.ts';
import { loadActiveModel } from '../routing/routing-model.service.ts';
import { slaDue } from '../inbox/sla.domain.ts';
import { assignNext, type AdviserLoad } from '../inbox/assignment.domain.ts';
import type { EventBus, InboxEvent } from '../events/bus.ts';
import { pipelineContext, type ChannelInfo, type PipelineContext } from './pipeline.context.ts';
import * as repo from './conversations.repo.ts';

export interface IngestItem {
  externalId: string;
  author: { handle: string; name?: string; followers?: number };
  text: string;
  url?: string;
  createdAt: string;
  inReplyTo?: string;
}

export interface IngestOutcome {
  externalId: string;
  id: number;
  duplicate: boolean;
}

const builtin = new BuiltinUnderstander();

export interface IngestDeps {
  db: Db;
  bus?: EventBus;
  understander?: Understander;
  now?: () => Date;
}

function handleOf(s: string) {
  return s.trim().replace(/^@/, '').toLowerCase();
}

/** The pure part for one root item: what it says and where it goes (the learned model, if any, included). */
export function decide(ctx: PipelineContext, channel: ChannelInfo, item: IngestItem, understander: Understander, learned?: ActiveModel | null) {
  const e = understander.understand({ text: item.text, authorFollowers: item.author.followers, queries: ctx.queries });
  const decision: RoutingDecision = route(
    ctx.rules,
    {
      lang: e.lang,
      sentiment: e.sentiment,
      intent: e.intent,
      risk: e.risk,
      topics: e.topics,
      channelId: channel.id,
      channelEntityPath: ctx.entityPaths.get(channel.entityId) ?? [channel.entityId],
      text: item.text,
      model: e.model,
      intentScores: e.intentScores,
      learned: learned ? () => learnedRoute(learned, item.text) : undefined,
    },
    ctx.org,
  );
  return { enrichment: e, decision };
}

export async function ingestBatch(deps: IngestDeps, channelId: string, items: IngestItem[], actor: Actor): Promise<IngestOutcome[]> {
  const { db } = deps;
  const understander = deps.understander ?? builtin;
  const now = deps.now?.() ?? new Date();
  const [ctx, learned] = await Promise.all([pipelineContext(db), loadActiveModel(db)]);
  const channel = ctx.channels.get(channelId);
  if (!channel) throw new Error(`unknown channel ${channelId}`);
  const ownHandle = channel.config.ownHandle ? handleOf(String(channel.config.ownHandle)) : undefined;

  // Within a batch the first copy of an external id wins; later copies are duplicates of it.
  const unique = new Map<string, IngestItem>();
  for (const it of items) if (!unique.has(it.externalId)) unique.set(it.externalId, it);
  const ids = [...unique.keys()];
  const parents = [...new Set([...unique.values()].map((i) => i.inReplyTo).filter((x): x is string => !!x && !unique.has(x)))];

  const events: InboxEvent[] = [];
  const stored = await db.tx(async (q) => {
    const existing = await repo.findByExternalIds(q, channel.id, [...ids, ...parents]);
    const fresh = [...unique.values()].filter((i) => !existing.has(i.externalId));
    if (fresh.length === 0) return { known: existing, created: new Set<string>() };

    // Items answering something already stored, or answering an item of this batch, join its thread.
    const roots: IngestItem[] = [];
    const followUps: IngestItem[] = [];
    for (const it of fresh) (it.inReplyTo && (existing.has(it.inReplyTo) || unique.has(it.inReplyTo)) ? followUps : roots).push(it);

    const routed = roots.map((it) => ({ it, ...decide(ctx, channel, it, understander, learned) }));
    const departmentIds = [...new Set(routed.map((r) => r.decision.departmentId).filter((d): d is string => !!d && !!ctx.departments.get(d)?.autoAssign))];
    const loads = new Map<string, AdviserLoad[]>();
    for (const l of await repo.adviserLoads(q, departmentIds)) {
      const list = loads.get(l.department_id) ?? [];
      list.push({ id: l.id, available: l.available, capacity: l.capacity, open: l.open, lastPick: 0 });
      loads.set(l.department_id, list);
    }

    const rows: repo.NewConversationRow[] = [];
    // A batch shares one arrival time: the deadlines of a department are computed once.
    const dues = new Map<string, ReturnType<typeof slaDue>>();
    let turn = 0;
    for (const { it, enrichment: e, decision } of routed) {
      const own = ownHandle !== undefined && handleOf(it.author.handle) === ownHandle;
      // Our own messages coming back through a feed are the organisation speaking: stored, never routed (loop guard).
      const departmentId = own ? channel.departmentId : decision.departmentId;
      const dep = departmentId ? ctx.departments.get(departmentId) : undefined;
      const entityId = dep?.entityId ?? channel.entityId;
      const hours = ctx.businessHours.get(entityId)!;
      let due: ReturnType<typeof slaDue> | undefined;
      if (dep && !own) {
        const firstResponseMinutes = decision.slaFirstResponseMinutes ?? dep.slaFirstResponseMinutes;
        const key = `${dep.id}|${firstResponseMinutes}`;
        due = dues.get(key);
        if (!due) {
          due = slaDue(now, { firstResponseMinutes, resolutionMinutes: dep.slaResolutionMinutes, businessHoursOnly: true }, hours);
          dues.set(key, due);
        }
      }
      const assignee = dep && !own && dep.autoAssign ? assignNext(loads.get(dep.id) ?? [], ++turn) : null;
      rows.push(row(channel, it, null, {
        status: own ? 'resolved' : 'new',
        department_id: departmentId,
        assignee_id: assignee,
        priority: decision.priority,
        tags: decision.tags,
        enrichment: e,
        routing: own ? { kind: 'own', text: 'sent by the organisation itself: not routed' } : decision.reason,
        first_response_due: due?.firstResponseDue.toISOString() ?? null,
        resolution_due: due?.resolutionDue.toISOString() ?? null,
      }));
    }
    const inserted = await repo.insertBatch(q, rows);
    const created = new Set(inserted.keys());

    // Follow-ups take the thread's department and adviser; the thread comes back to the top.
    const known = new Map(existing);
    const rowByExt = new Map(rows.map((r) => [r.external_id, r]));
    for (const [ext, id] of inserted) {
      const r = rowByExt.get(ext)!;
      known.set(ext, { id, rootId: id, departmentId: r.department_id, assigneeId: r.assignee_id });
    }
    const followRows: repo.NewConversationRow[] = [];
    const touched = new Set<number>();
    const pending = [...followUps];
    // A chain inside one batch (c answers b answers a) resolves in as many passes as it is deep.
    for (let pass = 0; pending.length > 0 && pass < 20; pass++) {
      const ready = pending.filter((it) => known.has(it.inReplyTo!));
      if (ready.length === 0) break;
      const batchRows = ready.map((it) => {
        const parent = known.get(it.inReplyTo!)!;
        const e = understander.understand({ text: it.text, authorFollowers: it.author.followers, queries: ctx.queries });
        touched.add(parent.rootId);
        return row(channel, it, parent.rootId, {
          status: 'new',
          department_id: parent.departmentId,
          assignee_id: parent.assigneeId,
          priority: 'normal',
          tags: [],
          enrichment: e,
          routing: { kind: 'thread', text: 'follow-up in an existing thread' },
          first_response_due: null,
          resolution_due: null,
        });
      });
      const ins = await repo.insertBatch(q, batchRows);
      for (const ext of ins.keys()) created.add(ext);
      for (const r of batchRows) {
        const parent = known.get(r.in_reply_to!)!;
        const id = ins.get(r.external_id);
        if (id) known.set(r.external_id, { id, rootId: parent.rootId, departmentId: parent.departmentId, assigneeId: parent.assigneeId });
      }
      followRows.push(...batchRows);
      for (const it of ready) pending.splice(pending.indexOf(it), 1);
    }
    await repo.touchThreads(q, [...touched]);
    // Another process may have stored some of these in the meantime: read back what is missing.
    const missing = ids.filter((x) => !known.has(x));
    for (const [k, v] of await repo.findByExternalIds(q, channel.id, missing)) known.set(k, v);

    const count = inserted.size + followRows.length;
    if (count > 0) {
      await record(q, actor, 'conversation.ingest', { type: 'channel', id: channel.id }, null, { inserted: count, received: items.length });
    }
    for (const [ext, id] of inserted) {
      events.push({ type: 'conversation.created', conversationId: id, departmentId: rowByExt.get(ext)!.department_id });
    }
    for (const rootId of touched) events.push({ type: 'conversation.updated', conversationId: rootId, departmentId: [...known.values()].find((k) => k.id === rootId)?.departmentId ?? null });
    return { known, created };
  });
  deps.bus?.publish(events);

  // The first copy of an item this call stored is new; anything else was already there.
  const seen = new Set<string>();
  return items.map((it) => {
    const s = stored.known.get(it.externalId);
    if (!s) throw new Error(`item ${it.externalId} was neither stored nor found`);
    const duplicate = seen.has(it.externalId) || !stored.created.has(it.externalId);
    seen.add(it.externalId);
    return { externalId: it.externalId, id: s.id, duplicate };
  });
}

function row(
  channel: ChannelInfo,
  it: IngestItem,
  threadId: number | null,
  r: Pick<repo.NewConversationRow, 'status' | 'department_id' | 'assignee_id' | 'priority' | 'tags' | 'routing' | 'first_response_due' | 'resolution_due'> & {
    enrichment: ReturnType<Understander['understand']>;
  },
): repo.NewConversationRow {
  const e = r.enrichment;
  return {
    channel_id: channel.id,
    external_id: it.externalId,
    thread_id: threadId,
    in_reply_to: it.inReplyTo ?? null,
    author_handle: it.author.handle,
    author_name: it.author.name ?? null,
    author_followers: it.author.followers ?? null,
    text: it.text,
    url: it.url ?? null,
    created_at: it.createdAt,
    status: r.status,
    department_id: r.department_id,
    assignee_id: r.assignee_id,
    priority: r.priority,
    tags: r.tags,
    lang: e.lang,
    sentiment: e.sentiment,
    sentiment_score: e.sentimentScore,
    intent: e.intent,
    risk: e.risk,
    topics: e.topics,
    enrichment: { intentScores: e.intentScores, riskFactors: e.riskFactors, model: e.model },
    routing: r.routing,
    first_response_due: r.first_response_due,
    resolution_due: r.resolution_due,
  };
}
