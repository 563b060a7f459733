// The charter at work: rules edited by the coordinator (each edit a new version, audited), and
// the check every outgoing message passes. Rules are compiled once per charter version and kept
// in memory; a cheap stamp query tells a process when another one changed them.
import type { Db, Queryable } from '../db/db.ts';
import type { Principal } from '../policy/policy.ts';
import { record, type Actor } from '../audit/audit.repo.ts';
import { badRequest, HttpError, notFound } from '../http/errors.ts';
import { authorise } from '../conversations/conversations.read.ts';
import { invalidate as invalidatePipeline, pipelineContext, type ChannelInfo, type PipelineContext } from '../conversations/pipeline.context.ts';
import { analyseText } from '../understanding/text.ts';
import { detectLanguage } from '../understanding/language.ts';
import { freezesCovering, type FreezeRow } from '../freeze/freeze.repo.ts';
import { listPolicies } from '../approvals/approvals.repo.ts';
import { FREEZE_PREFIX, POLICY_PREFIX, policyFindings, type Policy } from '../approvals/approvals.domain.ts';
import type { OutgoingChecker, OutgoingMessage } from '../replies/outgoing.check.ts';
import { check, compileRules, validateRule, verdictOf, type CompiledRules } from './guidelines.domain.ts';
import type { CheckInput, ContentType, Finding, Locale, RuleScope, Severity, Verdict } from './guidelines.types.ts';
import * as repo from './guidelines.repo.ts';

// ---- Editing the charter -------------------------------------------------------------------

export type RuleInput = Omit<repo.RuleFields, 'params' | 'scope' | 'enabled'> & { params?: Record<string, unknown>; scope?: RuleScope; enabled?: boolean };

function validated(f: RuleInput, locale: Locale): repo.RuleFields {
  const fields = { kind: f.kind, params: f.params ?? {}, severity: f.severity, scope: f.scope ?? {}, explanation: f.explanation };
  const errors = validateRule({ id: 'rule', version: 1, ...fields }, locale);
  if (errors.length > 0) {
    const details = errors.map((e) => ({ field: e.path || 'body', message: e.message }));
    throw badRequest(`the rule is not valid: ${[...new Set(details.map((d) => d.field))].join(', ')}`, details);
  }
  return { ...fields, enabled: f.enabled ?? true };
}

/** JSON with sorted keys: jsonb stores keys in its own order, so equal rules must compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

export async function createRule(db: Db | Queryable, actor: Actor, input: RuleInput, locale: Locale = 'fr') {
  const fields = validated(input, locale);
  const run = async (q: Queryable) => {
    const rule = await repo.insertRule(q, fields, 'personId' in actor ? actor.personId : null);
    await record(q, actor, 'guideline.create', { type: 'guideline', id: rule.id }, null, rule);
    return rule;
  };
  const rule = 'tx' in db ? await db.tx(run) : await run(db);
  invalidate();
  return rule;
}

export async function updateRule(db: Db, p: Principal, id: string, patch: Partial<RuleInput>, locale: Locale) {
  const rule = await db.tx(async (q) => {
    const before = await repo.getRule(q, id, true);
    if (!before) throw notFound('guideline');
    const fields = validated({ ...before, ...patch }, locale);
    // Saving the form unchanged is not an edit: no version for nothing.
    if (canonical(fields) === canonical(validated(before, locale))) return before;
    const after = await repo.updateRule(q, id, fields, p.personId);
    await record(q, p, 'guideline.update', { type: 'guideline', id }, before, after);
    return after;
  });
  invalidate();
  return rule;
}

/** Disabling is an edit like any other: a new version, so the history shows when the rule stopped applying. */
export async function disableRule(db: Db, p: Principal, id: string) {
  const rule = await db.tx(async (q) => {
    const before = await repo.getRule(q, id, true);
    if (!before) throw notFound('guideline');
    if (!before.enabled) return before;
    const after = await repo.updateRule(q, id, { ...before, enabled: false }, p.personId);
    await record(q, p, 'guideline.disable', { type: 'guideline', id }, before, after);
    return after;
  });
  invalidate();
  return rule;
}

