// Approval workflows, pure: which policies a message trips, the steps its request follows, who
// may decide at a step and when a step is done. Services load policies, people and decisions.
import { RULE_KINDS } from '../guidelines/guidelines.types.ts';
import { ROLES, type Role, type RoleGrant, type ScopeType, type Target } from '../policy/policy.ts';

export type ContentType = 'reply' | 'post';

/**
 * A named person, or the holders of a role. With scopeType, holders of the role at exactly that
 * scope ("the social advisers of the legal department"); without, holders whose scope covers the
 * message's department ("a coordinator of this entity").
 */
export type Approver = { personId: string } | { role: Role; scopeType?: ScopeType; scopeId?: string | null };

export interface Step {
  mode: 'any' | 'all';
  approvers: Approver[];
}

export type StepSource = { type: 'policy'; policyId: string; policyName: string; version: number } | { type: 'freeze' } | { type: 'default' };

export interface PlannedStep extends Step {
  source: StepSource;
}

export interface Policy {
  id: string;
  name: string;
  departmentId: string | null;
  contentType: ContentType;
  trigger: string;
  steps: Step[];
  enabled: boolean;
  version: number;
}

/** What the checker found, as far as approvals care. Findings without a kind come from elsewhere. */
export interface CheckSummary {
  verdict: string;
  findings: { ruleId: string; kind?: string; severity: string }[];
}

export const FREEZE_PREFIX = 'freeze:';
export const POLICY_PREFIX = 'policy:';

const isFreeze = (f: CheckSummary['findings'][number]) => f.kind === 'crisis_freeze' && f.severity !== 'warn';
const isPolicy = (f: CheckSummary['findings'][number]) => f.ruleId.startsWith(POLICY_PREFIX);

export function validTrigger(trigger: string): boolean {
  if (trigger === 'always' || trigger === 'needs_approval') return true;
  const m = /^rule_kind:(.+)$/.exec(trigger);
  return !!m && (RULE_KINDS as readonly string[]).includes(m[1]);
}

/** Does the policy apply to a message of this type and department, given what the checker found? */
export function policyMatches(policy: Policy, subject: { contentType: ContentType; departmentId: string | null }, checks: CheckSummary[]): boolean {
  if (!policy.enabled || policy.contentType !== subject.contentType) return false;
  if (policy.departmentId !== null && policy.departmentId !== subject.departmentId) return false;
  if (policy.trigger === 'always') return true;
  // The charter asked for approval for a reason of its own, not only because of policies or a freeze.
  if (policy.trigger === 'needs_approval') return checks.some((c) => c.findings.some((f) => f.severity === 'needs_approval' && !isPolicy(f)));
  const kind = policy.trigger.slice('rule_kind:'.length);
  return checks.some((c) => c.findings.some((f) => f.kind === kind));
}

/**
 * Policies that ask for approval whatever the charter's verdict ('always', or a finding of a kind
 * whatever its severity): the checker turns them into findings, so a message they catch waits
 * for approval through the same path as a rule asking for it.
 */
export function policyFindings(policies: Policy[], subject: { contentType: ContentType; departmentId: string | null }, check: CheckSummary) {
  return policies
    .filter((p) => p.trigger !== 'needs_approval' && policyMatches(p, subject, [check]))
    .map((p) => ({ policyId: p.id, name: p.name, trigger: p.trigger }));
}

/**
 * The steps of a request, in order: PR first when a freeze holds the message (a crisis comes
 * before everything else), then every matching policy's steps, then a coordinator when some
 * reason for approval is covered by no policy, so every reason has someone to decide on it.
 */
export function planSteps(
  policies: Policy[],
  subject: { contentType: ContentType; departmentId: string | null },
  checks: CheckSummary[],
  freezeApprovers: Approver[],
): { steps: PlannedStep[]; policyId: string | null } {
  const matched = policies.filter((p) => policyMatches(p, subject, checks));
  const steps: PlannedStep[] = [];
  const findings = checks.flatMap((c) => c.findings);
  if (findings.some(isFreeze)) steps.push({ mode: 'any', approvers: freezeApprovers, source: { type: 'freeze' } });
  for (const p of matched) {
    for (const s of p.steps) steps.push({ ...s, source: { type: 'policy', policyId: p.id, policyName: p.name, version: p.version } });
  }
  const covered = (f: CheckSummary['findings'][number]) =>
    isFreeze(f) ||
    isPolicy(f) ||
    matched.some((p) => p.trigger === 'needs_approval' || p.trigger === 'always' || p.trigger === `rule_kind:${f.kind}`);
  const uncovered = findings.some((f) => f.severity === 'needs_approval' && !covered(f));
  if (uncovered || steps.length === 0) steps.push({ mode: 'any', approvers: [{ role: 'coordinator' }], source: { type: 'default' } });
  return { steps, policyId: matched[0]?.id ?? null };
}

