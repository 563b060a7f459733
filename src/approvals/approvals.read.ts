// Reading approvals: where a message stands (step by step, who decided what), what waits for me,
// and who may look. The author, the approvers and whoever may read the conversation see a request.
import type { Db } from '../db/db.ts';
import { canSeeConversation, type Principal } from '../policy/policy.ts';
import { notFound } from '../http/errors.ts';
import { loadCore, scopeOf } from '../conversations/conversations.read.ts';
import { pipelineContext } from '../conversations/pipeline.context.ts';
import * as repo from './approvals.repo.ts';
import { SUBJECTS } from './approvals.subjects.ts';
import { namedInSteps, resolveApprovers } from './approvals.domain.ts';

// Seeing every request, HR's included, is for those who see every conversation of the group.
const isOverseer = (p: Principal) => p.grants.some((g) => g.scopeType === 'group' && (g.role === 'coordinator' || g.role === 'auditor'));

async function targetFrom(db: Db, departmentId: string | null) {
  const ctx = await pipelineContext(db);
  const d = departmentId ? ctx.departments.get(departmentId) : undefined;
  return { entityPath: d ? (ctx.entityPaths.get(d.entityId) ?? []) : [], departmentId: departmentId ?? undefined };
}

async function conversationContext(db: Db, p: Principal, conversationId: number | null) {
  if (!conversationId) return { visible: false, conversation: null };
  const core = await loadCore(db, conversationId);
  if (!core) return { visible: false, conversation: null };
  const ctx = await pipelineContext(db);
  const { rows } = await db.query<any>('SELECT text, author_handle, lang FROM conversations WHERE id = $1', [core.id]);
  return {
    visible: canSeeConversation(p, scopeOf(core, ctx), 'read'),
    // The approver is asked to judge an answer: they see what it answers, whatever their department.
    conversation: { id: core.id, text: rows[0].text, author: rows[0].author_handle, lang: rows[0].lang, channel: ctx.channels.get(core.channelId)?.name ?? null },
  };
}

export async function approvalView(db: Db, p: Principal, id: number) {
  const r = await repo.getRequest(db, id);
  if (!r) throw notFound('approval request');
  const [subject, decisions, target, people, conv] = await Promise.all([
    SUBJECTS[r.subjectType].load(db, r.subjectId),
    repo.decisionsOf(db, r.id),
    targetFrom(db, r.departmentId),
    repo.candidates(db, namedInSteps(r.steps)),
    conversationContext(db, p, r.conversationId),
  ]);
  const names = new Map(people.map((c) => [c.id, c.name]));
  const steps = r.steps.map((s, i) => {
    const number = i + 1;
    const approvers = resolveApprovers(s, people, target, r.authorId);
    const mine = decisions.filter((d) => d.step === number);
    const state =
      number < r.step ? 'approved' : number === r.step ? (r.status === 'pending' ? 'current' : r.status) : r.status === 'pending' ? 'waiting' : 'skipped';
    return {
      number,
      mode: s.mode,
      source: s.source,
      approvers: approvers.map((a) => ({ id: a, name: names.get(a) ?? null })),
      state,
      decisions: mine.map((d) => ({ person: { id: d.personId, name: d.personName }, decision: d.decision, comment: d.comment, at: d.at })),
    };
  });
  const involved = steps.some((s) => s.approvers.some((a) => a.id === p.personId)) || decisions.some((d) => d.personId === p.personId);
  const postReader = r.subjectType === 'post';
  // Posts are on the shared calendar for everyone; a reply is seen by whoever may read its conversation.
  if (!(r.authorId === p.personId || involved || conv.visible || postReader)) throw notFound('approval request');
  const current = steps[r.step - 1];
  return {
    id: r.id,
    status: r.status,
    step: r.step,
    stepCount: r.steps.length,
    subject: { type: r.subjectType, id: r.subjectId, text: subject?.text ?? null, status: subject?.status ?? null, lastError: subject?.lastError ?? null },
    conversation: conv.conversation,
    author: { id: r.authorId, name: names.get(r.authorId) ?? (await authorName(db, r.authorId)) },
    reasons: r.reasons,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
    steps,
    canDecide:
      r.status === 'pending' && !!current && current.approvers.some((a) => a.id === p.personId) && !current.decisions.some((d) => d.person.id === p.personId),
  };
}