// ---- The compiled charter, per database ----------------------------------------------------

interface Charter {
  stamp: string;
  orgKey: string;
  compiled: CompiledRules;
  policies: Policy[];
  checkedAt: number;
  generation: number;
}

const STAMP_TTL_MS = 2000;
const charters = new WeakMap<Db, Charter>();
const orgKeys = new WeakMap<PipelineContext, string>();
let generation = 0;

/** Edits in this process take effect at once; edits elsewhere within STAMP_TTL_MS. */
export function invalidate(): void {
  generation++;
}

const orgKey = (ctx: PipelineContext) => {
  let key = orgKeys.get(ctx);
  if (key === undefined) {
    key = [...ctx.entityPaths].map(([id, path]) => `${id}>${path[1] ?? ''}`).sort().join(',');
    orgKeys.set(ctx, key);
  }
  return key;
};

/** A rule for an entity applies to its subsidiaries too, as a role granted on an entity does. */
function withSubsidiaries(scope: RuleScope, ctx: PipelineContext): RuleScope {
  if (!scope.entityIds?.length) return scope;
  const below = [...ctx.entityPaths].filter(([, path]) => path.some((e) => scope.entityIds!.includes(e))).map(([id]) => id);
  return { ...scope, entityIds: [...new Set([...scope.entityIds, ...below])] };
}

async function charterFor(db: Db, ctx: PipelineContext): Promise<Charter> {
  const key = orgKey(ctx);
  const cached = charters.get(db);
  const fresh = cached && cached.generation === generation && cached.orgKey === key;
  if (fresh && Date.now() - cached.checkedAt < STAMP_TTL_MS) return cached;
  const stamp = await repo.charterStamp(db);
  if (fresh && cached.stamp === stamp) {
    cached.checkedAt = Date.now();
    return cached;
  }
  const [rules, policies] = await Promise.all([repo.listRules(db, { enabledOnly: true }), listPolicies(db)]);
  // Rules were validated when saved; one a newer validator refuses is left out rather than
  // stopping every message from leaving.
  const usable = rules.map((r) => repo.asRule({ ...r, scope: withSubsidiaries(r.scope, ctx) })).filter((r) => validateRule(r).length === 0);
  const charter: Charter = { stamp, orgKey: key, compiled: compileRules(usable), policies: policies.filter((p) => p.enabled), checkedAt: Date.now(), generation };
  charters.set(db, charter);
  return charter;
}

// ---- Checking a message --------------------------------------------------------------------

export interface ScopeFacts {
  text: string;
  contentType: ContentType;
  channel: Pick<ChannelInfo, 'id' | 'departmentId' | 'config'>;
  /** The message's department: its conversation's, else its channel's. */
  departmentId: string | null;
  departments: Map<string, { entityId: string }>;
  conversationLang?: string | null;
  promotional?: boolean;
  freezeActive: boolean;
}

/** 'other' or a missing language compares with nothing: the language rule then stays silent. */
const knownLang = (l: string | null | undefined) => (l && l !== 'other' ? l : undefined);

/** The checker's input: where the message goes and what it is, from the organisation's facts. Pure. */
export function resolveScope(f: ScopeFacts): CheckInput {
  const departmentId = f.departmentId ?? f.channel.departmentId;
  const network = f.channel.config?.network;
  return {
    text: f.text,
    contentType: f.contentType,
    channelId: f.channel.id,
    channelNetwork: typeof network === 'string' && network ? network : undefined,
    departmentId,
    entityId: f.departments.get(departmentId)?.entityId,
    promotional: f.promotional ?? false,
    conversationLang: knownLang(f.conversationLang),
    replyLang: f.contentType === 'reply' ? knownLang(detectLanguage(analyseText(f.text)).lang) : undefined,
    freezeActive: f.freezeActive,
  };
}

