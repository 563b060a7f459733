// Figures of the built-in language models of src/understanding, for the "Built-in models" part of
// bench-nlp.ts. Nothing here is trained on what it measures:
// - intent: the demo conversations (src/demo/conversations) against the label a person gave them;
//   the shipped intent model is trained on src/understanding/training only, and
//   test/unit/intent-model.test.ts checks that no training example repeats a demo message;
// - French sentiment: DEFT 2017 `val`, with the lexicons as shipped (no training at all).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow } from './bench-nlp.ts';
import { demoConversations } from '../src/demo/demo.conversations.ts';
import { evaluate } from '../src/nlp/metrics.ts';
import { BuiltinUnderstander, RulesUnderstander, type Understander } from '../src/understanding/understanding.ts';
import { builtinIntentModel } from '../src/understanding/intent-model.ts';
import { INTENT_EXAMPLES } from '../src/understanding/training/index.ts';
import { analyseText } from '../src/understanding/text.ts';
import { scoreSentiment } from '../src/understanding/sentiment.ts';

/** understand() calls per second of CPU time on one core, after a warm-up pass. */
function understandSpeed(u: Understander, texts: string[]): number {
  for (const text of texts) u.understand({ text });
  let n = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < 2000) for (const text of texts) (u.understand({ text }), n++);
  const used = process.cpuUsage(cpu);
  return n / ((used.user + used.system) / 1e6);
}

function intentRow(): BenchRow {
  const items = demoConversations(new Date('2026-01-15T12:00:00Z'));
  const expected = items.map((i) => i.expected.intent);
  const builtin = new BuiltinUnderstander();
  const read = (u: Understander) => items.map((i) => u.understand({ text: i.text }));
  const withModel = read(builtin);
  const rules = read(new RulesUnderstander());
  const ev = evaluate(expected, withModel.map((e) => e.intent));
  const evRules = evaluate(expected, rules.map((e) => e.intent));
  const complaint = ev.perClass.find((c) => c.label === 'complaint');
  const langAgreement = withModel.filter((e, k) => e.lang === items[k].expected.lang).length / items.length;
  const built = builtinIntentModel();
  const perClass = ev.perClass.map((c) => `${c.label} ${c.f1.toFixed(2)}`).join(', ');
  return {
    name: `Built-in intent (rules + shipped model) on the ${items.length} demo conversations, held out from training`,
    figures: [
      { name: 'accuracy', value: ev.accuracy },
      { name: 'macro-F1', value: ev.macroF1 },
      { name: 'complaint F1', value: complaint?.f1 ?? 0 },
      { name: 'rules alone, accuracy', value: evRules.accuracy },
      { name: 'rules alone, macro-F1', value: evRules.macroF1 },
      { name: 'language agreement', value: langAgreement },
    ],
    predictPerSecond: understandSpeed(builtin, items.map((i) => i.text)),
    notes: [
      `model: ${built ? `${INTENT_EXAMPLES.length} examples written for Relais (French and English), 5-fold held-out accuracy ${String(built.built.combinedHeldOutAccuracy ?? '?')} with the rules` : 'absent, rules alone'}`,
      `F1 per intent: ${perClass}`,
      `most confused: ${ev.confusions.slice(0, 5).map((c) => `${c.expected} -> ${c.predicted} (${c.count})`).join(', ')}`,
      'predict = full understand() (language, sentiment, intent, risk) per message',
    ],
  };
}

function frenchSentimentRow(dataDir: string): BenchRow | null {
  const path = join(dataDir, 'french-tweet-sentiment/val.jsonl');
  if (!existsSync(path)) return null;
  const rows = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; label: string });
  const ev = evaluate(rows.map((r) => r.label), rows.map((r) => scoreSentiment(analyseText(r.text), 'fr').label));
  return {
    name: 'Built-in French sentiment (lexicons, no training) on DEFT 2017 val',
    figures: [
      { name: 'macro-F1', value: ev.macroF1, target: 0.5 },
      { name: 'accuracy', value: ev.accuracy },
    ],
    notes: [`${rows.length} tweets; F1 per class: ${ev.perClass.map((c) => `${c.label} ${c.f1.toFixed(2)}`).join(', ')}`],
  };
}

export async function builtInModelFigures(dataDir: string): Promise<BenchRow[]> {
  const rows = [intentRow()];
  const sentiment = frenchSentimentRow(dataDir);
  if (sentiment) rows.push(sentiment);
  return rows;
}
