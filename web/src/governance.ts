// Governance as the interface reads it: the charter's rules and their versions, the check of a
// draft, approval requests, crisis freezes and posts. Types come from the server's own modules
// (dates arrive as strings, hence `Json<>`); calls go through `request` like the rest of the API.
import type { GovernedCheck, GovernedFinding } from '../../src/guidelines/guidelines.service.ts';
import type { StoredRule, ruleVersions } from '../../src/guidelines/guidelines.repo.ts';
import type { RuleKind, RuleScope, Severity, Verdict, ContentType, Localized } from '../../src/guidelines/guidelines.types.ts';
import type { approvalView, listApprovals } from '../../src/approvals/approvals.read.ts';
import type { Policy } from '../../src/approvals/approvals.domain.ts';
import type { activeFreezes } from '../../src/freeze/freeze.service.ts';
import type { FreezeScope } from '../../src/freeze/freeze.domain.ts';
import type { calendar, getPost, Post as ServerPost } from '../../src/publishing/publishing.service.ts';
import type { Conflict } from '../../src/publishing/publishing.domain.ts';
import { request, type Page } from './api.ts';

export type { RuleKind, RuleScope, Severity, Verdict, ContentType, Localized, FreezeScope, Policy };

/** What JSON makes of a server value: dates become ISO strings. */
export type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

// The lists below are written out so the bundle does not carry the server's modules; the
// `satisfies` clauses fail the type check if the server adds a value.
export const RULE_KINDS = [
  'forbidden_terms',
  'personal_data',
  'legal_review',
  'disclosure',
  'tone',
  'length',
  'language_match',
  'allowed_links',
  'crisis_freeze',
] as const satisfies readonly RuleKind[];
export const SEVERITIES = ['block', 'needs_approval', 'warn'] as const satisfies readonly Severity[];
export const CONTENT_TYPES = ['reply', 'post'] as const satisfies readonly ContentType[];
export const PERSONAL_DATA_TYPES = ['email', 'phone', 'iban', 'card'] as const;
export const POST_STATUSES = ['draft', 'pending_approval', 'scheduled', 'published', 'failed', 'cancelled'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];
export const VARIANT_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
export const STEP_STATES = ['approved', 'rejected', 'current', 'waiting', 'skipped', 'pending', 'withdrawn'] as const;
export const CONFLICT_KINDS = ['too_close', 'frozen', 'language'] as const satisfies readonly Conflict['kind'][];
export const FINDING_KINDS = [...RULE_KINDS, 'approval_policy'] as const satisfies readonly GovernedFinding['kind'][];

export type Finding = GovernedFinding;
export type CheckResult = GovernedCheck;
export type Rule = Json<StoredRule>;
export type RuleVersion = Json<Awaited<ReturnType<typeof ruleVersions>>[number]>;
export interface RuleInput {
  kind: RuleKind;
  params: Record<string, unknown>;
  severity: Severity;
  scope: RuleScope;
  explanation: Localized;
  enabled?: boolean;
}
export type ApprovalView = Json<Awaited<ReturnType<typeof approvalView>>>;
export type ApprovalStep = ApprovalView['steps'][number];
export type ApprovalSummary = Json<Awaited<ReturnType<typeof listApprovals>>['items'][number]>;
export type Freeze = Json<Awaited<ReturnType<typeof activeFreezes>>[number]>;
export type CalendarPost = Json<Awaited<ReturnType<typeof calendar>>[number]>;
export type Post = Json<Awaited<ReturnType<typeof getPost>>>;
export type SubmittedPost = Json<ServerPost> & { checks: CheckResult[] };
export type PostConflict = Conflict;
export interface PostInput {
  departmentId: string;
  title: string;
  /** Local time in the department's entity's zone ("2026-12-01T09:00"). */
  scheduledAt: string | null;
  promotional: boolean;
  variants: { channelId: string; text: string }[];
}
export interface DraftInput {
  text: string;
  channel: string;
  contentType: ContentType;
  conversationId?: number;
  promotional?: boolean;
}

const enc = encodeURIComponent;

