// The examples the built-in intent model is trained on: short messages written for Relais, in
// French and English, to companies of every kind (banks, telecoms, transport, energy, retail,
// software, insurance, hotels). None is about the demo organisation, so the demo conversations stay
// a fair held-out test of the model.
import { COMPLAINTS } from './complaint.ts';
import { QUESTIONS } from './question.ts';
import { JOBS } from './job.ts';
import { IDEAS } from './idea.ts';
import { PRESS } from './press.ts';
import { PRAISE } from './praise.ts';
import { CRISES } from './crisis.ts';
import { SPAM } from './spam.ts';
import { OTHER } from './other.ts';
import type { IntentExample } from './lines.ts';

export type { IntentExample };

export const INTENT_EXAMPLES: readonly IntentExample[] = [
  ...COMPLAINTS, ...QUESTIONS, ...JOBS, ...IDEAS, ...PRESS, ...PRAISE, ...CRISES, ...SPAM, ...OTHER,
];