export interface GovernedFinding extends Omit<Finding, 'kind'> {
  kind: Finding['kind'] | 'approval_policy';
}

export interface GovernedCheck {
  verdict: Verdict;
  findings: GovernedFinding[];
  appliedRules: { id: string; version: number }[];
  /** Freezes in force over the message, and policies that ask for approval: recorded with the check. */
  freezes: { id: string; reason: string }[];
  policies: { id: string; version: number }[];
}

const RANK: Record<Severity, number> = { warn: 1, needs_approval: 2, block: 3 };

export function freezeFinding(f: Pick<FreezeRow, 'id' | 'reason'>, locale: Locale): GovernedFinding {
  return {
    ruleId: FREEZE_PREFIX + f.id,
    ruleVersion: 1,
    kind: 'crisis_freeze',
    severity: 'needs_approval',
    message: locale === 'fr' ? 'Gel de crise en cours : la communication valide chaque message sortant' : 'Crisis freeze in force: PR approves every outgoing message',
    explanation: f.reason,
    span: null,
  };
}


async function channelOf(db: Db, ref: string): Promise<{ ctx: PipelineContext; channel: ChannelInfo | undefined }> {
  let ctx = await pipelineContext(db);
  const find = () => ctx.channels.get(ref) ?? ctx.channelsByName.get(ref);
  if (!find()) {
    // A channel created a moment ago may not be in the shared context yet.
    invalidatePipeline();
    ctx = await pipelineContext(db);
  }
  return { ctx, channel: find() };
}

export async function checkOutgoing(db: Db, m: OutgoingMessage, locale: Locale): Promise<GovernedCheck> {
  const { ctx, channel } = await channelOf(db, m.channelId);
  if (!channel) throw badRequest('unknown channel', [{ field: 'channel', message: 'no such channel' }]);
  const departmentId = m.departmentId ?? channel.departmentId;
  const [charter, freezes] = await Promise.all([charterFor(db, ctx), freezesCovering(db, [departmentId, channel.departmentId], undefined, ctx)]);
  const input = resolveScope({ ...m, channel, departmentId, departments: ctx.departments, freezeActive: freezes.length > 0 });
  const result = check(charter.compiled, input, locale);
  const findings: GovernedFinding[] = [...result.findings];
  const asked = policyFindings(charter.policies, { contentType: m.contentType, departmentId }, result);
  for (const p of asked) {
    const policy = charter.policies.find((x) => x.id === p.policyId)!;
    findings.push({
      ruleId: POLICY_PREFIX + p.policyId,
      ruleVersion: policy.version,
      kind: 'approval_policy',
      severity: 'needs_approval',
      message: locale === 'fr' ? `Validation demandée par la politique « ${p.name} »` : `Approval required by the policy "${p.name}"`,
      explanation: locale === 'fr' ? 'Ce message part après validation.' : 'This message goes out once approved.',
      span: null,
    });
  }
  // The freeze itself holds the message for PR, whether or not the charter has a freeze rule.
  if (freezes.length > 0 && !findings.some((f) => f.kind === 'crisis_freeze' && f.severity !== 'warn')) findings.push(freezeFinding(freezes[0], locale));
  findings.sort((a, b) => RANK[b.severity] - RANK[a.severity] || (a.span?.[0] ?? -1) - (b.span?.[0] ?? -1));
  return {
    verdict: verdictOf(findings),
    findings,
    appliedRules: result.appliedRules,
    freezes: freezes.map((f) => ({ id: f.id, reason: f.reason })),
    policies: asked.map((p) => ({ id: p.policyId, version: charter.policies.find((x) => x.id === p.policyId)!.version })),
  };
}

/** The checker the reply and publishing services use: the charter, approval policies and freezes. */
export function guidelineChecker(db: Db): OutgoingChecker {
  return async (m) => checkOutgoing(db, m, await repo.localeOf(db, m.authorId));
}

