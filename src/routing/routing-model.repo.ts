// Queries of the routing model: the history it learns from, the stored runs and the training lease.
import type { Queryable } from '../db/db.ts';
import type { HistoryRow } from './routing-model.domain.ts';

/** Runs whose model is kept (the newest); older runs keep their figures only. */
export const KEEP_MODELS = 20;
const LEASE_MINUTES = 30;

/**
 * Root conversations that may teach something: resolved ones (with a department or closed in the
 * triage queue) and handed-off ones, with the target of their last hand-off. The labelling itself
 * is the domain's (labelOf).
 */
export async function loadHistory(q: Queryable): Promise<HistoryRow[]> {
  const { rows } = await q.query<any>(
    `SELECT c.id, c.text, c.status, c.department_id, c.routing->>'kind' AS routing_kind, h.to_department_id AS handed_to
       FROM conversations c
       LEFT JOIN LATERAL (SELECT to_department_id FROM handoffs WHERE conversation_id = c.id ORDER BY id DESC LIMIT 1) h ON true
      WHERE c.thread_id IS NULL
        AND (c.routing->>'kind') IS DISTINCT FROM 'own'
        AND (c.status = 'resolved' OR h.to_department_id IS NOT NULL)
      ORDER BY c.id`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    text: r.text,
    status: r.status,
    departmentId: r.department_id,
    routingKind: r.routing_kind,
    handedTo: r.handed_to,
  }));
}

/** Conversations resolved or handed off since a time (all of them when null). */
export async function countNewExamples(q: Queryable, since: string | null): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM conversations
              WHERE status = 'resolved' AND thread_id IS NULL AND (routing->>'kind') IS DISTINCT FROM 'own' AND ($1::timestamptz IS NULL OR resolved_at > $1::timestamptz))
          + (SELECT count(DISTINCT conversation_id) FROM handoffs WHERE $1::timestamptz IS NULL OR created_at > $1::timestamptz) AS n`,
    [since],
  );
  return Number(rows[0].n);
}

export interface ModelRow {
  id: number;
  trainedAt: string;
  trainedBy: string;
  examples: number;
  handoffs: number;
  outOfScope: number;
  classes: number;
  heldout: number;
  accuracy: number | null;
  macroF1: number | null;
  coverage: number | null;
  coveredAccuracy: number | null;
  threshold: number;
  seconds: number;
  active: boolean;
}

const FIGURES = `id, trained_at, trained_by, examples, handoffs, out_of_scope, classes, heldout, accuracy, macro_f1, coverage,
  covered_accuracy, threshold, seconds, active`;

// `real` columns come back as float4: rounding keeps 0.9 from reading 0.8999999761581421.
const real = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 1e6) / 1e6);

function figuresOf(r: any): ModelRow {
  return {
    id: Number(r.id),
    trainedAt: new Date(r.trained_at).toISOString(),
    trainedBy: r.trained_by,
    examples: r.examples,
    handoffs: r.handoffs,
    outOfScope: r.out_of_scope,
    classes: r.classes,
    heldout: r.heldout,
    accuracy: real(r.accuracy),
    macroF1: real(r.macro_f1),
    coverage: real(r.coverage),
    coveredAccuracy: real(r.covered_accuracy),
    threshold: real(r.threshold)!,
    seconds: real(r.seconds)!,
    active: r.active,
  };
}

export async function history(q: Queryable, limit: number): Promise<ModelRow[]> {
  const { rows } = await q.query(`SELECT ${FIGURES} FROM routing_models ORDER BY id DESC LIMIT $1`, [limit]);
  return rows.map(figuresOf);
}

export async function activeFigures(q: Queryable): Promise<ModelRow | null> {
  const { rows } = await q.query(`SELECT ${FIGURES} FROM routing_models WHERE active`);
  return rows[0] ? figuresOf(rows[0]) : null;
}

export async function latestTrainedAt(q: Queryable): Promise<string | null> {
  const { rows } = await q.query<{ at: Date | string }>('SELECT max(trained_at) AS at FROM routing_models');
  return rows[0]?.at ? new Date(rows[0].at).toISOString() : null;
}

export async function activeId(q: Queryable): Promise<number | null> {
  const { rows } = await q.query<{ id: number }>('SELECT id FROM routing_models WHERE active');
  return rows[0] ? Number(rows[0].id) : null;
}

export async function loadModel(
  q: Queryable,
  id: number,
): Promise<{ id: number; trainedAt: string; examples: number; heldout: number; coveredAccuracy: number | null; model: unknown } | null> {
  const { rows } = await q.query<any>(
    'SELECT id, trained_at, examples, heldout, covered_accuracy, model FROM routing_models WHERE id = $1 AND model IS NOT NULL',
    [id],
  );
  const r = rows[0];
  return r
    ? { id: Number(r.id), trainedAt: new Date(r.trained_at).toISOString(), examples: r.examples, heldout: r.heldout, coveredAccuracy: real(r.covered_accuracy), model: r.model }
    : null;
}

export type NewModel = Omit<ModelRow, 'id' | 'active'> & { model: unknown };

/** Stores a run as the active model and drops the weights of runs beyond the newest KEEP_MODELS. */
export async function insertActive(q: Queryable, m: NewModel): Promise<ModelRow> {
  await q.query('UPDATE routing_models SET active = false WHERE active');
  const { rows } = await q.query(
    `INSERT INTO routing_models (trained_at, trained_by, examples, handoffs, out_of_scope, classes, heldout, accuracy, macro_f1,
                                 coverage, covered_accuracy, threshold, seconds, model, active)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, true) RETURNING ${FIGURES}`,
    [m.trainedAt, m.trainedBy, m.examples, m.handoffs, m.outOfScope, m.classes, m.heldout, m.accuracy, m.macroF1, m.coverage, m.coveredAccuracy, m.threshold, m.seconds, JSON.stringify(m.model)],
  );
  await q.query(
    `UPDATE routing_models SET model = NULL
      WHERE model IS NOT NULL AND NOT active AND id NOT IN (SELECT id FROM routing_models ORDER BY id DESC LIMIT $1)`,
    [KEEP_MODELS],
  );
  return figuresOf(rows[0]);
}

/** Takes the training lease if nobody holds it; a lease left by a crashed process expires. */
export async function claimLease(q: Queryable): Promise<boolean> {
  const { rows } = await q.query(
    `UPDATE routing_model_jobs SET lease_until = now() + make_interval(mins => $1)
      WHERE name = (SELECT name FROM routing_model_jobs WHERE name = 'train' AND (lease_until IS NULL OR lease_until < now())
                    FOR UPDATE SKIP LOCKED)
      RETURNING name`,
    [LEASE_MINUTES],
  );
  return rows.length === 1;
}

export async function releaseLease(q: Queryable, outcome: string): Promise<void> {
  await q.query(`UPDATE routing_model_jobs SET lease_until = NULL, attempted_at = now(), outcome = $1 WHERE name = 'train'`, [outcome]);
}

export async function lastAttempt(q: Queryable): Promise<{ at: string | null; outcome: string | null; leased: boolean }> {
  const { rows } = await q.query<any>(`SELECT attempted_at, outcome, lease_until > now() AS leased FROM routing_model_jobs WHERE name = 'train'`);
  const r = rows[0];
  return { at: r?.attempted_at ? new Date(r.attempted_at).toISOString() : null, outcome: r?.outcome ?? null, leased: !!r?.leased };
}

export async function dbNow(q: Queryable): Promise<string> {
  const { rows } = await q.query<{ now: Date | string }>('SELECT now() AS now');
  return new Date(rows[0].now).toISOString();
}
