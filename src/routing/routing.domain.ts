// Where a conversation goes, decided by ordered rules kept as data. Pure: the caller gives the
// rules, what was understood of the message, and the shape of the organisation; the decision
// says why, so a person can read it on the conversation.
import { parseQuery, matches, type QueryAst } from '../understanding/listening-query.ts';
import { analyseText, type AnalysedText } from '../understanding/text.ts';
import type { DepartmentKind } from '../org/org.domain.ts';

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export interface RuleConditions {
  lang?: string[];
  sentiment?: string[];
  intent?: string[];
  /** Listening query ids: any of them matched. */
  topics?: string[];
  channelIds?: string[];
  minRisk?: number;
  maxRisk?: number;
  /** A listening-query expression on the text: quotes, AND, OR, NOT, parentheses. */
  keywords?: string;
}

export interface RuleActions {
  departmentId?: string;
  /** Resolved within the entity of the channel, then its parents, then anywhere. */
  departmentKind?: DepartmentKind;
  priority?: Priority;
  slaFirstResponseMinutes?: number;
  tags?: string[];
}

export interface RoutingRule {
  id: string;
  position: number;
  name: string;
  enabled: boolean;
  conditions: RuleConditions;
  actions: RuleActions;
  version: number;
  /** A rule of the intent map every organisation starts with; the learned model comes before it. */
  isDefault?: boolean;
}

export interface CompiledRule extends RoutingRule {
  keywords?: QueryAst;
}

export interface OrgShape {
  departments: { id: string; kind: string; entityId: string }[];
}

export interface RoutingInput {
  lang: string;
  sentiment: string;
  intent: string;
  risk: number;
  topics: string[];
  channelId: string;
  /** The channel's entity, then its ancestors. */
  channelEntityPath: string[];
  text: string | AnalysedText;
  model: { name: string; version: string };
  intentScores?: Record<string, number>;
  /**
   * The organisation's learned routing model, asked only when no rule of the coordinator decided
   * (a prediction costs more than the rules); null when it has no confident suggestion.
   */
  learned?: () => LearnedRoute | null;
}

/** A department the learned model is confident about, with the reason to record. */
export interface LearnedRoute {
  departmentId: string;
  reason: { kind: 'model'; text: string; model: { name: string; version: string; departmentId: string; confidence: number } };
}

export interface RoutingDecision {
  departmentId: string | null;
  priority: Priority;
  tags: string[];
  slaFirstResponseMinutes?: number;
  reason: {
    kind: 'rule' | 'fallback' | 'thread' | 'own' | 'handoff' | 'model';
    ruleId?: string;
    ruleName?: string;
    ruleVersion?: number;
    text: string;
    model?: { name: string; version: string; intent?: string; scores?: Record<string, number>; departmentId?: string; confidence?: number };
  };
}

export class RuleError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

/** Parses the keyword expression once; a malformed one is reported with the field it sits in. */
export function compileRules(rules: RoutingRule[]): CompiledRule[] {
  return rules
    .filter((r) => r.enabled)
    .sort((a, b) => a.position - b.position)
    .map((r) => ({ ...r, keywords: r.conditions.keywords ? compileKeywords(r.conditions.keywords) : undefined }));
}

export function compileKeywords(q: string): QueryAst {
  try {
    return parseQuery(q);
  } catch (err) {
    throw new RuleError('conditions.keywords', (err as Error).message);
  }
}

const analysed = (t: string | AnalysedText) => (typeof t === 'string' ? analyseText(t) : t);

const oneOf = (list: string[] | undefined, v: string) => !list || list.length === 0 || list.includes(v);

export function ruleMatches(r: CompiledRule, i: RoutingInput, text: () => AnalysedText = () => analysed(i.text)): boolean {
  const c = r.conditions;
  return (
    oneOf(c.lang, i.lang) &&
    oneOf(c.sentiment, i.sentiment) &&
    oneOf(c.intent, i.intent) &&
    oneOf(c.channelIds, i.channelId) &&
    (!c.topics || c.topics.length === 0 || c.topics.some((t) => i.topics.includes(t))) &&
    (c.minRisk === undefined || i.risk >= c.minRisk) &&
    (c.maxRisk === undefined || i.risk <= c.maxRisk) &&
    (!r.keywords || matches(r.keywords, text()))
  );
}

/** The department of a kind nearest to the channel: its entity, then the parents, then anywhere. */
export function resolveKind(kind: string, entityPath: string[], org: OrgShape): string | null {
  for (const entityId of entityPath) {
    const d = org.departments.find((x) => x.kind === kind && x.entityId === entityId);
    if (d) return d.id;
  }
  return org.departments.find((x) => x.kind === kind)?.id ?? null;
}

/**
 * The first matching rule that names a department decides it; rules before it that only tag or
 * set a priority still apply. No department: the coordinator's triage queue.
 *
 * The learned model sits between the coordinator's own rules and the default intent map: when the
 * department would come from the map (or from nobody) and the model is confident about a department
 * that exists, the model decides the department; the priority, tags and SLA stay the rules' (the
 * map still says how urgent a crisis is).
 */
export function route(rules: CompiledRule[], i: RoutingInput, org: OrgShape): RoutingDecision {
  const { decision, byDefault } = byRules(rules, i, org);
  if (decision.departmentId !== null && !byDefault) return decision;
  const learned = i.learned?.();
  if (!learned || !org.departments.some((d) => d.id === learned.departmentId)) return decision;
  return { ...decision, departmentId: learned.departmentId, reason: learned.reason };
}

function byRules(rules: CompiledRule[], i: RoutingInput, org: OrgShape): { decision: RoutingDecision; byDefault: boolean } {
  const model = { ...i.model, intent: i.intent, scores: i.intentScores };
  let priority: Priority = 'normal';
  const tags = new Set<string>();
  let sla: number | undefined;
  // The text is analysed only if a rule has keywords, and then once.
  let text: AnalysedText | undefined;
  const textOf = () => (text ??= analysed(i.text));
  for (const r of rules) {
    if (!ruleMatches(r, i, textOf)) continue;
    const a = r.actions;
    if (a.priority) priority = a.priority;
    for (const t of a.tags ?? []) tags.add(t);
    if (a.slaFirstResponseMinutes) sla = a.slaFirstResponseMinutes;
    const departmentId = a.departmentId ?? (a.departmentKind ? resolveKind(a.departmentKind, i.channelEntityPath, org) : null);
    if (a.departmentId || a.departmentKind) {
      if (!departmentId || !org.departments.some((d) => d.id === departmentId)) continue;
      return {
        byDefault: !!r.isDefault,
        decision: {
          departmentId,
          priority,
          tags: [...tags],
          slaFirstResponseMinutes: sla,
          reason: { kind: 'rule', ruleId: r.id, ruleName: r.name, ruleVersion: r.version, text: `rule "${r.name}" matched`, model },
        },
      };
    }
  }
  return {
    byDefault: false,
    decision: {
      departmentId: null,
      priority,
      tags: [...tags],
      slaFirstResponseMinutes: sla,
      reason: { kind: 'fallback', text: 'no rule named a department: triage queue', model },
    },
  };
}
