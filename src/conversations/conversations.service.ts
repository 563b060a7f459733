// The inbox list and the conversation page.
import type { Db } from '../db/db.ts';
import type { Principal } from '../policy/policy.ts';
import { forbidden } from '../http/errors.ts';
import { pipelineContext } from './pipeline.context.ts';
import { authorise, summaryOf, visibility } from './conversations.read.ts';
import { suggestionFor } from '../routing/routing-model.service.ts';

export interface InboxFilter {
  /** A department id, or 'triage' for the coordinator's queue of unrouted conversations. */
  department?: string;
  status?: string[];
  intent?: string[];
  sentiment?: string[];
  lang?: string[];
  sla?: 'breached' | 'at_risk' | 'on_time';
  /** 'me', 'none' or a person id. */
  assignee?: string;
  topic?: string;
  q?: string;
  beforeId?: number;
  limit: number;
}

const AT_RISK_MINUTES = 60;

export async function listInbox(db: Db, p: Principal, f: InboxFilter) {
  const ctx = await pipelineContext(db);
  const v = visibility(p, ctx);
  const where: string[] = ['c.thread_id IS NULL'];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    let s = sql;
    for (const value of values) {
      params.push(value);
      s = s.replace('?', `$${params.length}`);
    }
    where.push(s);
  };
  if (f.department === 'triage') {
    if (v.triageChannels.length === 0) throw forbidden('the triage queue is for coordinators');
    add('c.department_id IS NULL AND c.channel_id = ANY(?)', v.triageChannels);
  } else if (f.department) {
    const shared = !v.departments.includes(f.department);
    if (shared && !v.memberOf.includes(f.department)) throw forbidden('you cannot see this department’s inbox');
    // A department's inbox shows what it owns; a member also sees what was shared with it.
    if (shared) add('? = ANY(c.shared_with)', f.department);
    else add('c.department_id = ?', f.department);
  } else {
    add(
      '(c.department_id = ANY(?) OR (c.department_id IS NULL AND c.channel_id = ANY(?)) OR c.shared_with && ?::uuid[] OR ? = ANY(c.shared_people))',
      v.departments,
      v.triageChannels,
      v.memberOf,
      v.personId,
    );
  }
  if (f.status?.length) add('c.status = ANY(?)', f.status);
  if (f.intent?.length) add('c.intent = ANY(?)', f.intent);
  if (f.sentiment?.length) add('c.sentiment = ANY(?)', f.sentiment);
  if (f.lang?.length) add('c.lang = ANY(?)', f.lang);
  if (f.assignee === 'me') add('c.assignee_id = ?', p.personId);
  else if (f.assignee === 'none') where.push('c.assignee_id IS NULL');
  else if (f.assignee) add('c.assignee_id = ?', f.assignee);
  if (f.topic) add('? = ANY(c.topics)', f.topic);
  if (f.sla === 'breached') {
    where.push('((c.first_response_at IS NULL AND c.first_response_due < now()) OR (c.resolved_at IS NULL AND c.resolution_due < now()))');
  } else if (f.sla === 'at_risk') {
    where.push(`((c.first_response_at IS NULL AND c.first_response_due BETWEEN now() AND now() + interval '${AT_RISK_MINUTES} minutes')
             OR (c.resolved_at IS NULL AND c.resolution_due BETWEEN now() AND now() + interval '${AT_RISK_MINUTES} minutes'))`);
  } else if (f.sla === 'on_time') {
    where.push('NOT ((c.first_response_at IS NULL AND c.first_response_due < now()) OR (c.resolved_at IS NULL AND c.resolution_due < now()))');
  }
  if (f.q) {
    // The text is indexed in its own language; the query is read both ways.
    add("(c.search @@ websearch_to_tsquery('french', ?) OR c.search @@ websearch_to_tsquery('english', ?))", f.q, f.q);
  }
  if (f.beforeId) add('c.id < ?', f.beforeId);
  params.push(f.limit + 1);
  const { rows } = await db.query<any>(
    `SELECT c.*, p.name AS assignee_name FROM conversations c LEFT JOIN people p ON p.id = c.assignee_id
      WHERE ${where.join(' AND ')} ORDER BY c.id DESC LIMIT $${params.length}`,
    params,
  );
  const items = rows.slice(0, f.limit).map((r) => summaryOf(r, ctx));
  return { items, nextCursor: rows.length > f.limit ? items[items.length - 1].id : null };
}

export async function getConversation(db: Db, p: Principal, id: number) {
  const { core, ctx } = await authorise(db, p, id, 'read');
  const [root, thread, notes, handoffs, replies] = await Promise.all([
    db.query<any>('SELECT c.*, p.name AS assignee_name FROM conversations c LEFT JOIN people p ON p.id = c.assignee_id WHERE c.id = $1', [core.id]),
    db.query<any>('SELECT * FROM conversations WHERE thread_id = $1 ORDER BY id', [core.id]),
    db.query<any>('SELECT n.id, n.text, n.mentions, n.created_at, p.id AS author_id, p.name AS author_name FROM notes n JOIN people p ON p.id = n.author_id WHERE n.conversation_id = $1 ORDER BY n.id', [core.id]),
    db.query<any>('SELECT h.id, h.from_department_id, h.to_department_id, h.reason, h.created_at, p.name AS by_name FROM handoffs h JOIN people p ON p.id = h.by_id WHERE h.conversation_id = $1 ORDER BY h.id', [core.id]),
    db.query<any>('SELECT r.id, r.text, r.status, r.attempts, r.last_error, r.created_at, r.sent_at, r.guideline_check, p.name AS author_name FROM replies r JOIN people p ON p.id = r.author_id WHERE r.conversation_id = $1 ORDER BY r.id', [core.id]),
  ]);
  const r = root.rows[0];
  const ch = ctx.channels.get(r.channel_id);
  // What the learned model would say, even when a rule or a person placed the conversation.
  const suggestion = await suggestionFor(db, r.text);
  return {
    ...summaryOf(r, ctx),
    channel: { id: r.channel_id, name: ch?.name ?? null, kind: ch?.kind ?? null },
    enrichment: { ...summaryOf(r, ctx).enrichment, ...(r.enrichment ?? {}) },
    routing: { reason: r.routing?.text ?? null, ...r.routing, suggestion },
    sharedWith: r.shared_with,
    requested: id,
    thread: thread.rows.map((t) => ({
      id: t.id,
      externalId: t.external_id,
      author: { handle: t.author_handle, name: t.author_name },
      text: t.text,
      createdAt: t.created_at,
      enrichment: { lang: t.lang, sentiment: t.sentiment, intent: t.intent, risk: t.risk },
    })),
    notes: notes.rows.map((n) => ({ id: n.id, text: n.text, mentions: n.mentions, createdAt: n.created_at, author: { id: n.author_id, name: n.author_name } })),
    handoffs: handoffs.rows.map((h) => ({
      id: h.id,
      from: h.from_department_id,
      to: h.to_department_id,
      reason: h.reason,
      createdAt: h.created_at,
      by: h.by_name,
    })),
    replies: replies.rows.map((x) => ({
      id: x.id,
      text: x.text,
      status: x.status,
      attempts: x.attempts,
      lastError: x.last_error,
      createdAt: x.created_at,
      sentAt: x.sent_at,
      author: x.author_name,
      guidelineCheck: x.guideline_check,
    })),
  };
}
