// Replies: composed in Relais, checked, then queued for the channel's connector to send.
import type { Db } from '../db/db.ts';
import type { Principal } from '../policy/policy.ts';
import { record } from '../audit/audit.repo.ts';
import { HttpError } from '../http/errors.ts';
import type { EventBus } from '../events/bus.ts';
import { authorise } from '../conversations/conversations.read.ts';
import { getChannel } from '../channels/channels.repo.ts';
import { capabilities } from '../channels/connectors.ts';
import { allowAll, type OutgoingChecker } from './outgoing.check.ts';
import { openApproval } from '../approvals/approvals.service.ts';

export interface ReplyDeps {
  db: Db;
  bus?: EventBus;
  checkOutgoing?: OutgoingChecker;
}

export async function createReply(deps: ReplyDeps, p: Principal, conversationId: number, text: string) {
  const { db } = deps;
  const { core } = await authorise(db, p, conversationId, 'work');
  const channel = (await getChannel(db, core.channelId))!;
  if (!capabilities(channel).reply) {
    throw new HttpError(409, 'channel_cannot_send', `the channel "${channel.name}" cannot send replies: answer on the network itself`);
  }
  const { rows: conv } = await db.query<{ lang: string }>('SELECT lang FROM conversations WHERE id = $1', [core.id]);
  const check = await (deps.checkOutgoing ?? allowAll)({
    text,
    contentType: 'reply',
    channelId: channel.id,
    departmentId: core.departmentId,
    conversationLang: conv[0]?.lang,
    authorId: p.personId,
  });
  if (check.verdict === 'blocked') throw new HttpError(422, 'blocked_by_guidelines', 'the reply breaks a guideline', check.findings);
  const status = check.verdict === 'needs_approval' ? 'pending_approval' : 'queued';
  const reply = await db.tx(async (q) => {
    const { rows } = await q.query<{ id: number; created_at: Date }>(
      'INSERT INTO replies (conversation_id, author_id, text, status, guideline_check) VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at',
      [core.id, p.personId, text, status, JSON.stringify(check)],
    );
    // The first answer stops the first-response clock; the thread now waits on the customer.
    await q.query(
      `UPDATE conversations SET first_response_at = COALESCE(first_response_at, now()), last_activity_at = now(),
              status = CASE WHEN status IN ('new', 'open') THEN 'waiting' ELSE status END WHERE id = $1`,
      [core.id],
    );
    await record(q, p, 'reply.create', { type: 'conversation', id: String(core.id) }, null, { replyId: rows[0].id, text, status, verdict: check.verdict });
    // In the same transaction: a reply never waits without a request someone can decide on.
    const approval =
      status === 'pending_approval'
        ? await openApproval(q, p, { subjectType: 'reply', subjectId: rows[0].id, authorId: p.personId, departmentId: core.departmentId, conversationId: core.id, checks: [check] })
        : null;
    return { id: rows[0].id, status, createdAt: rows[0].created_at, check, approval };
  });
  deps.bus?.publish([{ type: 'reply.updated', conversationId: core.id, departmentId: core.departmentId }]);
  return reply;
}
