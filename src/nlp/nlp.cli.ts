// `relais nlp train | predict | eval`: train a text classifier on JSON Lines examples, label files
// with it, and measure it. The run* functions take their output streams as arguments so they can be
// called directly (tests, scripts) as well as from the command line.
import { createWriteStream } from 'node:fs';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Command } from 'commander';
import { predict, trainClassifier, type Example, type Model, type TrainSettings } from './classifier.ts';
import { describeBadLine, readJsonlFile } from './jsonl.ts';
import { evaluate, formatEvaluation, type Evaluation } from './metrics.ts';
import { deserialise, serialise } from './serialise.ts';

/** Where output goes; process.stdout and process.stderr fit. */
export interface Output {
  write(text: string): unknown;
}

export interface Io {
  out: Output;
  err: Output;
}

const MODEL_FILE = 'model.json';

export async function saveModel(dir: string, model: Model): Promise<number> {
  await mkdir(dir, { recursive: true });
  const json = JSON.stringify(serialise(model));
  // Write then rename, so a crash never leaves a half-written model where a good one was.
  const tmp = join(dir, `${MODEL_FILE}.tmp`);
  await writeFile(tmp, json);
  await rename(tmp, join(dir, MODEL_FILE));
  return Buffer.byteLength(json);
}

export async function loadModel(dir: string): Promise<Model> {
  return deserialise(JSON.parse(await readFile(join(dir, MODEL_FILE), 'utf8')));
}

const fmt = (x: number | null) => (x === null ? 'n/a' : x.toFixed(4));

export interface TrainArgs {
  input: string;
  model: string;
  options?: TrainSettings;
}

export async function runTrain(args: TrainArgs, io: Io): Promise<Model> {
  const examples: Example[] = [];
  let lines = 0;
  let bad = 0;
  for await (const r of readJsonlFile(args.input, 'required')) {
    lines++;
    if (r.ok) examples.push({ text: r.text, label: r.label });
    else {
      bad++;
      io.err.write(describeBadLine(args.input, r) + '\n');
    }
  }
  const model = trainClassifier(examples, args.options);
  const bytes = await saveModel(args.model, model);
  const rep = model.report;
  const h = rep.heldOut;
  const out = [
    `lines read          ${lines} (${bad} skipped)`,
    `examples            ${rep.examples}, of which out of scope ${rep.outOfScopeExamples}`,
    `labels              ${model.labels.length}`,
    `features            ${model.vocab.idf.length}, non-zero weights ${model.weights.values.length}`,
  ];
  if (h) {
    out.push(
      `held-out (${h.folds}-fold, ${h.examples} examples, each scored by a model that did not see it):`,
      `  accuracy of best label     ${fmt(h.accuracy)}`,
      `  calibration temperature    ${h.temperature.toFixed(4)}`,
      `  threshold chosen           ${h.threshold.toFixed(4)}  (below it: no label)`,
      `  in-scope accuracy          ${fmt(h.inScopeAccuracy)}  (no label counts as wrong)`,
      `  in-scope left unlabelled   ${fmt(h.inScopeRejected)}`,
      `  out-of-scope recall        ${fmt(h.outOfScopeRecall)}`,
    );
  } else out.push(`held-out            too few examples; threshold ${model.threshold.toFixed(4)} (uncalibrated)`);
  out.push(`model               ${join(args.model, MODEL_FILE)} (${(bytes / 1024).toFixed(0)} KiB), trained in ${rep.seconds.toFixed(1)} s`);
  io.out.write(out.join('\n') + '\n');
  return model;
}

export interface PredictArgs {
  model: string;
  input: string;
  output: string;
}

/** One output line per input line, in order; a bad input line gets {"label":null,"confidence":0}. */
export async function runPredict(args: PredictArgs, io: Io): Promise<{ lines: number; bad: number }> {
  const model = await loadModel(args.model);
  await access(args.input); // fail before creating an empty output file
  const sink = createWriteStream(args.output, { encoding: 'utf8' });
  const done = once(sink, 'close');
  let lines = 0;
  let bad = 0;
  let chunk = '';
  try {
    for await (const r of readJsonlFile(args.input, 'ignore')) {
      lines++;
      let result = { label: null as string | null, confidence: 0 };
      if (r.ok) result = predict(model, r.text);
      else {
        bad++;
        io.err.write(describeBadLine(args.input, r) + '\n');
      }
      chunk += JSON.stringify({ label: result.label, confidence: Math.round(result.confidence * 1e4) / 1e4 }) + '\n';
      // Batch writes, and wait when the file falls behind, so memory stays flat on large inputs.
      if (chunk.length > 64 * 1024) {
        if (!sink.write(chunk)) await once(sink, 'drain');
        chunk = '';
      }
    }
    sink.end(chunk);
  } catch (err) {
    sink.destroy();
    throw err;
  }
  await done;
  io.out.write(`${lines} lines labelled (${bad} bad) -> ${args.output}\n`);
  return { lines, bad };
}

