// Posts: drafted by a department, checked against the guidelines, approved when a rule says so,
// and published at their time through each channel's connector.
import type { Db, Queryable } from '../db/db.ts';
import { can, type Principal } from '../policy/policy.ts';
import { record } from '../audit/audit.repo.ts';
import { badRequest, forbidden, HttpError, notFound } from '../http/errors.ts';
import { departmentTarget } from '../org/org.repo.ts';
import { pipelineContext } from '../conversations/pipeline.context.ts';
import { getChannel } from '../channels/channels.repo.ts';
import { capabilities } from '../channels/connectors.ts';
import { analyseText } from '../understanding/text.ts';
import { detectLanguage } from '../understanding/language.ts';
import { allowAll, type OutgoingChecker, type OutgoingCheck } from '../replies/outgoing.check.ts';
import { conflictsFor, ScheduleError, toInstant, toLocal, type ChannelFacts } from './publishing.domain.ts';

export interface PostInput {
  departmentId: string;
  title: string;
  /** Local time in the department's entity's zone ("2026-12-01T09:00"), or an ISO instant. */
  scheduledAt?: string | null;
  promotional?: boolean;
  variants: { channelId: string; text: string }[];
}

export interface PublishingDeps {
  db: Db;
  checkOutgoing?: OutgoingChecker;
  /** Opens the approval flow for a post some variant of which needs approval. */
  requestApproval?: (q: Queryable, postId: number, departmentId: string, p: Principal, checks: OutgoingCheck[]) => Promise<void>;
  frozen?: (departmentId: string, at: Date) => Promise<boolean>;
  minGapMinutes?: number;
}

async function loadPost(db: Db, id: number) {
  const { rows } = await db.query<any>('SELECT * FROM posts WHERE id = $1', [id]);
  if (!rows[0]) throw notFound('post');
  const variants = await db.query<any>(
    'SELECT v.*, c.name AS channel_name FROM post_variants v JOIN channels c ON c.id = v.channel_id WHERE v.post_id = $1 ORDER BY v.id',
    [id],
  );
  const r = rows[0];
  return {
    id: r.id as number,
    departmentId: r.department_id as string,
    authorId: r.author_id as string,
    title: r.title as string,
    status: r.status as string,
    scheduledAt: r.scheduled_at as Date | null,
    scheduledLocal: r.scheduled_local as string | null,
    timezone: r.timezone as string | null,
    promotional: r.promotional as boolean,
    lang: r.lang as string | null,
    variants: variants.rows.map((v) => ({
      id: v.id as number,
      channel: { id: v.channel_id as string, name: v.channel_name as string },
      text: v.text as string,
      status: v.status as string,
      attempts: v.attempts as number,
      lastError: v.last_error as string | null,
      sentAt: v.sent_at as Date | null,
      guidelineCheck: v.guideline_check,
    })),
  };
}

export type Post = Awaited<ReturnType<typeof loadPost>>;

async function authorise(db: Db, p: Principal, departmentId: string) {
  const target = await departmentTarget(db, departmentId);
  if (!target) throw badRequest('unknown department', [{ field: 'departmentId', message: 'no such department' }]);
  if (!can(p, 'posts.write', target)) throw forbidden('you cannot write posts for this department');
}

async function schedule(db: Db, departmentId: string, scheduledAt: string | null | undefined) {
  if (!scheduledAt) return { at: null, local: null, timezone: null };
  const ctx = await pipelineContext(db);
  const dep = ctx.departments.get(departmentId)!;
  const timezone = ctx.businessHours.get(dep.entityId)?.timezone ?? 'Europe/Paris';
  try {
    const at = toInstant(scheduledAt, timezone);
    return { at, local: toLocal(at, timezone), timezone };
  } catch (err) {
    if (err instanceof ScheduleError) throw badRequest(err.message, [{ field: 'scheduledAt', message: err.message }]);
    throw err;
  }
}

