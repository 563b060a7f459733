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
  const scores = {} as IntentScores;
  let best: Intent = 'other';
  let bestScore = -Infinity;
  for (let k = 0; k < INTENTS.length; k++) {
    const intent = INTENTS[k];
    // The rules never give "other" points: it is what is left when no intent has evidence.
    const s = Math.round((rules.scores[intent] + combination.modelWeight * probabilities[k]) * 100) / 100;
    scores[intent] = s;
    if (s > bestScore) {
      bestScore = s;
      best = intent;
    }
  }
  return { intent: rulesSayCrisis(rules) ? 'crisis' : best, scores };
}