export interface EvalArgs {
  model: string;
  input: string;
  top?: number;
}

export async function runEval(args: EvalArgs, io: Io): Promise<Evaluation> {
  const model = await loadModel(args.model);
  const outOfScope = new Set(model.options.outOfScopeLabels);
  const expected: (string | null)[] = [];
  const predicted: (string | null)[] = [];
  for await (const r of readJsonlFile(args.input, 'required')) {
    if (!r.ok) {
      io.err.write(describeBadLine(args.input, r) + '\n');
      continue;
    }
    expected.push(r.label === null || outOfScope.has(r.label) ? null : r.label);
    predicted.push(predict(model, r.text).label);
  }
  const ev = evaluate(expected, predicted, args.top ?? 10);
  io.out.write(formatEvaluation(ev) + '\n');
  return ev;
}

const toInt = (v: string) => {
  const n = Number.parseInt(v, 10);
  if (!Number.isFinite(n)) throw new Error(`not a whole number: ${v}`);
  return n;
};
const collect = (v: string, acc: string[] | undefined) => [...(acc ?? []), v];

// Errors become a one-line message and a non-zero exit code instead of a stack trace.
function guarded<A extends unknown[]>(fn: (...a: A) => Promise<unknown>) {
  return async (...a: A) => {
    try {
      await fn(...a);
    } catch (err) {
      process.stderr.write(`error: ${(err as Error).message}\n`);
      process.exitCode = 1;
    }
  };
}

export function registerNlpCommands(nlp: Command): void {
  const io: Io = { out: process.stdout, err: process.stderr };
  nlp
    .command('train')
    .description('train a text classifier on JSON Lines of {"text","label"}')
    .requiredOption('--input <file>', 'training examples (.jsonl)')
    .requiredOption('--model <dir>', 'folder to write the model into (created if missing)')
    .option('--out-of-scope-label <label>', 'label meaning "belongs to no label" (repeatable; default: oos)', collect)
    .option('--folds <n>', 'cross-fitting folds for calibration and threshold', toInt)
    .option('--wrong-cost <x>', 'cost of a wrong label relative to the gain of a right one (default 0.5)', Number.parseFloat)
    .option('--out-of-scope-share <x>', 'share of out-of-scope messages expected in real traffic (default 0.05)', Number.parseFloat)
    .option('--seed <n>', 'random seed', toInt)
    .action(
      guarded(async (o: { input: string; model: string; outOfScopeLabel?: string[]; folds?: number; wrongCost?: number; outOfScopeShare?: number; seed?: number }) => {
        const options: TrainSettings = {};
        if (o.outOfScopeLabel) options.outOfScopeLabels = o.outOfScopeLabel;
        if (o.folds !== undefined) options.folds = o.folds;
        if (o.wrongCost !== undefined) options.wrongCost = o.wrongCost;
        if (o.outOfScopeShare !== undefined) options.outOfScopeShare = o.outOfScopeShare;
        if (o.seed !== undefined) options.seed = o.seed;
        await runTrain({ input: o.input, model: o.model, options }, io);
      }),
    );
  nlp
    .command('predict')
    .description('label each line of a JSON Lines file: {"label": string | null, "confidence": number}')
    .requiredOption('--model <dir>', 'model folder written by "train"')
    .requiredOption('--input <file>', 'texts to label (.jsonl with "text")')
    .requiredOption('--output <file>', 'where to write one result per input line (.jsonl)')
    .action(guarded(async (o: PredictArgs) => runPredict(o, io)));
  nlp
    .command('eval')
    .description('measure a model on labelled JSON Lines: accuracy, macro-F1, per-label figures, confusions')
    .requiredOption('--model <dir>', 'model folder written by "train"')
    .requiredOption('--input <file>', 'labelled examples (.jsonl)')
    .option('--top <n>', 'how many confused pairs to list', toInt)
    .action(guarded(async (o: EvalArgs) => runEval(o, io)));
}