export async function savePost(deps: PublishingDeps, p: Principal, input: PostInput, id?: number): Promise<Post> {
  const { db } = deps;
  await authorise(db, p, input.departmentId);
  const before = id ? await loadPost(db, id) : undefined;
  if (before) {
    await authorise(db, p, before.departmentId);
    if (before.status === 'published') throw new HttpError(409, 'already_published', 'a published post cannot be edited');
  }
  for (const [i, v] of input.variants.entries()) {
    if (!(await getChannel(db, v.channelId))) throw badRequest('unknown channel', [{ field: `variants.${i}.channelId`, message: 'no such channel' }]);
  }
  const when = await schedule(db, input.departmentId, input.scheduledAt);
  const lang = input.variants[0] ? detectLanguage(analyseText(input.variants[0].text)).lang : null;
  const postId = await db.tx(async (q) => {
    let pid = id;
    // An edit sends the post back to draft: what was checked and approved is no longer what goes out.
    const fields = [input.departmentId, input.title, when.at, when.local, when.timezone, input.promotional ?? false, lang];
    if (pid) {
      await q.query(
        `UPDATE posts SET department_id = $2, title = $3, scheduled_at = $4, scheduled_local = $5, timezone = $6, promotional = $7,
                lang = $8, status = 'draft', updated_at = now() WHERE id = $1`,
        [pid, ...fields],
      );
      await q.query('DELETE FROM post_variants WHERE post_id = $1', [pid]);
    } else {
      const { rows } = await q.query<{ id: number }>(
        `INSERT INTO posts (department_id, title, scheduled_at, scheduled_local, timezone, promotional, lang, author_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [...fields, p.personId],
      );
      pid = rows[0].id;
    }
    for (const v of input.variants) await q.query('INSERT INTO post_variants (post_id, channel_id, text) VALUES ($1, $2, $3)', [pid, v.channelId, v.text]);
    await record(q, p, pid === id ? 'post.update' : 'post.create', { type: 'post', id: String(pid) }, before ?? null, { ...input, scheduledAt: when.at });
    return pid!;
  });
  return loadPost(db, postId);
}

export async function submitPost(deps: PublishingDeps, p: Principal, id: number): Promise<Post & { checks: OutgoingCheck[] }> {
  const { db } = deps;
  const post = await loadPost(db, id);
  await authorise(db, p, post.departmentId);
  if (!['draft', 'failed'].includes(post.status)) throw new HttpError(409, 'not_a_draft', `the post is ${post.status}`);
  if (!post.scheduledAt) throw badRequest('choose when to publish', [{ field: 'scheduledAt', message: 'required to submit' }]);
  if (post.variants.length === 0) throw badRequest('add at least one channel', [{ field: 'variants', message: 'empty' }]);
  const checks: OutgoingCheck[] = [];
  for (const v of post.variants) {
    const channel = (await getChannel(db, v.channel.id))!;
    if (!capabilities(channel).publish) throw new HttpError(409, 'channel_cannot_publish', `the channel "${channel.name}" cannot publish posts`);
    checks.push(await (deps.checkOutgoing ?? allowAll)({ text: v.text, contentType: 'post', channelId: channel.id, departmentId: post.departmentId, promotional: post.promotional, authorId: p.personId }));
  }
  const blocked = checks.findIndex((c) => c.verdict === 'blocked');
  if (blocked >= 0) throw new HttpError(422, 'blocked_by_guidelines', `the text for "${post.variants[blocked].channel.name}" breaks a guideline`, checks[blocked].findings);
  const needsApproval = checks.some((c) => c.verdict === 'needs_approval');
  const status = needsApproval ? 'pending_approval' : 'scheduled';
  await db.tx(async (q) => {
    await q.query("UPDATE posts SET status = $2, updated_at = now() WHERE id = $1", [id, status]);
    for (const [i, v] of post.variants.entries()) {
      await q.query("UPDATE post_variants SET guideline_check = $2, status = 'pending', attempts = 0, next_attempt_at = now(), last_error = NULL WHERE id = $1", [v.id, JSON.stringify(checks[i])]);
    }
    await record(q, p, 'post.submit', { type: 'post', id: String(id) }, { status: post.status }, { status, verdicts: checks.map((c) => c.verdict) });
    // In the same transaction: a post never waits without a request someone can decide on.
    if (needsApproval) await deps.requestApproval?.(q, id, post.departmentId, p, checks);
  });
  return { ...(await loadPost(db, id)), checks };
}

export async function cancelPost(deps: PublishingDeps, p: Principal, id: number): Promise<Post> {
  const post = await loadPost(deps.db, id);
  await authorise(deps.db, p, post.departmentId);
  if (post.status === 'published') throw new HttpError(409, 'already_published', 'a published post cannot be cancelled');
  await deps.db.tx(async (q) => {
    await q.query("UPDATE posts SET status = 'cancelled', updated_at = now() WHERE id = $1", [id]);
    await record(q, p, 'post.cancel', { type: 'post', id: String(id) }, { status: post.status }, { status: 'cancelled' });
  });
  return loadPost(deps.db, id);
}

export async function getPost(deps: PublishingDeps, id: number) {
  const post = await loadPost(deps.db, id);
  return { ...post, conflicts: await conflicts(deps, post) };
}

async function conflicts(deps: PublishingDeps, post: Post) {
  if (!post.scheduledAt) return [];
  const { db } = deps;
  const gap = deps.minGapMinutes ?? 60;
  const { rows } = await db.query<any>(
    `SELECT v.post_id, v.channel_id, p.scheduled_at, p.lang FROM post_variants v JOIN posts p ON p.id = v.post_id
      WHERE p.status NOT IN ('cancelled', 'failed') AND p.id <> $1 AND v.channel_id = ANY($2)
        AND p.scheduled_at BETWEEN $3::timestamptz - make_interval(mins => $4) AND $3::timestamptz + make_interval(mins => $4)`,
    [post.id, post.variants.map((v) => v.channel.id), post.scheduledAt, gap],
  );
  const channels = new Map<string, ChannelFacts>();
  for (const v of post.variants) {
    const c = (await getChannel(db, v.channel.id))!;
    channels.set(c.id, { id: c.id, name: c.name, lang: c.lang, departmentId: c.department.id });
  }
  const frozenDeps = new Set<string>();
  for (const c of channels.values()) if (await deps.frozen?.(c.departmentId, post.scheduledAt)) frozenDeps.add(c.departmentId);
  return conflictsFor(
    { id: post.id, at: post.scheduledAt, lang: post.lang, channelIds: [...channels.keys()] },
    rows.map((r) => ({ postId: r.post_id, channelId: r.channel_id, at: r.scheduled_at, lang: r.lang })),
    channels,
    { minGapMinutes: gap, frozen: (d) => frozenDeps.has(d) },
  );
}

/** The calendar: every post in the window, across departments, without the texts' full history. */
export async function calendar(db: Db, from: Date, to: Date) {
  const { rows } = await db.query<any>(
    `SELECT p.id, p.title, p.status, p.scheduled_at, p.scheduled_local, p.timezone, p.department_id, d.kind AS department_kind,
            d.name_fr, d.name_en, array_agg(c.name ORDER BY c.name) AS channels
       FROM posts p JOIN departments d ON d.id = p.department_id
       LEFT JOIN post_variants v ON v.post_id = p.id LEFT JOIN channels c ON c.id = v.channel_id
      WHERE p.scheduled_at >= $1 AND p.scheduled_at < $2 AND p.status <> 'cancelled'
      GROUP BY p.id, d.kind, d.name_fr, d.name_en ORDER BY p.scheduled_at, p.id LIMIT 2000`,
    [from, to],
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    scheduledAt: r.scheduled_at,
    scheduledLocal: r.scheduled_local,
    timezone: r.timezone,
    department: { id: r.department_id, kind: r.department_kind, names: { fr: r.name_fr, en: r.name_en } },
    channels: (r.channels ?? []).filter(Boolean),
  }));
}
