import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { registerNlpCommands, runEval, runPredict, runTrain, type Io } from '../../src/nlp/nlp.cli.ts';
import { routingExamples, routingProbes } from './fixtures.ts';

function captureIo(): Io & { outText: () => string; errText: () => string } {
  let out = '';
  let err = '';
  return {
    out: { write: (s: string) => (out += s) },
    err: { write: (s: string) => (err += s) },
    outText: () => out,
    errText: () => err,
  };
}

describe('nlp train / predict / eval', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'relais-nlp-'));
    const train = routingExamples.map((e) => JSON.stringify({ ...e, source: 'history' }));
    train.splice(5, 0, '{"text": "broken line"', '{"label":"hr"}');
    await writeFile(join(dir, 'train.jsonl'), train.join('\n') + '\n');
    const probes = routingProbes.map(([text, label]) => JSON.stringify({ text, label }));
    probes.splice(2, 0, 'not json at all');
    probes.push(JSON.stringify({ text: 'Quelle recette de gâteau pour un anniversaire ?', label: 'oos' }));
    await writeFile(join(dir, 'probes.jsonl'), probes.join('\n') + '\n');
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('trains from JSON Lines, reports bad lines by number and writes the model', async () => {
    const io = captureIo();
    const model = await runTrain({ input: join(dir, 'train.jsonl'), model: join(dir, 'model') }, io);
    assert.equal(model.report.examples, routingExamples.length);
    assert.match(io.errText(), /train\.jsonl:6: invalid JSON/);
    assert.match(io.errText(), /train\.jsonl:7: missing "text"/);
    assert.match(io.outText(), /threshold chosen/);
    const saved = JSON.parse(await readFile(join(dir, 'model', 'model.json'), 'utf8'));
    assert.deepEqual(saved.labels, ['after-sales', 'hr', 'press']);
  });

  it('predicts one line per input line, in order, null for bad lines', async () => {
    const io = captureIo();
    const output = join(dir, 'out.jsonl');
    const res = await runPredict({ model: join(dir, 'model'), input: join(dir, 'probes.jsonl'), output }, io);
    assert.deepEqual(res, { lines: routingProbes.length + 2, bad: 1 });
    const lines = (await readFile(output, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, routingProbes.length + 2);
    assert.deepEqual(lines[2], { label: null, confidence: 0 });
    assert.match(io.errText(), /probes\.jsonl:3: invalid JSON/);
    const labels = lines.filter((_, i) => i !== 2).map((l) => l.label);
    assert.deepEqual(labels, [...routingProbes.map(([, label]) => label), null]);
    for (const l of lines) assert.ok(typeof l.confidence === 'number' && l.confidence >= 0 && l.confidence <= 1);
  });

  it('evaluates: accuracy, macro-F1, per-label figures and confusions', async () => {
    const io = captureIo();
    const ev = await runEval({ model: join(dir, 'model'), input: join(dir, 'probes.jsonl') }, io);
    assert.equal(ev.total, routingProbes.length + 1);
    assert.equal(ev.accuracy, 1);
    assert.equal(ev.outOfScopeRecall, 1);
    assert.match(io.outText(), /macro-F1\s+1\.0000/);
    assert.match(io.outText(), /after-sales/);
    assert.match(io.outText(), /most confused/);
  });

  it('registers train, predict and eval under an existing command', () => {
    const program = new Command('relais');
    registerNlpCommands(program.command('nlp'));
    const nlp = program.commands.find((c) => c.name() === 'nlp')!;
    assert.deepEqual(nlp.commands.map((c) => c.name()), ['train', 'predict', 'eval']);
  });
});
