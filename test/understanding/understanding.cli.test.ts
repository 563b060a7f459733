import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { analyzeJsonl, EMPTY_RESULT, registerAnalyzeCommand } from '../../src/understanding/understanding.cli.ts';

const INPUT = [
  JSON.stringify({ id: 1, text: "Ma commande n'est jamais arrivée, remboursez-moi !", author: 'x' }),
  '{not json',
  JSON.stringify({ id: 3 }),
  JSON.stringify({ text: 'Thanks so much, great service!' }),
  JSON.stringify({ text: 42 }),
].join('\n') + '\n';

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'relais-analyze-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('one output line per input line, in order, bad lines reported with their number', () =>
  withDir(async (dir) => {
    const input = path.join(dir, 'in.jsonl');
    const output = path.join(dir, 'out.jsonl');
    await writeFile(input, INPUT);
    const warnings: string[] = [];
    const summary = await analyzeJsonl(input, output, (m) => warnings.push(m));
    assert.deepEqual(summary, { lines: 5, bad: 3 });
    assert.deepEqual(warnings.map((w) => w.split(':')[0]), ['line 2', 'line 3', 'line 5']);
    const lines = (await readFile(output, 'utf8')).trimEnd().split('\n');
    assert.equal(lines.length, 5);
    const first = JSON.parse(lines[0]);
    assert.deepEqual(Object.keys(first), ['lang', 'sentiment', 'sentimentScore', 'intent', 'risk']);
    assert.equal(first.lang, 'fr');
    assert.equal(first.sentiment, 'negative');
    assert.equal(first.intent, 'complaint');
    assert.equal(lines[1], EMPTY_RESULT);
    assert.equal(lines[2], EMPTY_RESULT);
    assert.equal(JSON.parse(lines[3]).intent, 'praise');
    assert.equal(JSON.parse(lines[3]).lang, 'en');
    assert.equal(lines[4], EMPTY_RESULT);
  }));

test('the analyze subcommand runs under an nlp command', () =>
  withDir(async (dir) => {
    const input = path.join(dir, 'in.jsonl');
    const output = path.join(dir, 'out.jsonl');
    await writeFile(input, JSON.stringify({ text: 'Vous recrutez des alternants ?' }) + '\n');
    const program = new Command('relais').exitOverride();
    registerAnalyzeCommand(program.command('nlp'));
    const stderr = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      await program.parseAsync(['node', 'relais', 'nlp', 'analyze', '--input', input, '--output', output]);
    } finally {
      process.stderr.write = stderr;
    }
    const result = JSON.parse((await readFile(output, 'utf8')).trim());
    assert.equal(result.intent, 'job');
  }));

test('a missing input file fails the command', () =>
  withDir(async (dir) => {
    await assert.rejects(analyzeJsonl(path.join(dir, 'missing.jsonl'), path.join(dir, 'out.jsonl'), () => {}), /ENOENT/);
  }));
