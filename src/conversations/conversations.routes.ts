import { Type } from 'typebox';
import type { App, Ctx } from '../http/types.ts';
import { literals, Uuid } from '../http/types.ts';
import { principalOf } from '../http/auth.plugin.ts';
import { badRequest, forbidden, HttpError } from '../http/errors.ts';
import { can, canSeeConversation } from '../policy/policy.ts';
import { departmentTarget } from '../org/org.repo.ts';
import { ingestBatch, type IngestItem } from './ingest.service.ts';
import { pipelineContext } from './pipeline.context.ts';
import { getConversation, listInbox } from './conversations.service.ts';
import { addNote, handOff, handoffStats, share, updateConversation } from './conversations.actions.ts';
import { createReply } from '../replies/replies.service.ts';
import { loadCore, scopeOf } from './conversations.read.ts';

const STATUS = literals(['new', 'open', 'waiting', 'resolved'] as const);
const ConvParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const IncomingItem = Type.Object(
  {
    channel: Type.String({ minLength: 1, maxLength: 100, description: 'channel name or id' }),
    externalId: Type.String({ minLength: 1, maxLength: 300 }),
    author: Type.Object({
      handle: Type.String({ minLength: 1, maxLength: 200 }),
      name: Type.Optional(Type.String({ maxLength: 300 })),
      followers: Type.Optional(Type.Integer({ minimum: 0 })),
    }),
    text: Type.String({ minLength: 1, maxLength: 20000 }),
    url: Type.Optional(Type.String({ format: 'uri', maxLength: 2000 })),
    createdAt: Type.String({ format: 'date-time' }),
    inReplyTo: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
  },
  { additionalProperties: false },
);

const csv = (s?: string) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : undefined);

