// The approval workflow: a message on hold gets a request whose steps come from the matching
// policies (plus PR during a freeze, plus a coordinator for reasons no policy covers); approvers
// of the current step decide; the last approval releases the message, a rejection stops it.
import type { Db, Queryable } from '../db/db.ts';
import type { Principal } from '../policy/policy.ts';
import type { EventBus } from '../events/bus.ts';
import type { OutgoingCheck } from '../replies/outgoing.check.ts';
import { record, type Actor } from '../audit/audit.repo.ts';
import { forbidden, HttpError, notFound } from '../http/errors.ts';
import { departmentTarget } from '../org/org.repo.ts';
import { freezesCovering } from '../freeze/freeze.repo.ts';
import * as repo from './approvals.repo.ts';
import { SUBJECTS } from './approvals.subjects.ts';
import {
  namedInSteps, planSteps, resolveApprovers, stepState,
  type Approver, type CheckSummary, type PlannedStep, type Step,
} from './approvals.domain.ts';

// ---- In-app notifications, each in its reader's language ----------------------------------
type Locale = 'fr' | 'en';

const excerpt = (text: string, max = 80) => (text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text);

const NOUN = { reply: { fr: 'Réponse', en: 'Reply' }, post: { fr: 'Publication', en: 'Post' } } as const;

interface Subject {
  type: 'reply' | 'post';
  text: string;
  conversationId: number | null;
}

async function insert(q: Queryable, personIds: string[], kind: string, conversationId: number | null, text: (l: Locale) => string) {
  if (personIds.length === 0) return;
  const { rows } = await q.query<{ id: string; locale: Locale }>('SELECT id, locale FROM people WHERE id = ANY($1::uuid[])', [personIds]);
  for (const r of rows) {
    await q.query('INSERT INTO notifications (person_id, kind, conversation_id, text) VALUES ($1, $2, $3, $4)', [r.id, kind, conversationId, text(r.locale)]);
  }
}

/** Tells the approvers of a step that a message waits for them. */
function notifyApprovers(q: Queryable, to: string[], s: Subject & { authorName: string; step: number; of: number; requestId: number }) {
  return insert(q, to, 'approval_request', s.conversationId, (l) =>
    l === 'fr'
      ? `${NOUN[s.type].fr} de ${s.authorName} à valider (étape ${s.step}/${s.of}, demande n° ${s.requestId}) : « ${excerpt(s.text)} »`
      : `${NOUN[s.type].en} by ${s.authorName} awaits your approval (step ${s.step} of ${s.of}, request #${s.requestId}): "${excerpt(s.text)}"`,
  );
}

/** Tells the author how it ended: approved and on its way, or rejected and why. */
function notifyAuthor(q: Queryable, authorId: string, s: Subject & { decision: 'approve' | 'reject'; by: string; comment: string | null }) {
  return insert(q, [authorId], 'approval_decided', s.conversationId, (l) => {
    const what = l === 'fr' ? (s.type === 'reply' ? 'Votre réponse' : 'Votre publication') : s.type === 'reply' ? 'Your reply' : 'Your post';
    if (s.decision === 'approve') {
      return l === 'fr' ? `${what} « ${excerpt(s.text)} » a été validée.` : `${what} "${excerpt(s.text)}" was approved.`;
    }
    const why = s.comment ? (l === 'fr' ? ` : ${s.comment}` : `: ${s.comment}`) : '';
    return l === 'fr' ? `${what} « ${excerpt(s.text)} » a été refusée par ${s.by}${why}` : `${what} "${excerpt(s.text)}" was rejected by ${s.by}${why}`;
  });
}

// ---- The workflow ---------------------------------------------------------------------------

export interface ApprovalDeps {
  db: Db;
  bus?: EventBus;
}

export async function targetOf(q: Queryable, departmentId: string | null) {
  return (departmentId && (await departmentTarget(q, departmentId))) || { entityPath: [] as string[], departmentId: departmentId ?? undefined };
}