export interface Candidate {
  id: string;
  grants: RoleGrant[];
}

function grantCovers(g: RoleGrant, target: Target): boolean {
  if (g.scopeType === 'group') return true;
  if (g.scopeType === 'entity') return g.scopeId !== null && target.entityPath.includes(g.scopeId);
  return g.scopeId !== null && g.scopeId === target.departmentId;
}

function holds(c: Candidate, a: Approver, target: Target): boolean {
  if ('personId' in a) return a.personId === c.id;
  return c.grants.some((g) =>
    g.role === a.role && (a.scopeType === undefined ? grantCovers(g, target) : g.scopeType === a.scopeType && (g.scopeId ?? null) === (a.scopeId ?? null)),
  );
}

/**
 * The people who decide at a step. The author never decides on their own message (four eyes);
 * a step left with nobody falls back to the coordinators covering the message, so it never waits
 * for someone who does not exist.
 */
export function resolveApprovers(step: Step, people: Candidate[], target: Target, authorId: string): string[] {
  const pick = (approvers: Approver[]) => people.filter((c) => c.id !== authorId && approvers.some((a) => holds(c, a, target))).map((c) => c.id);
  const direct = pick(step.approvers);
  return direct.length > 0 ? direct : pick([{ role: 'coordinator' }]);
}

/** Roles and people a set of steps names, so the service loads only those candidates. */
export function namedInSteps(steps: Step[]): { roles: Role[]; personIds: string[] } {
  const roles = new Set<Role>(['coordinator']);
  const personIds = new Set<string>();
  for (const s of steps) for (const a of s.approvers) 'personId' in a ? personIds.add(a.personId) : roles.add(a.role);
  return { roles: [...roles], personIds: [...personIds] };
}

export type StepState = 'approved' | 'rejected' | 'pending';

/** "Any of": the first approval completes the step; "all of": every current approver must approve. A rejection ends it. */
export function stepState(step: Step, approvers: string[], decisions: { personId: string; decision: 'approve' | 'reject' }[]): StepState {
  if (decisions.some((d) => d.decision === 'reject')) return 'rejected';
  const approved = new Set(decisions.filter((d) => d.decision === 'approve').map((d) => d.personId));
  if (step.mode === 'any') return approved.size > 0 ? 'approved' : 'pending';
  return approvers.length > 0 && approvers.every((id) => approved.has(id)) ? 'approved' : 'pending';
}

export interface StepError {
  field: string;
  message: string;
}

/** Steps as the API receives them; roles and modes are checked here, ids against the database by the service. */
export function stepErrors(steps: unknown): StepError[] {
  const errors: StepError[] = [];
  if (!Array.isArray(steps) || steps.length === 0) return [{ field: 'steps', message: 'at least one step' }];
  steps.forEach((s: any, i) => {
    if (!s || (s.mode !== 'any' && s.mode !== 'all')) errors.push({ field: `steps.${i}.mode`, message: "must be 'any' or 'all'" });
    if (!Array.isArray(s?.approvers) || s.approvers.length === 0) errors.push({ field: `steps.${i}.approvers`, message: 'at least one approver' });
    else
      s.approvers.forEach((a: any, j: number) => {
        const f = `steps.${i}.approvers.${j}`;
        if (a && typeof a.personId === 'string' && Object.keys(a).length === 1) return;
        if (!a || !(ROLES as readonly string[]).includes(a.role)) return void errors.push({ field: f, message: 'must be {personId} or {role, scopeType?, scopeId?}' });
        if (a.scopeType === undefined) return;
        if (!['group', 'entity', 'department'].includes(a.scopeType)) errors.push({ field: `${f}.scopeType`, message: 'must be group, entity or department' });
        else if ((a.scopeType === 'group') !== (a.scopeId === undefined || a.scopeId === null)) {
          errors.push({ field: `${f}.scopeId`, message: a.scopeType === 'group' ? 'must be empty for the group' : 'required' });
        }
      });
  });
  return errors;
}
