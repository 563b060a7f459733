// Builds the models shipped with Relais from the examples in src/understanding/training/ and writes
// them next to the code that reads them. Seeded: the same examples always give the same file.
// Nothing is downloaded; the file is committed and read at start.
//
//   npm run build:models               # writes src/understanding/models/intent.model.json
//   npm run build:models -- --check    # fails when the committed file is not what the examples give
//
// The demo conversations (src/demo/conversations) are never training data: they are the held-out
// set on which `npm run bench:understanding` measures the model.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { INTENT_EXAMPLES } from '../src/understanding/training/index.ts';
import { INTENT_TRAINING, buildBuiltinIntentModel } from '../src/understanding/intent-training.ts';
import { INTENT_MODEL_URL } from '../src/understanding/intent-model.ts';

const check = process.argv.includes('--check');
const started = performance.now();
const perIntent: Record<string, { fr: number; en: number }> = {};
for (const e of INTENT_EXAMPLES) {
  perIntent[e.intent] ??= { fr: 0, en: 0 };
  perIntent[e.intent][e.lang]++;
}
const { result, json } = buildBuiltinIntentModel();
const path = fileURLToPath(INTENT_MODEL_URL);

console.log(`intent model: ${INTENT_EXAMPLES.length} examples in ${((performance.now() - started) / 1000).toFixed(1)} s`);
for (const [intent, n] of Object.entries(perIntent)) console.log(`  ${intent.padEnd(10)} ${String(n.fr + n.en).padStart(4)}  (fr ${n.fr}, en ${n.en})`);
console.log(`held-out (${INTENT_TRAINING.folds}-fold), model alone: ${result.heldOutAccuracy.toFixed(4)}; temperature ${result.temperature.toFixed(3)}, threshold ${result.threshold.toFixed(3)}`);
console.log('held-out, rules + model by model weight (0 = rules alone):');
for (const c of result.combinedAccuracy) {
  console.log(`  ${String(c.modelWeight).padStart(3)}  ${c.accuracy.toFixed(4)}${c.modelWeight === result.combination.modelWeight ? '  <- chosen' : ''}`);
}
console.log(`${result.features} features, ${result.weights} non-zero weights, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB`);

if (check) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // Missing counts as different.
  }
  if (current !== json) {
    console.error(`${path} is not what the training examples give: run npm run build:models`);
    process.exitCode = 1;
  } else console.log(`${path} is up to date`);
} else {
  writeFileSync(path, json);
  console.log(`written ${path}`);
}
