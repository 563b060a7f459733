// Conversation storage. Batches go in as one JSON parameter expanded by jsonb_to_recordset: one
// statement for a thousand rows, and no limit on the number of bind parameters.
import type { Queryable } from '../db/db.ts';

export interface NewConversationRow {
  channel_id: string;
  external_id: string;
  thread_id: number | null;
  in_reply_to: string | null;
  author_handle: string;
  author_name: string | null;
  author_followers: number | null;
  text: string;
  url: string | null;
  created_at: string;
  status: string;
  department_id: string | null;
  assignee_id: string | null;
  priority: string;
  tags: string[];
  lang: string;
  sentiment: string;
  sentiment_score: number;
  intent: string;
  risk: number;
  topics: string[];
  enrichment: unknown;
  routing: unknown;
  first_response_due: string | null;
  resolution_due: string | null;
}

const COLUMNS = `channel_id uuid, external_id text, thread_id bigint, in_reply_to text, author_handle text,
  author_name text, author_followers int, text text, url text, created_at timestamptz, status text,
  department_id uuid, assignee_id uuid, priority text, tags text[], lang text, sentiment text,
  sentiment_score real, intent text, risk int, topics uuid[], enrichment jsonb, routing jsonb,
  first_response_due timestamptz, resolution_due timestamptz`;

const NAMES = COLUMNS.split(',').map((c) => c.trim().split(/\s+/)[0]);

/** Inserts the rows that are not there yet; returns the ids of those inserted, by external id. */
export async function insertBatch(q: Queryable, rows: NewConversationRow[]): Promise<Map<string, number>> {
  if (rows.length === 0) return new Map();
  const { rows: out } = await q.query<{ id: number; external_id: string }>(
    `INSERT INTO conversations (${NAMES.join(', ')}, search)
     SELECT ${NAMES.map((n) => 'x.' + n).join(', ')},
            to_tsvector(CASE x.lang WHEN 'fr' THEN 'french'::regconfig ELSE 'english'::regconfig END, x.author_handle || ' ' || x.text)
       FROM jsonb_to_recordset($1::jsonb) AS x(${COLUMNS})
     ON CONFLICT (channel_id, external_id) DO NOTHING
     RETURNING id, external_id`,
    [JSON.stringify(rows)],
  );
  return new Map(out.map((r) => [r.external_id, r.id]));
}

export async function findByExternalIds(q: Queryable, channelId: string, externalIds: string[]) {
  if (externalIds.length === 0) return new Map<string, { id: number; rootId: number; departmentId: string | null; assigneeId: string | null }>();
  const { rows } = await q.query<{ id: number; external_id: string; root_id: number; department_id: string | null; assignee_id: string | null }>(
    `SELECT c.id, c.external_id, COALESCE(c.thread_id, c.id) AS root_id, r.department_id, r.assignee_id
       FROM conversations c JOIN conversations r ON r.id = COALESCE(c.thread_id, c.id)
      WHERE c.channel_id = $1 AND c.external_id = ANY($2)`,
    [channelId, externalIds],
  );
  return new Map(rows.map((r) => [r.external_id, { id: r.id, rootId: r.root_id, departmentId: r.department_id, assigneeId: r.assignee_id }]));
}

/** A new item in a thread brings it back to the top, and reopens it if it was resolved. */
export async function touchThreads(q: Queryable, rootIds: number[]): Promise<void> {
  if (rootIds.length === 0) return;
  await q.query(
    `UPDATE conversations SET last_activity_at = now(),
            status = CASE WHEN status = 'resolved' THEN 'open' ELSE status END,
            resolved_at = CASE WHEN status = 'resolved' THEN NULL ELSE resolved_at END
      WHERE id = ANY($1)`,
    [rootIds],
  );
}

export async function adviserLoads(q: Queryable, departmentIds: string[]) {
  if (departmentIds.length === 0) return [];
  const { rows } = await q.query<{ department_id: string; id: string; capacity: number; available: boolean; open: number }>(
    `SELECT ra.scope_id AS department_id, p.id, COALESCE(s.capacity, 20) AS capacity, COALESCE(s.available, true) AS available,
            (SELECT count(*)::int FROM conversations c
              WHERE c.assignee_id = p.id AND c.thread_id IS NULL AND c.status IN ('new', 'open', 'waiting')) AS open
       FROM role_assignments ra
       JOIN people p ON p.id = ra.person_id AND p.active
       LEFT JOIN adviser_status s ON s.person_id = p.id
      WHERE ra.role = 'social_adviser' AND ra.scope_type = 'department' AND ra.scope_id = ANY($1)
      ORDER BY p.name, p.id`,
    [departmentIds],
  );
  return rows;
}
