// Intent of a message from weighted word patterns (see intent-patterns.ts) plus a few surface
// signals: question marks, links and tag floods, and the sentiment of the text. Every intent gets a
// score, so a person can see why a message went where it went. By default these scores are combined
// with the shipped intent model (intent-combined.ts, intent-model.ts); on their own they are what
// RulesUnderstander gives, and what the model falls back to when its file is absent.
import { BREAK, type AnalysedText } from './text.ts';
import { PatternSet } from './patterns.ts';
import { INTENT_PATTERNS, INTENTS, type Intent } from './intent-patterns.ts';

export { INTENTS, type Intent };

export type IntentScores = Record<Intent, number>;

export interface IntentResult {
  intent: Intent;
  scores: IntentScores;
}

/** Below this no intent is claimed and the message is "other". */
export const MIN_INTENT_SCORE = 2;
/** A safety signal this strong wins over any other reading (a complaint about food poisoning is a crisis). */
export const CRISIS_OVERRIDE = 4;
const SPECIFIC: readonly Intent[] = ['crisis', 'complaint', 'press', 'job', 'idea', 'spam'];
const SPECIFIC_WINS = 3;

const PATTERNS = new PatternSet();
INTENTS.forEach((intent, k) => {
  if (intent === 'other') return;
  for (const [weight, list] of INTENT_PATTERNS[intent]) PATTERNS.add(k, weight, list);
});

// A pattern right after a negation does not count: "pas top", "not happy", "pas de journaliste".
const NEGATORS = new Set(['pas', 'ne', 'n', 'jamais', 'not', 'never', 'no', 'dont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'arent', 'sans', 'without']);

export function classifyIntent(a: AnalysedText, sentimentScore = 0): IntentResult {
  const raw = new Float64Array(INTENTS.length);
  const words = a.words;
  PATTERNS.scan(
    words,
    (p) => { raw[p.group] += p.weight; },
    (i, p) => p.weight > 0 && p.group !== COMPLAINT && isNegated(words, i),
  );
  addSurfaceSignals(a, raw, sentimentScore);

  const scores = {} as IntentScores;
  let best: Intent = 'other';
  let bestScore = 0;
  for (let k = 0; k < INTENTS.length; k++) {
    const s = Math.max(0, Math.round(raw[k] * 100) / 100);
    scores[INTENTS[k]] = s;
    if (s > bestScore) { bestScore = s; best = INTENTS[k]; }
  }
  if (scores.crisis >= CRISIS_OVERRIDE) best = 'crisis';
  else if (bestScore < MIN_INTENT_SCORE) best = 'other';
  else if (best === 'question' || best === 'praise') {
    // Asking or thanking is how people phrase things; a clear purpose behind the phrasing wins.
    let specific: Intent = 'other';
    let specificScore = 0;
    for (const k of SPECIFIC) if (scores[k] > specificScore) { specificScore = scores[k]; specific = k; }
    if (specificScore >= SPECIFIC_WINS) best = specific;
  }
  return { intent: best, scores };
}

const COMPLAINT = INTENTS.indexOf('complaint');
const QUESTION = INTENTS.indexOf('question');
const PRAISE = INTENTS.indexOf('praise');
const SPAM = INTENTS.indexOf('spam');
const OTHER = INTENTS.indexOf('other');

function isNegated(words: readonly string[], i: number): boolean {
  return (i > 0 && NEGATORS.has(words[i - 1])) || (i > 1 && words[i - 1] !== BREAK && NEGATORS.has(words[i - 2]));
}

const QUESTION_OPENERS = new Set(
  ('how what when where why who which can could would will is are do does did any comment pourquoi quand combien ' +
    'quel quelle quels quelles ou est peut pouvez pourriez avez etes auriez savez').split(' '),
);

function startsLikeQuestion(words: string[]): boolean {
  for (const w of words) {
    if (w.charCodeAt(0) === 64) continue;
    return QUESTION_OPENERS.has(w);
  }
  return false;
}

function addSurfaceSignals(a: AnalysedText, raw: Float64Array, sentiment: number): void {
  if (a.questionMarks > 0) raw[QUESTION] += 2;
  if (startsLikeQuestion(a.words)) raw[QUESTION] += 1.5;
  // Strong feeling with no other reason given still says something: an unhappy message is most
  // often a complaint, a warm one praise.
  if (sentiment < 0) raw[COMPLAINT] += 3 * -sentiment;
  else if (sentiment > 0) raw[PRAISE] += 2 * sentiment;
  if (raw[PRAISE] > 0 && sentiment < -0.3) raw[PRAISE] = 0;
  // "Thanks" closing a complaint or a question is politeness, not praise.
  let otherBest = 0;
  for (let k = 0; k < raw.length; k++) if (k !== PRAISE && raw[k] > otherBest) otherBest = raw[k];
  if (otherBest >= MIN_INTENT_SCORE) raw[PRAISE] = Math.max(0, raw[PRAISE] - 2);
  // Promotion rides on links and floods of tags and handles.
  if (raw[SPAM] > 0 && a.urls > 0) raw[SPAM] += 1.5;
  if (a.hashtags >= 6) raw[SPAM] += 1;
  if (a.mentions >= 6) raw[SPAM] += 1;
  if (a.urls >= 3) raw[SPAM] += 1;
  raw[OTHER] = 0;
}
