// The routing model's rules, as pure functions: which past conversations teach what, which ones
// are kept aside to measure it, when there is enough to learn from, how it is judged, and what it
// suggests for a new message. The service loads the rows and stores the outcome.
import { predict, type Example, type Model } from '../nlp/classifier.ts';
import { evaluate } from '../nlp/metrics.ts';

export const MODEL_NAME = 'relais-routing';

/** One root conversation as the history query returns it. */
export interface HistoryRow {
  id: number;
  text: string;
  status: string;
  departmentId: string | null;
  /** `routing.kind` of the conversation: 'own' marks the organisation's own messages. */
  routingKind: string | null;
  /** The department of its last hand-off, if it was ever handed off. */
  handedTo: string | null;
}

export interface LabelledConversation {
  conversationId: number;
  text: string;
  /** A department id, or null: closed without any department (spam, chit-chat). */
  label: string | null;
  handoff: boolean;
}

export interface TrainingSet {
  /** Examples for the classifier, hand-offs repeated `handoffWeight` times. */
  examples: Example[];
  heldOut: LabelledConversation[];
  /** Conversations (not copies) the model learns from; of them, handed off, and closed without a department. */
  conversations: number;
  handoffs: number;
  outOfScope: number;
  /** Departments it learns. */
  classes: number;
}

export const MINIMUM = { examples: 30, classes: 2 } as const;
export const HANDOFF_WEIGHT = 3;

/**
 * What a conversation teaches: a hand-off is a person correcting where it went, so the last one
 * wins whatever the status; otherwise a resolved conversation was handled where it sat, and one
 * resolved in the triage queue without any department (spam, chit-chat) teaches the model to
 * suggest nothing, so such messages still reach the triage queue once there is a model. The
 * organisation's own messages are stored in a channel's department without being routed, and would
 * teach that whatever the organisation says belongs there. null: teaches nothing.
 */
export function labelOf(r: HistoryRow): { label: string | null; handoff: boolean } | null {
  if (r.routingKind === 'own') return null;
  if (r.handedTo) return { label: r.handedTo, handoff: true };
  if (r.status === 'resolved') return { label: r.departmentId, handoff: false };
  return null;
}