export function conversationsRoutes(app: App, { db, bus, governance }: Ctx) {
  const deps = { db, bus };

  app.post(
    '/api/conversations',
    {
      config: { action: 'conversations.ingest' },
      schema: {
        tags: ['conversations'],
        summary: 'Push one item or a batch of up to 1,000; idempotent on (channel, externalId)',
        body: Type.Union([IncomingItem, Type.Array(IncomingItem, { minItems: 1, maxItems: 1000 })]),
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const batch = Array.isArray(req.body) ? req.body : [req.body];
      const ctx = await pipelineContext(db);
      const byChannel = new Map<string, { index: number; item: IngestItem }[]>();
      for (const [index, it] of batch.entries()) {
        const channel = ctx.channelsByName.get(it.channel) ?? ctx.channels.get(it.channel);
        if (!channel) throw badRequest(`unknown channel "${it.channel}"`, [{ field: `${index}.channel`, message: 'no such channel' }]);
        if (!channel.active) throw new HttpError(409, 'channel_inactive', `the channel "${channel.name}" is not active`);
        const list = byChannel.get(channel.id) ?? [];
        const { channel: _c, ...item } = it;
        list.push({ index, item });
        byChannel.set(channel.id, list);
      }
      for (const channelId of byChannel.keys()) {
        const c = ctx.channels.get(channelId)!;
        if (!can(p, 'conversations.ingest', await departmentTarget(db, c.departmentId))) throw forbidden(`you cannot push items into "${c.name}"`);
      }
      const results: { externalId: string; id: number; duplicate: boolean }[] = new Array(batch.length);
      for (const [channelId, entries] of byChannel) {
        const out = await ingestBatch(deps, channelId, entries.map((e) => e.item), p);
        entries.forEach((e, i) => (results[e.index] = out[i]));
      }
      const inserted = results.filter((r) => !r.duplicate).length;
      if (!Array.isArray(req.body)) {
        reply.status(results[0].duplicate ? 200 : 201);
        return results[0];
      }
      return { inserted, duplicates: results.length - inserted, results };
    },
  );

  app.get(
    '/api/conversations',
    {
      config: { action: 'conversations.read' },
      schema: {
        tags: ['conversations'],
        summary: 'An inbox: filters, full-text search, keyset pagination (cursor = last id)',
        querystring: Type.Object({
          department: Type.Optional(Type.Union([Uuid, Type.Literal('triage')])),
          status: Type.Optional(Type.String({ maxLength: 100 })),
          intent: Type.Optional(Type.String({ maxLength: 200 })),
          sentiment: Type.Optional(Type.String({ maxLength: 100 })),
          lang: Type.Optional(Type.String({ maxLength: 50 })),
          sla: Type.Optional(literals(['breached', 'at_risk', 'on_time'] as const)),
          assignee: Type.Optional(Type.Union([Uuid, Type.Literal('me'), Type.Literal('none')])),
          topic: Type.Optional(Uuid),
          q: Type.Optional(Type.String({ maxLength: 300 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
          cursor: Type.Optional(Type.Integer({ minimum: 1 })),
        }),
      },
    },
    (req) => {
      const f = req.query;
      return listInbox(db, principalOf(req), {
        department: f.department,
        status: csv(f.status),
        intent: csv(f.intent),
        sentiment: csv(f.sentiment),
        lang: csv(f.lang),
        sla: f.sla,
        assignee: f.assignee,
        topic: f.topic,
        q: f.q?.trim() || undefined,
        beforeId: f.cursor,
        limit: f.limit ?? 50,
      });
    },
  );

  app.get('/api/conversations/:id', { config: { action: 'conversations.read' }, schema: { tags: ['conversations'], params: ConvParams } }, (req) =>
    getConversation(db, principalOf(req), req.params.id),
  );

  app.patch(
    '/api/conversations/:id',
    {
      config: { action: 'conversations.work' },
      schema: {
        tags: ['conversations'],
        params: ConvParams,
        body: Type.Object(
          {
            status: Type.Optional(STATUS),
            assigneeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
            priority: Type.Optional(literals(['low', 'normal', 'high', 'urgent'] as const)),
            tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 20 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (req) => {
      await updateConversation(deps, principalOf(req), req.params.id, req.body);
      return getConversation(db, principalOf(req), req.params.id);
    },
  );

  app.post(
    '/api/conversations/:id/notes',
    {
      // Anyone who answers the public may note, including a person mentioned from another department.
      config: { action: 'conversations.work' },
      schema: {
        tags: ['conversations'],
        params: ConvParams,
        body: Type.Object(
          { text: Type.String({ minLength: 1, maxLength: 5000 }), mentions: Type.Optional(Type.Array(Uuid, { maxItems: 20 })) },
          { additionalProperties: false },
        ),
      },
    },
    async (req, reply) => {
      reply.status(201);
      return addNote(deps, principalOf(req), req.params.id, req.body.text, req.body.mentions ?? []);
    },
  );

  app.post(
    '/api/conversations/:id/handoff',
    {
      config: { action: 'conversations.work' },
      schema: {
        tags: ['conversations'],
        summary: 'Hand the conversation off to another department, with a reason',
        params: ConvParams,
        body: Type.Object({ departmentId: Uuid, reason: Type.String({ minLength: 3, maxLength: 1000 }) }, { additionalProperties: false }),
      },
    },
    (req) => handOff(deps, principalOf(req), req.params.id, req.body.departmentId, req.body.reason),
  );

  app.post(
    '/api/conversations/:id/share',
    {
      config: { action: 'conversations.work' },
      schema: { tags: ['conversations'], params: ConvParams, body: Type.Object({ departmentId: Uuid }, { additionalProperties: false }) },
    },
    async (req, reply) => {
      await share(deps, principalOf(req), req.params.id, req.body.departmentId);
      reply.status(204).send();
    },
  );

  app.post(
    '/api/conversations/:id/replies',
    {
      config: { action: 'conversations.work' },
      schema: { tags: ['conversations'], params: ConvParams, body: Type.Object({ text: Type.String({ minLength: 1, maxLength: 10000 }) }, { additionalProperties: false }) },
    },
    async (req, reply) => {
      reply.status(201);
      return createReply({ db, bus, checkOutgoing: governance?.checkOutgoing }, principalOf(req), req.params.id, req.body.text);
    },
  );

  app.get('/api/handoffs/stats', { config: { action: 'conversations.read' }, schema: { tags: ['conversations'], summary: 'Hand-offs counted per pair of departments' } }, () =>
    handoffStats(db),
  );

  app.get('/api/notifications', { config: { action: 'self.manage' }, schema: { tags: ['conversations'] } }, async (req) => {
    const { rows } = await db.query<any>(
      'SELECT id, kind, conversation_id, text, created_at, read_at FROM notifications WHERE person_id = $1 ORDER BY id DESC LIMIT 50',
      [principalOf(req).personId],
    );
    return rows.map((r) => ({ id: r.id, kind: r.kind, conversationId: r.conversation_id, text: r.text, createdAt: r.created_at, readAt: r.read_at }));
  });

  app.post('/api/notifications/read', { config: { action: 'self.manage' }, schema: { tags: ['conversations'] } }, async (req, reply) => {
    await db.query('UPDATE notifications SET read_at = now() WHERE person_id = $1 AND read_at IS NULL', [principalOf(req).personId]);
    reply.status(204).send();
  });

  // Server-sent events: the inbox refreshes when something it shows changes. Each event is checked
  // against what the person may read before it is sent.
  app.get('/api/events', { config: { action: 'conversations.read' }, schema: { tags: ['conversations'], hide: true } }, (req, reply) => {
    const p = principalOf(req);
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    reply.raw.write(': connected\n\n');
    const unsubscribe = bus.subscribe(async (e) => {
      const core = await loadCore(db, e.conversationId).catch(() => undefined);
      if (!core) return;
      const ctx = await pipelineContext(db);
      if (!canSeeConversation(p, scopeOf(core, ctx), 'read')) return;
      reply.raw.write(`event: ${e.type}\ndata: ${JSON.stringify({ conversationId: e.conversationId, departmentId: e.departmentId, previousDepartmentId: e.previousDepartmentId ?? null })}\n\n`);
    });
    const ping = setInterval(() => reply.raw.write(': ping\n\n'), 25_000);
    req.raw.on('close', () => {
      clearInterval(ping);
      unsubscribe();
    });
  });
}


