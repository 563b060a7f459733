// Conversations as the interface reads them: the API's shapes, typed over the server's own unions
// (intents, SLA states, priorities, rule conditions), and the lists the filters and forms offer.
// The lists are written out here rather than imported, so the bundle does not carry the server's
// language tables; the checks at the bottom fail the type check if the server adds a value.
import type { Intent } from '../../src/understanding/intent-patterns.ts';
import type { RiskFactor } from '../../src/understanding/risk.ts';
import type { SlaState } from '../../src/inbox/sla.domain.ts';
import type { Priority, RuleActions, RuleConditions } from '../../src/routing/routing.domain.ts';
import type { Status } from '../../src/conversations/conversations.actions.ts';
import type { publicChannel } from '../../src/channels/connectors.ts';
import type { OutgoingCheck } from '../../src/replies/outgoing.check.ts';
import type { InboxEvent } from '../../src/events/bus.ts';
import type { DepartmentKind } from '../../src/org/org.domain.ts';

export type { Intent, Priority, Status, SlaState, RuleActions, RuleConditions, InboxEvent };

export const STATUSES = ['new', 'open', 'waiting', 'resolved'] as const satisfies readonly Status[];
export const INTENTS = ['complaint', 'question', 'job', 'idea', 'press', 'praise', 'crisis', 'spam', 'other'] as const satisfies readonly Intent[];
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const satisfies readonly Priority[];
export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];
/** Languages the understanding tells apart; anything else is "other". */
export const MESSAGE_LANGS = ['fr', 'en', 'other'] as const;
export const SLA_FILTERS = ['breached', 'at_risk', 'on_time'] as const;
export const SLA_STATES = ['met', 'breached', 'at_risk', 'running', 'none'] as const satisfies readonly SlaState[];
export const REPLY_STATUSES = ['pending_approval', 'queued', 'sending', 'sent', 'failed'] as const;
export type ReplyStatus = (typeof REPLY_STATUSES)[number];
export const ROUTING_KINDS = ['rule', 'fallback', 'thread', 'own', 'handoff', 'model'] as const;
export type RoutingKind = (typeof ROUTING_KINDS)[number];
export const RISK_FACTORS = ['negativity', 'intent', 'terms', 'intensity', 'reach'] as const satisfies readonly RiskFactor['factor'][];

export type Channel = ReturnType<typeof publicChannel>;

export interface Sla {
  firstResponseDue: string | null;
  resolutionDue: string | null;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  firstResponse: SlaState;
  resolution: SlaState;
}

export interface ConversationSummary {
  id: number;
  channel: { id: string; name: string | null };
  externalId: string;
  author: { handle: string; name: string | null; followers: number | null };
  text: string;
  url: string | null;
  createdAt: string;
  receivedAt: string;
  lastActivityAt: string;
  status: Status;
  department: { id: string; kind: DepartmentKind } | null;
  assignee: { id: string; name: string | null } | null;
  priority: Priority;
  tags: string[];
  enrichment: { lang: string; sentiment: Sentiment; sentimentScore: number; intent: Intent; risk: number; topics: string[] };
  sla: Sla;
}

export interface Reply {
  id: number;
  text: string;
  status: ReplyStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  author: string;
}

export interface Note {
  id: number;
  text: string;
  mentions: string[];
  createdAt: string;
  author: { id: string; name: string };
}

export interface Handoff {
  id: number;
  from: string | null;
  to: string;
  reason: string;
  createdAt: string;
  by: string;
}

/** Risk factors name themselves `factor`; `name` is accepted too, for older stored items. */
export type Factor = Partial<RiskFactor> & { name?: string; points: number };

export interface ConversationDetail extends Omit<ConversationSummary, 'channel' | 'enrichment'> {
  channel: { id: string; name: string | null; kind: Channel['kind'] | null };
  enrichment: ConversationSummary['enrichment'] & {
    intentScores?: Partial<Record<Intent, number>>;
    riskFactors?: Factor[];
    model?: { name: string; version: string };
  };
  routing: { reason: string | null; kind?: RoutingKind; ruleName?: string; by?: string; from?: string | null };
  thread: { id: number; externalId: string; author: { handle: string; name: string | null }; text: string; createdAt: string; enrichment: { lang: string; sentiment: Sentiment; intent: Intent; risk: number } }[];
  notes: Note[];
  handoffs: Handoff[];
  replies: Reply[];
  sharedWith: string[];
}

export interface NewReply {
  id: number;
  status: ReplyStatus;
  createdAt: string;
  check: OutgoingCheck;
}
export type Finding = OutgoingCheck['findings'][number];

export interface ConversationPatch {
  status?: Status;
  assigneeId?: string | null;
  priority?: Priority;
  tags?: string[];
}

export interface InboxQuery {
  department?: string;
  status?: string;
  intent?: string;
  sentiment?: string;
  lang?: string;
  sla?: string;
  assignee?: string;
  topic?: string;
  q?: string;
  limit?: number;
  cursor?: number | null;
}

export interface RoutingRule {
  id: string;
  position: number;
  name: string;
  enabled: boolean;
  conditions: RuleConditions;
  actions: RuleActions;
  isDefault: boolean;
  version: number;
  updatedAt: string;
}

export interface ListeningQuery {
  id: string;
  departmentId: string;
  name: string;
  query: string;
  enabled: boolean;
}

export interface Notification {
  id: number;
  /** A mention in a note, a message waiting for my approval, or the decision on my message. */
  kind: 'mention' | 'approval_request' | 'approval_decided';
  /** null for a post's approval: posts belong to no conversation. */
  conversationId: number | null;
  text: string;
  createdAt: string;
  readAt: string | null;
}

export interface HandoffStat {
  from: string | null;
  to: string;
  count: number;
}

/** Only web addresses become links: a `javascript:` or `data:` URL from a message stays text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The SLA clock that matters now: the first one still running (first response, then resolution);
 * once both have stopped, a breach, so a late answer stays visible.
 */
export function currentClock(sla: Sla): { which: 'firstResponse' | 'resolution'; state: SlaState; due: string | null; doneAt: string | null } | null {
  const first = { which: 'firstResponse' as const, state: sla.firstResponse, due: sla.firstResponseDue, doneAt: sla.firstResponseAt };
  const resolution = { which: 'resolution' as const, state: sla.resolution, due: sla.resolutionDue, doneAt: sla.resolvedAt };
  for (const c of [first, resolution]) if (c.state !== 'none' && c.state !== 'met' && !c.doneAt) return c;
  for (const c of [resolution, first]) if (c.state === 'breached') return c;
  return null;
}

// Fails to compile when the server adds an intent, priority, status or SLA state the lists miss.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
export const LISTS_ARE_COMPLETE: [
  Missing<Intent, (typeof INTENTS)[number]>,
  Missing<Priority, (typeof PRIORITIES)[number]>,
  Missing<Status, (typeof STATUSES)[number]>,
  Missing<SlaState, (typeof SLA_STATES)[number]>,
  Missing<RiskFactor['factor'], (typeof RISK_FACTORS)[number]>,
] = [true, true, true, true, true];