/** In a crisis the communication department nearest to the message speaks: its social advisers approve. */
export async function freezeApprovers(q: Queryable, departmentId: string | null): Promise<Approver[]> {
  const [pr] = await repo.prDepartments(q, (await targetOf(q, departmentId)).entityPath);
  return pr ? [{ role: 'social_adviser', scopeType: 'department', scopeId: pr }] : [{ role: 'coordinator' }];
}

async function approversOf(q: Queryable, step: Step, departmentId: string | null, authorId: string): Promise<string[]> {
  const people = await repo.candidates(q, namedInSteps([step]));
  return resolveApprovers(step, people, await targetOf(q, departmentId), authorId);
}

async function nameOf(q: Queryable, personId: string): Promise<string> {
  const { rows } = await q.query<{ name: string }>('SELECT name FROM people WHERE id = $1', [personId]);
  return rows[0]?.name ?? '';
}

export interface OpenInput {
  subjectType: 'reply' | 'post';
  subjectId: number;
  authorId: string;
  /** The message's department (a reply's conversation, or its channel's while in triage). */
  departmentId: string | null;
  conversationId?: number | null;
  /** One check per text (a post has one per channel). */
  checks: (OutgoingCheck | CheckSummary)[];
}

/** Opens the request for a message put on hold, in the transaction that put it on hold. */
export async function openApproval(q: Queryable, actor: Actor, s: OpenInput): Promise<{ id: number; step: number; stepCount: number }> {
  const subject = await SUBJECTS[s.subjectType].load(q, s.subjectId);
  if (!subject) throw notFound(s.subjectType);
  const contentType = s.subjectType;
  const policies = await repo.listPolicies(q, contentType);
  const checks = s.checks as CheckSummary[];
  const frozen = checks.some((c) => c.findings.some((f) => f.kind === 'crisis_freeze'));
  const pr = frozen ? await freezeApprovers(q, s.departmentId) : [];
  const { steps, policyId } = planSteps(policies, { contentType, departmentId: s.departmentId }, checks, pr);
  const reasons = checks.flatMap((c) => c.findings).filter((f) => f.severity !== 'warn');
  const request = await repo.insertRequest(q, {
    subjectType: s.subjectType,
    subjectId: s.subjectId,
    policyId,
    steps,
    authorId: s.authorId,
    departmentId: s.departmentId,
    conversationId: s.conversationId ?? subject.conversationId,
    reasons,
  });
  const withdrawn = await repo.withdrawPending(q, s.subjectType, s.subjectId, request.id);
  await record(q, actor, 'approval.request', { type: 'approval_request', id: String(request.id) }, null, {
    subjectType: s.subjectType,
    subjectId: s.subjectId,
    steps: steps.map((x) => ({ mode: x.mode, source: x.source })),
    withdrawn,
  });
  const to = await approversOf(q, steps[0], s.departmentId, s.authorId);
  await notifyApprovers(q, to, { type: s.subjectType, text: subject.text, conversationId: request.conversationId, authorName: await nameOf(q, s.authorId), step: 1, of: steps.length, requestId: request.id });
  return { id: request.id, step: 1, stepCount: steps.length };
}

export interface DecisionInput {
  decision: 'approve' | 'reject';
  comment?: string;
}

const conflict = (code: string, message: string) => new HttpError(409, code, message);

