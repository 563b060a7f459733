// One entry point for everything Relais reads in a message: language, sentiment, intent, topics
// and risk. Models sit behind the Understander interface so that a classifier trained on an
// organisation's own history can replace or refine the built-in rules without touching callers.
import { analyseText, type AnalysedText } from './text.ts';
import { detectLanguage, type Lang } from './language.ts';
import { scoreSentiment, type SentimentLabel, type SentimentResult } from './sentiment.ts';
import { classifyIntent, INTENTS, type Intent, type IntentResult, type IntentScores } from './intent.ts';
import { combineIntent } from './intent-combined.ts';
import { builtinIntentModel, type IntentModel } from './intent-model.ts';
import { matchTopics, type CompiledQuery } from './listening-query.ts';
import { assessRisk, type RiskFactor } from './risk.ts';

export type { Lang, SentimentLabel, Intent, IntentScores, RiskFactor, CompiledQuery };
export { INTENTS };

export interface UnderstandInput {
  text: string;
  /** Followers of the author when the channel tells; raises the risk of what is already risky. */
  authorFollowers?: number;
  /** The organisation's listening queries, parsed once with parseQuery. */
  queries?: readonly CompiledQuery<string>[];
}

export interface ModelInfo { name: string; version: string }

export interface Enrichment {
  lang: Lang;
  sentiment: SentimentLabel;
  /** In [-1, 1]. */
  sentimentScore: number;
  intent: Intent;
  /**
   * Evidence per intent; the largest usually wins (see intent.ts and intent-combined.ts for the
   * exceptions). With the built-in model, the rules' points plus the model's weighted probability.
   */
  intentScores: IntentScores;
  /** Ids of the listening queries the text matches. */
  topics: string[];
  /** 0 to 100. */
  risk: number;
  riskFactors: RiskFactor[];
  model: ModelInfo;
}

export interface Understander {
  readonly model: ModelInfo;
  understand(input: UnderstandInput): Enrichment;
}

/** The rules and lexicons alone. */
export const RULES_MODEL: ModelInfo = { name: 'relais-builtin-rules', version: '1.0.0' };
/** The rules and lexicons with the intent model shipped with Relais (models/intent.model.json). */
export const BUILTIN_MODEL: ModelInfo = { name: 'relais-builtin', version: '2.0.0' };

/** The rules and lexicons shipped with Relais, for French and English, without any trained model. */
export class RulesUnderstander implements Understander {
  readonly model: ModelInfo = RULES_MODEL;

  understand(input: UnderstandInput): Enrichment {
    return this.understandAnalysed(analyseText(input.text ?? ''), input);
  }

  /** For callers that already analysed the text (a trained model wrapping this one, for instance). */
  understandAnalysed(a: AnalysedText, input: Omit<UnderstandInput, 'text'>): Enrichment {
    const { lang } = detectLanguage(a);
    const sentiment = scoreSentiment(a, lang);
    return enrich(a, input, lang, sentiment, classifyIntent(a, sentiment.score), this.model);
  }
}

/**
 * What Relais uses by default: language, sentiment, topics and risk from the rules and lexicons,
 * and the intent from the rules together with the built-in intent model (see intent-combined.ts:
 * the model decides where the rules are weak or silent; a crisis the rules see stays a crisis).
 * Without the model file it falls back to the rules alone, and says so in `model`.
 */
export class BuiltinUnderstander implements Understander {
  readonly model: ModelInfo;
  private readonly intentModel: IntentModel | null;
  private readonly probabilities = new Float64Array(INTENTS.length);

  constructor(intentModel: IntentModel | null = builtinIntentModel()) {
    this.intentModel = intentModel;
    this.model = intentModel ? BUILTIN_MODEL : RULES_MODEL;
  }

  understand(input: UnderstandInput): Enrichment {
    return this.understandAnalysed(analyseText(input.text ?? ''), input);
  }

  /** For callers that already analysed the text (a trained model wrapping this one, for instance). */
  understandAnalysed(a: AnalysedText, input: Omit<UnderstandInput, 'text'>): Enrichment {
    const { lang } = detectLanguage(a);
    const sentiment = scoreSentiment(a, lang);
    const rules = classifyIntent(a, sentiment.score);
    let intent = rules;
    const m = this.intentModel;
    // A text without words or emoji gives the model nothing to read.
    if (m && (a.words.length > 0 || a.emojis.length > 0)) {
      m.probabilities(a, this.probabilities, { sentiment: sentiment.score, rules: rules.scores });
      intent = combineIntent(rules, this.probabilities, m.combination);
    }
    return enrich(a, input, lang, sentiment, intent, this.model);
  }
}

function enrich(
  a: AnalysedText, input: Omit<UnderstandInput, 'text'>, lang: Lang, sentiment: SentimentResult, intent: IntentResult, model: ModelInfo,
): Enrichment {
  const topics = input.queries && input.queries.length > 0 ? matchTopics(input.queries, a) : [];
  const risk = assessRisk({ text: a, sentimentScore: sentiment.score, intent: intent.intent, authorFollowers: input.authorFollowers });
  return {
    lang,
    sentiment: sentiment.label,
    sentimentScore: sentiment.score,
    intent: intent.intent,
    intentScores: intent.scores,
    topics,
    risk: risk.risk,
    riskFactors: risk.factors,
    model,
  };
}

/**
 * Lets a trained intent model take over the intent while the built-in rules keep the rest; the
 * risk is recomputed from the new intent so the two never disagree. The model is any function
 * returning scores per intent; when it abstains (returns null) the rules decide.
 */
export class IntentOverrideUnderstander implements Understander {
  readonly model: ModelInfo;
  constructor(
    private readonly classify: (text: string) => { intent: Intent; scores?: Partial<IntentScores> } | null,
    model: ModelInfo,
    private readonly base = new BuiltinUnderstander(),
  ) {
    this.model = model;
  }

  understand(input: UnderstandInput): Enrichment {
    const a = analyseText(input.text ?? '');
    const enrichment = this.base.understandAnalysed(a, input);
    const decided = this.classify(input.text ?? '');
    if (!decided) return enrichment;
    const risk = assessRisk({
      text: a, sentimentScore: enrichment.sentimentScore, intent: decided.intent, authorFollowers: input.authorFollowers,
    });
    return {
      ...enrichment,
      intent: decided.intent,
      intentScores: { ...enrichment.intentScores, ...decided.scores },
      risk: risk.risk,
      riskFactors: risk.factors,
      model: this.model,
    };
  }
}

const builtin = new BuiltinUnderstander();

/** Enriches one message; callers holding an organisation's trained model pass it as understander. */
export function understand(input: UnderstandInput, understander: Understander = builtin): Enrichment {
  return understander.understand(input);
}