async function authorName(db: Db, id: string) {
  return (await db.query<{ name: string }>('SELECT name FROM people WHERE id = $1', [id])).rows[0]?.name ?? null;
}

/** The request of a reply, as the writer follows it from the conversation. */
/** Where a reply or a post stands: its latest approval request. */
export async function approvalOf(db: Db, p: Principal, subjectType: 'reply' | 'post', subjectId: number) {
  const r = await repo.latestForSubject(db, subjectType, subjectId);
  if (!r) throw notFound('approval request');
  return approvalView(db, p, r.id);
}

async function summaries(db: Db, rows: repo.RequestRow[]) {
  const replyIds = rows.filter((r) => r.subjectType === 'reply').map((r) => r.subjectId);
  const postIds = rows.filter((r) => r.subjectType === 'post').map((r) => r.subjectId);
  const authors = [...new Set(rows.map((r) => r.authorId))];
  const [replies, posts, people] = await Promise.all([
    replyIds.length ? db.query<any>('SELECT id, text, status FROM replies WHERE id = ANY($1::bigint[])', [replyIds]) : { rows: [] },
    postIds.length ? db.query<any>('SELECT id, title AS text, status FROM posts WHERE id = ANY($1::bigint[])', [postIds]) : { rows: [] },
    db.query<any>('SELECT id, name FROM people WHERE id = ANY($1::uuid[])', [authors]),
  ]);
  const text = new Map<string, { text: string; status: string }>([
    ...replies.rows.map((x: any) => [`reply:${x.id}`, x] as const),
    ...posts.rows.map((x: any) => [`post:${x.id}`, x] as const),
  ]);
  const names = new Map(people.rows.map((x: any) => [x.id, x.name]));
  return rows.map((r) => {
    const s = text.get(`${r.subjectType}:${r.subjectId}`);
    return {
      id: r.id,
      status: r.status,
      step: r.step,
      stepCount: r.steps.length,
      subject: { type: r.subjectType, id: r.subjectId, excerpt: s ? s.text.slice(0, 140) : null, status: s?.status ?? null },
      conversationId: r.conversationId,
      departmentId: r.departmentId,
      author: { id: r.authorId, name: names.get(r.authorId) ?? null },
      createdAt: r.createdAt,
    };
  });
}

/** What waits for my decision now: pending requests whose current step names me and that I have not decided. */
export async function waitingFor(db: Db, p: Principal) {
  const pending = await repo.pendingRequests(db);
  if (pending.length === 0) return [];
  const people = await repo.candidates(db, namedInSteps(pending.map((r) => r.steps[r.step - 1])));
  const { rows: done } = await db.query<{ request_id: number; step: number }>(
    'SELECT request_id, step FROM approval_decisions WHERE person_id = $1 AND request_id = ANY($2::bigint[])',
    [p.personId, pending.map((r) => r.id)],
  );
  const decided = new Set(done.map((d) => `${d.request_id}:${d.step}`));
  const mine: repo.RequestRow[] = [];
  for (const r of pending) {
    if (decided.has(`${r.id}:${r.step}`)) continue;
    const approvers = resolveApprovers(r.steps[r.step - 1], people, await targetFrom(db, r.departmentId), r.authorId);
    if (approvers.includes(p.personId)) mine.push(r);
  }
  return summaries(db, mine);
}

/** Requests newest first: all of them for the group's coordinator and auditor, one's own messages' otherwise. */
export async function listApprovals(db: Db, p: Principal, f: { status?: string; beforeId?: number; limit: number }) {
  const rows = await repo.listRequests(db, { ...f, limit: f.limit + 1, authorId: isOverseer(p) ? undefined : p.personId });
  const items = await summaries(db, rows.slice(0, f.limit));
  return { items, nextCursor: rows.length > f.limit ? items[items.length - 1].id : null };
}