export const gov = {
  rules: () => request<Rule[]>('GET', '/api/guidelines'),
  ruleVersions: (id: string) => request<RuleVersion[]>('GET', `/api/guidelines/${enc(id)}/versions`),
  createRule: (body: RuleInput) => request<Rule>('POST', '/api/guidelines', { body }),
  updateRule: (id: string, body: Partial<RuleInput>) => request<Rule>('PATCH', `/api/guidelines/${enc(id)}`, { body }),
  disableRule: (id: string) => request<Rule>('POST', `/api/guidelines/${enc(id)}/disable`),
  check: (body: DraftInput) => request<CheckResult>('POST', '/api/guidelines/check', { body }),

  policies: () => request<Policy[]>('GET', '/api/approval-policies'),
  createPolicy: (body: Omit<Policy, 'id' | 'version'>) => request<Policy>('POST', '/api/approval-policies', { body }),
  updatePolicy: (id: string, body: Partial<Omit<Policy, 'id' | 'version'>>) => request<Policy>('PATCH', `/api/approval-policies/${enc(id)}`, { body }),
  waitingForMe: () => request<Page<ApprovalSummary>>('GET', '/api/approvals', { query: { mine: '1' } }),
  approvals: (query: { status?: ApprovalStatus; before?: string | null; limit?: number }) =>
    request<{ items: ApprovalSummary[]; nextCursor: number | null }>('GET', '/api/approvals', { query }),
  approval: (id: number) => request<ApprovalView>('GET', `/api/approvals/${id}`),
  replyApproval: (replyId: number) => request<ApprovalView>('GET', `/api/replies/${replyId}/approval`),
  decide: (id: number, body: { decision: 'approve' | 'reject'; comment?: string }) => request<ApprovalView>('POST', `/api/approvals/${id}/decide`, { body }),

  activeFreezes: () => request<Freeze[]>('GET', '/api/freezes/active'),
  startFreeze: (body: { scope: FreezeScope; reason: string }) => request<Freeze>('POST', '/api/freezes', { body }),
  liftFreeze: (id: string, note: string) => request<Freeze>('POST', `/api/freezes/${enc(id)}/lift`, { body: { note } }),

  calendar: (from: Date, to: Date) => request<CalendarPost[]>('GET', '/api/posts', { query: { from: from.toISOString(), to: to.toISOString() } }),
  post: (id: number) => request<Post>('GET', `/api/posts/${id}`),
  createPost: (body: PostInput) => request<Json<ServerPost>>('POST', '/api/posts', { body }),
  updatePost: (id: number, body: PostInput) => request<Json<ServerPost>>('PUT', `/api/posts/${id}`, { body }),
  submitPost: (id: number) => request<SubmittedPost>('POST', `/api/posts/${id}/submit`),
  cancelPost: (id: number) => request<Json<ServerPost>>('POST', `/api/posts/${id}/cancel`),
};

/** The latest approval request of a post; null when it was never sent for approval. */
export async function postApproval(postId: number): Promise<ApprovalView | null> {
  try {
    return await request<ApprovalView>('GET', `/api/posts/${postId}/approval`);
  } catch (err) {
    if ((err as { status?: number }).status === 404) return null;
    throw err;
  }
}

/** Tells every banner in this tab that a freeze was declared or lifted here. */
export const FREEZES_CHANGED = 'relais:freezes-changed';
export function freezesChanged(): void {
  window.dispatchEvent(new Event(FREEZES_CHANGED));
}

// ---- Highlighting ----------------------------------------------------------------------------

const RANK: Record<Severity, number> = { warn: 1, needs_approval: 2, block: 3 };

export interface Segment {
  text: string;
  start: number;
  /** The most severe finding covering this piece, or null for plain text. */
  severity: Severity | null;
  /** Indexes (in the findings list) of the findings covering it. */
  findings: number[];
}

/**
 * The text cut at every span boundary, each piece with the findings covering it, so overlapping
 * findings ("06 12…" inside a longer legal phrase) both show and the strongest colour wins.
 * Spans are UTF-16 offsets, as the server and JavaScript strings count them.
 */
export function segments(text: string, findings: Pick<Finding, 'span' | 'severity'>[]): Segment[] {
  const spans = findings
    .map((f, i) => ({ i, severity: f.severity, span: f.span }))
    .filter((f): f is { i: number; severity: Severity; span: [number, number] } => !!f.span && f.span[1] > f.span[0] && f.span[0] < text.length)
    .map((f) => ({ ...f, span: [Math.max(0, f.span[0]), Math.min(text.length, f.span[1])] as [number, number] }));
  const cuts = new Set<number>([0, text.length]);
  for (const f of spans) cuts.add(f.span[0]).add(f.span[1]);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k < points.length - 1; k++) {
    const [a, b] = [points[k], points[k + 1]];
    if (a === b) continue;
    const covering = spans.filter((f) => f.span[0] <= a && f.span[1] >= b);
    const severity = covering.reduce<Severity | null>((s, f) => (s === null || RANK[f.severity] > RANK[s] ? f.severity : s), null);
    out.push({ text: text.slice(a, b), start: a, severity, findings: covering.map((f) => f.i) });
  }
  return out;
}

// ---- Department colours ----------------------------------------------------------------------

/**
 * A colour per department, the same on every screen and every visit: the department's id picks
 * one of these. Dark enough for white text and distinct side by side; the department's name is
 * always written next to it, so colour is never the only signal.
 */
const PALETTE = ['#1d4ed8', '#b45309', '#7c3aed', '#0f766e', '#be185d', '#4d7c0f', '#c2410c', '#0369a1', '#6d28d9', '#15803d', '#a21caf', '#475569', '#9f1239', '#155e75'];

export function departmentColour(id: string): string {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return PALETTE[(h >>> 0) % PALETTE.length];
}
