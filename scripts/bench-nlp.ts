// Benchmark of the trainable text classifier on public datasets: figures against their targets,
// training time and prediction speed on one core. Prints figures; asserts nothing.
//
//   node --import tsx scripts/bench-nlp.ts [--compare]
//
// Datasets are read from ../shared/data relative to the repository root, or from RELAIS_DATASETS.
// --compare also runs the multinomial logistic-regression variant of the same model.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { predict, trainClassifier, type Example, type TrainSettings } from '../src/nlp/classifier.ts';
import { rng, shuffleInPlace } from '../src/nlp/linear.ts';
import { evaluate } from '../src/nlp/metrics.ts';
import { serialise } from '../src/nlp/serialise.ts';
// The built-in language models of src/understanding, measured on data they were not built from.
import { builtInModelFigures } from './bench-builtin.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.RELAIS_DATASETS ?? resolve(repoRoot, '../shared/data');

/** One measured figure, with the target it should reach when there is one. */
export interface Figure {
  name: string;
  value: number;
  target?: number;
}

export interface BenchRow {
  name: string;
  figures: Figure[];
  trainSeconds?: number;
  predictPerSecond?: number;
  notes?: string[];
}

function readJsonl(path: string): Example[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Example);
}

/** Minimal RFC 4180 reader: quoted fields may hold commas, quotes ("") and newlines. */
function readCsv(path: string): string[][] {
  const s = readFileSync(path, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') field += s[i++];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\n') (row.push(field), rows.push(row), (row = []), (field = ''));
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) (row.push(field), rows.push(row));
  return rows;
}

function banking77(): { train: Example[]; test: Example[] } {
  const [header, ...rows] = readCsv(join(dataDir, 'banking77/train.csv'));
  const t = header.indexOf('text');
  const c = header.indexOf('category');
  const all = rows.map((r) => ({ text: r[t], label: r[c] }));
  shuffleInPlace(all, rng(77));
  const n = Math.round(all.length * 0.1);
  return { train: all.slice(n), test: all.slice(0, n) };
}

/** Predictions per second, single thread, after a warm-up pass. */
function predictSpeed(model: ReturnType<typeof trainClassifier>, texts: string[]): number {
  for (const t of texts) predict(model, t);
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < 2000) for (const t of texts) (predict(model, t), n++);
  return n / ((performance.now() - start) / 1000);
}

function run(name: string, train: Example[], test: Example[], options: TrainSettings, figures: (ev: ReturnType<typeof evaluate>) => Figure[]): BenchRow {
  const start = performance.now();
  const model = trainClassifier(train, options);
  const trainSeconds = (performance.now() - start) / 1000;
  const oos = new Set(model.options.outOfScopeLabels);
  const expected = test.map((e) => (e.label === null || oos.has(e.label) ? null : e.label));
  const predicted = test.map((e) => predict(model, e.text).label);
  const ev = evaluate(expected, predicted);
  const size = Buffer.byteLength(JSON.stringify(serialise(model)));
  const h = model.report.heldOut;
  return {
    name,
    figures: figures(ev),
    trainSeconds,
    predictPerSecond: predictSpeed(model, test.map((e) => e.text)),
    notes: [
      `train ${train.length}, test ${test.length}, labels ${model.labels.length}; coverage ${ev.coverage.toFixed(3)}`,
      `threshold ${model.threshold.toFixed(3)} (held-out: best-label accuracy ${h?.accuracy.toFixed(4)}, temperature ${model.temperature.toFixed(3)})`,
      `serialised model ${(size / 1024 / 1024).toFixed(2)} MiB (JSON), ${model.vocab.idf.length} features, ${model.weights.values.length} non-zero weights`,
    ],
  };
}

function print(row: BenchRow): void {
  console.log(`\n${row.name}`);
  for (const f of row.figures) {
    const verdict = f.target === undefined ? '' : f.value >= f.target ? `  target >= ${f.target}: reached` : `  target >= ${f.target}: NOT reached`;
    console.log(`  ${f.name.padEnd(22)} ${f.value.toFixed(4)}${verdict}`);
  }
  if (row.trainSeconds !== undefined) console.log(`  ${'train time'.padEnd(22)} ${row.trainSeconds.toFixed(1)} s`);
  if (row.predictPerSecond !== undefined) console.log(`  ${'predict, one core'.padEnd(22)} ${Math.round(row.predictPerSecond)} messages/s  target >= 10000: ${row.predictPerSecond >= 10000 ? 'reached' : 'NOT reached'}`);
  for (const n of row.notes ?? []) console.log(`  ${n}`);
}

async function main(): Promise<void> {
  if (!existsSync(dataDir)) {
    console.error(`datasets not found in ${dataDir} (set RELAIS_DATASETS)`);
    process.exitCode = 1;
    return;
  }
  console.log(`datasets: ${dataDir}`);
  const variants: Array<[string, TrainSettings]> = [['linear SVM', {}]];
  if (process.argv.includes('--compare')) variants.push(['logistic regression', { loss: 'softmax', lr: 0.5 }]);
  const b = banking77();
  const clincTrain = [...readJsonl(join(dataDir, 'clinc150/train.jsonl')), ...readJsonl(join(dataDir, 'clinc150/oos_train.jsonl'))];
  const clincVal = [...readJsonl(join(dataDir, 'clinc150/val.jsonl')), ...readJsonl(join(dataDir, 'clinc150/oos_val.jsonl'))];
  const frTrain = readJsonl(join(dataDir, 'french-tweet-sentiment/train.jsonl'));
  const frVal = readJsonl(join(dataDir, 'french-tweet-sentiment/val.jsonl'));
  for (const [variant, options] of variants) {
    const row = run(`Banking77, 10% of train held out (seed 77) — ${variant}`, b.train, b.test, options, (ev) => [
      { name: 'accuracy', value: ev.accuracy, target: 0.9 },
      { name: 'macro-F1', value: ev.macroF1 },
    ]);
    row.notes!.push('accuracy counts "no label" as wrong; train time target < 60 s: ' + (row.trainSeconds! < 60 ? 'reached' : 'NOT reached'));
    print(row);
    print(
      run(`CLINC150 (train + oos_train -> val + oos_val) — ${variant}`, clincTrain, clincVal, options, (ev) => [
        { name: 'in-scope accuracy', value: ev.inScopeAccuracy ?? 0, target: 0.92 },
        { name: 'out-of-scope recall', value: ev.outOfScopeRecall ?? 0, target: 0.5 },
        { name: 'accuracy (all)', value: ev.accuracy },
      ]),
    );
    print(
      run(`French tweet sentiment (train -> val) — ${variant}`, frTrain, frVal, options, (ev) => [
        { name: 'macro-F1', value: ev.macroF1, target: 0.62 },
        { name: 'accuracy', value: ev.accuracy },
      ]),
    );
  }
  const builtIn = await builtInModelFigures(dataDir);
  console.log('\nBuilt-in models');
  if (builtIn.length === 0) console.log('  (none registered yet)');
  builtIn.forEach(print);
}

await main();
