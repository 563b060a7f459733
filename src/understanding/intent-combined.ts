// How the built-in intent model and the rules decide together. Every intent's score is the rules'
// evidence plus the model's calibrated probability times a weight (chosen when the model is built,
// on examples the model did not train on): strong rule evidence keeps its say, and where the rules
// are weak or silent the model's probability decides. Safety comes first: when the rules read a
// crisis (a strong crisis term, or crisis as their best reading), the message stays a crisis
// whatever the model thinks, so the model can add crises but never remove one.
import { CRISIS_OVERRIDE, type IntentResult, type IntentScores } from './intent.ts';
import { INTENTS, type Intent } from './intent-patterns.ts';

export interface Combination {
  /** Points an intent gains per unit of model probability, next to the rules' own points. */
  modelWeight: number;
}

// combineIntent reads probabilities by position, in this order.
if (INTENTS.join() !== 'complaint,question,job,idea,press,praise,crisis,spam,other') throw new Error('combineIntent needs updating: INTENTS changed');

/** True when the rules' reading alone makes the message a crisis. */
export function rulesSayCrisis(rules: IntentResult): boolean {
  return rules.intent === 'crisis' || rules.scores.crisis >= CRISIS_OVERRIDE;
}

/**
 * The combined intent and scores. `probabilities` is in the order of INTENTS; null means the model
 * had nothing to read (no words, no emoji) and the rules decide alone.
 */
export function combineIntent(rules: IntentResult, probabilities: Float64Array | null, combination: Combination): IntentResult {
  if (probabilities === null) return rules;
  const w = combination.modelWeight;
  const r = rules.scores;
  // Written out in the order of INTENTS: one object shape for every message keeps this cheap.
  const scores: IntentScores = {
    complaint: round2(r.complaint + w * probabilities[0]),
    question: round2(r.question + w * probabilities[1]),
    job: round2(r.job + w * probabilities[2]),
    idea: round2(r.idea + w * probabilities[3]),
    press: round2(r.press + w * probabilities[4]),
    praise: round2(r.praise + w * probabilities[5]),
    crisis: round2(r.crisis + w * probabilities[6]),
    spam: round2(r.spam + w * probabilities[7]),
    // The rules never give "other" points: it is what is left when no intent has evidence.
    other: round2(r.other + w * probabilities[8]),
  };
  let best: Intent = 'other';
  let bestScore = -Infinity;
  for (const intent of INTENTS) {
    if (scores[intent] > bestScore) {
      bestScore = scores[intent];
      best = intent;
    }
  }
  return { intent: rulesSayCrisis(rules) ? 'crisis' : best, scores };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