/** Murmur3 finaliser over both halves of the id: plain `id % 10` would follow how ids were dealt. */
function mixId(id: number): number {
  let h = (id >>> 0) ^ Math.floor(id / 0x100000000);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * One conversation in ten, chosen by its id, is never learned from: the same ones every run, so
 * accuracy figures of successive models are measured on comparable data and never on what the
 * model saw.
 */
export function isHeldOut(conversationId: number): boolean {
  return mixId(conversationId) % 10 === 0;
}

export function buildTrainingSet(rows: readonly HistoryRow[], handoffWeight = HANDOFF_WEIGHT): TrainingSet {
  const examples: Example[] = [];
  const heldOut: LabelledConversation[] = [];
  const labels = new Set<string>();
  let conversations = 0;
  let handoffs = 0;
  let outOfScope = 0;
  for (const r of rows) {
    const l = labelOf(r);
    if (!l || !r.text.trim()) continue;
    if (isHeldOut(r.id)) {
      heldOut.push({ conversationId: r.id, text: r.text, label: l.label, handoff: l.handoff });
      continue;
    }
    conversations++;
    if (l.label === null) outOfScope++;
    else labels.add(l.label);
    if (l.handoff) handoffs++;
    for (let k = l.handoff ? handoffWeight : 1; k > 0; k--) examples.push({ text: r.text, label: l.label });
  }
  return { examples, heldOut, conversations, handoffs, outOfScope, classes: labels.size };
}

export class TrainingRefused extends Error {
  constructor(
    message: string,
    readonly details: { examples: number; classes: number; minimumExamples: number; minimumClasses: number; missing: number },
  ) {
    super(message);
  }
}

/** Too little history gives a model that routes by accident; say what is missing instead. */
export function checkMinimum(set: Pick<TrainingSet, 'conversations' | 'classes'>): TrainingRefused | null {
  const missing = Math.max(0, MINIMUM.examples - set.conversations);
  const details = { examples: set.conversations, classes: set.classes, minimumExamples: MINIMUM.examples, minimumClasses: MINIMUM.classes, missing };
  if (missing > 0) {
    return new TrainingRefused(
      `the routing model needs at least ${MINIMUM.examples} resolved or handed-off conversations to learn from ` +
        `(one in ten is kept aside to measure it): ${set.conversations} so far, ${missing} more needed`,
      details,
    );
  }
  if (set.classes < MINIMUM.classes) {
    return new TrainingRefused(
      `the routing model needs conversations resolved in at least ${MINIMUM.classes} departments: ` +
        `the ${set.conversations} so far are in ${set.classes === 0 ? 'none' : 'only one'}`,
      details,
    );
  }
  return null;
}

export interface HeldOutFigures {
  heldout: number;
  /** Right answer: the right department, or none for a conversation closed without one. */
  accuracy: number | null;
  macroF1: number | null;
  /** Share of messages the model gave a department (the rest go on to the rules). */
  coverage: number | null;
  /** Right department among the messages it gave one. */
  coveredAccuracy: number | null;
}

export function evaluateHeldOut(model: Model, heldOut: readonly LabelledConversation[]): HeldOutFigures {
  if (heldOut.length === 0) return { heldout: 0, accuracy: null, macroF1: null, coverage: null, coveredAccuracy: null };
  const predicted = heldOut.map((h) => predict(model, h.text).label);
  const ev = evaluate(heldOut.map((h) => h.label), predicted);
  const covered = predicted.filter((p) => p !== null).length;
  const right = predicted.filter((p, i) => p !== null && p === heldOut[i].label).length;
  return {
    heldout: heldOut.length,
    accuracy: ev.accuracy,
    macroF1: ev.macroF1,
    coverage: ev.coverage,
    coveredAccuracy: covered ? right / covered : null,
  };
}

/**
 * A model routes messages at ingest only once it has shown, on the held-out slice, that the
 * departments it gives are right often enough; below that it still suggests (the coordinator sees
 * what it would do) but the rules keep routing. On the demo history (~250 conversations over seven
 * departments) the first model gets about 0.6 on the messages it labels, far below the rules it
 * would replace; on ten thousand conversations it gets over 0.9.
 */
export const ROUTING_GATE = { coveredAccuracy: 0.8, heldout: 5 } as const;

export function routesAtIngest(f: { heldout: number; coveredAccuracy: number | null }): boolean {
  return f.heldout >= ROUTING_GATE.heldout && f.coveredAccuracy !== null && f.coveredAccuracy >= ROUTING_GATE.coveredAccuracy;
}

/** The active model as ingest uses it. */
export interface ActiveModel {
  id: number;
  trainedAt: string;
  /** Conversations it learned from, for the routing reason. */
  examples: number;
  /** Whether it passed ROUTING_GATE: only then does it route at ingest. */
  routes: boolean;
  model: Model;
}

export interface Suggestion {
  /** null: the model is not confident enough (below its threshold) or the text is out of scope. */
  departmentId: string | null;
  confidence: number;
}

/** Pure and allocation-light: ingest calls it once per routed message. */
export function suggestDepartment(active: Pick<ActiveModel, 'model'>, text: string): Suggestion {
  const p = predict(active.model, text);
  return { departmentId: p.label, confidence: p.confidence };
}

/** The routing reason a conversation records when the model placed it. */
export function modelReason(active: Pick<ActiveModel, 'id' | 'examples'>, s: Suggestion & { departmentId: string }) {
  return {
    kind: 'model' as const,
    model: { name: MODEL_NAME, version: String(active.id), departmentId: s.departmentId, confidence: s.confidence },
    text: `learned from ${active.examples} resolved conversations and hand-offs (confidence ${s.confidence.toFixed(2)})`,
  };
}

/**
 * What the router needs from the model for one message: a department and the reason to record,
 * or null when the model is not confident or not trusted to route yet (the rules then decide as if
 * there were no model).
 */
export function learnedRoute(active: Pick<ActiveModel, 'id' | 'examples' | 'routes' | 'model'>, text: string) {
  if (!active.routes) return null;
  const s = suggestDepartment(active, text);
  return s.departmentId === null ? null : { departmentId: s.departmentId, reason: modelReason(active, { departmentId: s.departmentId, confidence: s.confidence }) };
}
