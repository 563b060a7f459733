// The charter as stored: the current version of each rule, and every version it ever had.
import type { Queryable } from '../db/db.ts';
import type { Localized, Rule, RuleKind, RuleScope, Severity } from './guidelines.types.ts';

export interface StoredRule {
  id: string;
  kind: RuleKind;
  params: Record<string, unknown>;
  severity: Severity;
  scope: RuleScope;
  explanation: Localized;
  version: number;
  enabled: boolean;
  createdBy: string | null;
  createdAt: Date;
  updatedBy: string | null;
  updatedAt: Date;
}

export type RuleFields = Pick<StoredRule, 'kind' | 'params' | 'severity' | 'scope' | 'explanation' | 'enabled'>;

const of = (r: any): StoredRule => ({
  id: r.id,
  kind: r.kind,
  params: r.params,
  severity: r.severity,
  scope: r.scope,
  explanation: r.explanation,
  version: r.version,
  enabled: r.enabled,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

/** The rule as the checker takes it. */
export const asRule = (r: Pick<StoredRule, 'id' | 'version' | 'kind' | 'params' | 'severity' | 'scope' | 'explanation'>): Rule =>
  ({ id: r.id, version: r.version, kind: r.kind, params: r.params, severity: r.severity, scope: r.scope, explanation: r.explanation }) as Rule;

export async function listRules(q: Queryable, opts: { enabledOnly?: boolean } = {}): Promise<StoredRule[]> {
  const { rows } = await q.query(`SELECT * FROM guideline_rules ${opts.enabledOnly ? 'WHERE enabled' : ''} ORDER BY created_at, id`);
  return rows.map(of);
}

export async function getRule(q: Queryable, id: string, lock = false): Promise<StoredRule | undefined> {
  const { rows } = await q.query(`SELECT * FROM guideline_rules WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return rows[0] && of(rows[0]);
}

/**
 * What changes whenever the charter or an approval policy does: every edit raises a version and a
 * new row adds one, so counts with sums of versions tell a process its compiled rules are current.
 */
export async function charterStamp(q: Queryable): Promise<string> {
  const { rows } = await q.query<{ stamp: string }>(
    `SELECT concat_ws(':', (SELECT count(*) FROM guideline_rules), (SELECT sum(version) FROM guideline_rules),
                           (SELECT count(*) FROM approval_policies), (SELECT sum(version) FROM approval_policies)) AS stamp`,
  );
  return rows[0].stamp;
}

async function insertVersion(q: Queryable, r: StoredRule, by: string | null): Promise<void> {
  await q.query(
    `INSERT INTO guideline_rule_versions (rule_id, version, kind, params, severity, scope, explanation, enabled, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [r.id, r.version, r.kind, JSON.stringify(r.params), r.severity, JSON.stringify(r.scope), JSON.stringify(r.explanation), r.enabled, by],
  );
}

export async function insertRule(q: Queryable, f: RuleFields, by: string | null): Promise<StoredRule> {
  const { rows } = await q.query(
    `INSERT INTO guideline_rules (kind, params, severity, scope, explanation, enabled, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING *`,
    [f.kind, JSON.stringify(f.params), f.severity, JSON.stringify(f.scope), JSON.stringify(f.explanation), f.enabled, by],
  );
  const rule = of(rows[0]);
  await insertVersion(q, rule, by);
  return rule;
}

/** A new version of the rule: the current row moves on, the history gets the new one too. */
export async function updateRule(q: Queryable, id: string, f: RuleFields, by: string): Promise<StoredRule> {
  const { rows } = await q.query(
    `UPDATE guideline_rules SET kind = $2, params = $3, severity = $4, scope = $5, explanation = $6, enabled = $7,
            version = version + 1, updated_by = $8, updated_at = now() WHERE id = $1 RETURNING *`,
    [id, f.kind, JSON.stringify(f.params), f.severity, JSON.stringify(f.scope), JSON.stringify(f.explanation), f.enabled, by],
  );
  const rule = of(rows[0]);
  await insertVersion(q, rule, by);
  return rule;
}

export async function ruleVersions(q: Queryable, id: string) {
  const { rows } = await q.query<any>(
    `SELECT v.*, p.name AS created_by_name FROM guideline_rule_versions v LEFT JOIN people p ON p.id = v.created_by
      WHERE v.rule_id = $1 ORDER BY v.version DESC`,
    [id],
  );
  return rows.map((r) => ({
    version: r.version,
    kind: r.kind as RuleKind,
    params: r.params,
    severity: r.severity as Severity,
    scope: r.scope as RuleScope,
    explanation: r.explanation as Localized,
    enabled: r.enabled as boolean,
    createdBy: r.created_by ? { id: r.created_by as string, name: r.created_by_name as string } : null,
    createdAt: r.created_at,
  }));
}

export async function localeOf(q: Queryable, personId: string | undefined): Promise<'fr' | 'en'> {
  if (!personId) return 'fr';
  const { rows } = await q.query<{ locale: 'fr' | 'en' }>('SELECT locale FROM people WHERE id = $1', [personId]);
  return rows[0]?.locale ?? 'fr';
}