export interface DraftCheck {
  text: string;
  channel: string;
  contentType: ContentType;
  conversationId?: number;
  promotional?: boolean;
}

/** The composer's check of a draft: the same check a sent message gets, in the writer's language. */
export async function checkDraft(db: Db, p: Principal, d: DraftCheck): Promise<GovernedCheck> {
  let departmentId: string | null = null;
  let conversationLang: string | null = null;
  if (d.conversationId !== undefined) {
    if (d.contentType !== 'reply') throw new HttpError(400, 'invalid_request', 'only a reply answers a conversation', [{ field: 'conversationId', message: 'only for a reply' }]);
    const { core } = await authorise(db, p, d.conversationId, 'read');
    departmentId = core.departmentId;
    conversationLang = (await db.query<{ lang: string | null }>('SELECT lang FROM conversations WHERE id = $1', [core.id])).rows[0]?.lang ?? null;
  }
  const locale = await repo.localeOf(db, p.personId);
  return checkOutgoing(db, { text: d.text, contentType: d.contentType, channelId: d.channel, departmentId, conversationLang, promotional: d.promotional }, locale);
}

// ---- The demo's starter charter ------------------------------------------------------------

const STARTER: RuleInput[] = [
  {
    kind: 'personal_data',
    params: { detect: ['iban', 'card'] },
    severity: 'block',
    explanation: { fr: 'Aucune coordonnée bancaire en public : elles se traitent en message privé sécurisé.', en: 'No bank or card details in public: they belong in a secure private message.' },
  },
  {
    kind: 'personal_data',
    params: { detect: ['email', 'phone'] },
    severity: 'warn',
    explanation: {
      fr: "Une adresse ou un numéro en public : vérifiez qu'il n'est pas celui du client, sinon passez en message privé.",
      en: "An address or number in public: make sure it is not the customer's, or move to a private message.",
    },
  },
  {
    kind: 'legal_review',
    params: { terms: ['avocat', 'porter plainte', 'procès', 'tribunal', 'mise en demeure', 'action en justice', 'lawyer', 'lawsuit', 'legal action', 'sue'] },
    severity: 'needs_approval',
    explanation: { fr: 'Un message qui touche au contentieux engage l’entreprise : le juridique le relit.', en: 'A message touching on litigation commits the company: legal reviews it.' },
  },
  {
    kind: 'tone',
    params: { profanity: {} },
    severity: 'block',
    explanation: { fr: 'Jamais de grossièreté, même pour citer le client.', en: 'Never any profanity, not even quoting the customer.' },
  },
  {
    kind: 'tone',
    params: { uppercase: { maxRatio: 0.6, minLetters: 20 }, repeatedPunctuation: { maxRun: 2 } },
    severity: 'warn',
    explanation: { fr: 'Les majuscules et les « !!! » se lisent comme des cris.', en: 'Capitals and "!!!" read as shouting.' },
  },
  {
    kind: 'disclosure',
    params: { tags: ['#pub', '#ad', '#sponsorisé', '#sponsored'] },
    severity: 'block',
    scope: { contentTypes: ['post'] },
    explanation: { fr: 'Un contenu promotionnel se signale comme tel (#pub).', en: 'Promotional content says so (#ad).' },
  },
  {
    kind: 'language_match',
    severity: 'warn',
    scope: { contentTypes: ['reply'] },
    explanation: { fr: 'On répond dans la langue de la personne.', en: 'Answer in the person’s language.' },
  },
  {
    kind: 'length',
    params: { perNetwork: { x: 280, bluesky: 300 } },
    severity: 'block',
    explanation: { fr: 'Le réseau refuserait un message plus long.', en: 'The network would refuse a longer message.' },
  },
];

/** The starter charter every demo organisation begins with; the coordinator edits it from there. */
export async function seedStarterCharter(q: Queryable, actor: Actor): Promise<void> {
  for (const rule of STARTER) await createRule(q, actor, rule);
}
