// What an approval decides on: a reply or a post. Each kind of message says how to read it and
// what approval and rejection do to it, so the workflow itself never names a table.
import type { Queryable } from '../db/db.ts';

export interface SubjectInfo {
  text: string;
  status: string;
  /** Still on hold: a message edited, cancelled or already sent is no longer decided on. */
  waiting: boolean;
  conversationId: number | null;
  /** Departments whose freeze holds the message: its own and those of the channels it goes through. */
  departmentIds: string[];
  lastError?: string | null;
}

export interface SubjectKind {
  load(q: Queryable, id: number): Promise<SubjectInfo | undefined>;
  approve(q: Queryable, id: number): Promise<void>;
  reject(q: Queryable, id: number, comment: string): Promise<void>;
}

const reply: SubjectKind = {
  async load(q, id) {
    const { rows } = await q.query<any>(
      `SELECT r.text, r.status, r.last_error, r.conversation_id, c.department_id, ch.department_id AS channel_department_id
         FROM replies r JOIN conversations c ON c.id = r.conversation_id JOIN channels ch ON ch.id = c.channel_id WHERE r.id = $1`,
      [id],
    );
    const r = rows[0];
    if (!r) return undefined;
    return {
      text: r.text,
      status: r.status,
      waiting: r.status === 'pending_approval',
      conversationId: r.conversation_id,
      departmentIds: [r.department_id, r.channel_department_id].filter(Boolean),
      lastError: r.last_error,
    };
  },
  // Queued now: the reply worker sends it on its next pass.
  async approve(q, id) {
    await q.query("UPDATE replies SET status = 'queued', next_attempt_at = now(), last_error = NULL WHERE id = $1 AND status = 'pending_approval'", [id]);
  },
  async reject(q, id, comment) {
    await q.query("UPDATE replies SET status = 'failed', last_error = $2 WHERE id = $1 AND status = 'pending_approval'", [id, `rejected: ${comment}`]);
  },
};

const post: SubjectKind = {
  async load(q, id) {
    const { rows } = await q.query<any>(
      `SELECT p.title, p.status, p.department_id, COALESCE(array_agg(DISTINCT c.department_id) FILTER (WHERE c.id IS NOT NULL), '{}') AS channel_departments,
              string_agg(v.text, E'\n' ORDER BY v.id) AS texts
         FROM posts p LEFT JOIN post_variants v ON v.post_id = p.id LEFT JOIN channels c ON c.id = v.channel_id
        WHERE p.id = $1 GROUP BY p.id`,
      [id],
    );
    const r = rows[0];
    if (!r) return undefined;
    return {
      text: r.texts ? `${r.title} — ${r.texts}` : r.title,
      status: r.status,
      waiting: r.status === 'pending_approval',
      conversationId: null,
      departmentIds: [r.department_id, ...r.channel_departments],
    };
  },
  // Scheduled: the publishing worker takes it at its time.
  async approve(q, id) {
    await q.query("UPDATE posts SET status = 'scheduled', updated_at = now() WHERE id = $1 AND status = 'pending_approval'", [id]);
  },
  // Back to draft, so the writer can change it and submit it again.
  async reject(q, id) {
    await q.query("UPDATE posts SET status = 'draft', updated_at = now() WHERE id = $1 AND status = 'pending_approval'", [id]);
  },
};

export const SUBJECTS: Record<'reply' | 'post', SubjectKind> = { reply, post };