export async function decide(deps: ApprovalDeps, p: Principal, id: number, input: DecisionInput) {
  const { db } = deps;
  const comment = input.comment?.trim() || null;
  // A rejection sends the writer back to work: they need to know why.
  if (input.decision === 'reject' && !comment) {
    throw new HttpError(400, 'invalid_request', 'say why the message is rejected', [{ field: 'comment', message: 'required to reject' }]);
  }
  const outcome = await db.tx(async (q) => {
    const r = await repo.getRequest(q, id, true);
    if (!r) throw notFound('approval request');
    if (r.status !== 'pending') throw conflict('already_decided', `this request is ${r.status}`);
    const kind = SUBJECTS[r.subjectType];
    const subject = await kind.load(q, r.subjectId);
    if (!subject?.waiting) {
      await repo.moveRequest(q, r.id, { step: r.step, steps: r.steps, status: 'withdrawn' });
      await record(q, { system: 'approvals' }, 'approval.withdraw', { type: 'approval_request', id: String(r.id) }, { status: r.status }, { status: 'withdrawn', subjectStatus: subject?.status ?? null });
      return { gone: true as const, subjectStatus: subject?.status ?? 'deleted' };
    }
    if (p.personId === r.authorId) throw forbidden('you cannot decide on your own message');
    const step = r.steps[r.step - 1];
    const approvers = await approversOf(q, step, r.departmentId, r.authorId);
    if (!approvers.includes(p.personId)) throw forbidden('you are not an approver of the current step');
    const decisions = (await repo.decisionsOf(q, r.id)).filter((d) => d.step === r.step);
    if (decisions.some((d) => d.personId === p.personId)) throw conflict('already_decided', 'you already decided on this step');
    await repo.insertDecision(q, { requestId: r.id, step: r.step, personId: p.personId, decision: input.decision, comment });
    const state = stepState(step, approvers, [...decisions, { personId: p.personId, decision: input.decision }]);

    let next: { step: number; steps: PlannedStep[]; status: 'pending' | 'approved' | 'rejected' } = { step: r.step, steps: r.steps, status: 'pending' };
    let notify: string[] = [];
    if (state === 'rejected') {
      next.status = 'rejected';
      await kind.reject(q, r.subjectId, comment!);
    } else if (state === 'approved' && r.step < r.steps.length) {
      next.step = r.step + 1;
    } else if (state === 'approved') {
      // A freeze declared while the message waited: PR still has to see it before it leaves.
      const frozen = (await freezesCovering(q, [r.departmentId, ...subject.departmentIds])).length > 0;
      if (frozen && !r.steps.some((s) => s.source.type === 'freeze')) {
        next = { step: r.step + 1, steps: [...r.steps, { mode: 'any', approvers: await freezeApprovers(q, r.departmentId), source: { type: 'freeze' } }], status: 'pending' };
      } else {
        next.status = 'approved';
        await kind.approve(q, r.subjectId);
      }
    }
    if (next.step !== r.step) notify = await approversOf(q, next.steps[next.step - 1], r.departmentId, r.authorId);
    await repo.moveRequest(q, r.id, next);
    await record(q, p, 'approval.decide', { type: 'approval_request', id: String(r.id) }, { status: r.status, step: r.step }, {
      status: next.status,
      step: next.step,
      decision: input.decision,
      comment,
      subject: { type: r.subjectType, id: r.subjectId },
    });
    const base = { type: r.subjectType, text: subject.text, conversationId: r.conversationId };
    if (notify.length > 0) await notifyApprovers(q, notify, { ...base, authorName: await nameOf(q, r.authorId), step: next.step, of: next.steps.length, requestId: r.id });
    if (next.status !== 'pending') await notifyAuthor(q, r.authorId, { ...base, decision: input.decision, by: p.name, comment });
    return { gone: false as const, request: r };
  });
  if (outcome.gone) throw conflict('no_longer_waiting', `the message is no longer waiting for approval (${outcome.subjectStatus})`);
  const { request } = outcome;
  if (request.subjectType === 'reply' && request.conversationId) {
    deps.bus?.publish([{ type: 'reply.updated', conversationId: request.conversationId, departmentId: request.departmentId }]);
  }
}

/**
 * The hook publishing calls when a post some variant of which needs approval was put on hold
 * (PublishingDeps.requestApproval).
 */
export async function requestPostApproval(q: Queryable, postId: number, departmentId: string, p: Principal, checks: OutgoingCheck[]): Promise<void> {
  await openApproval(q, p, { subjectType: 'post', subjectId: postId, authorId: p.personId, departmentId, conversationId: null, checks });
}
