// `relais nlp analyze --input FILE.jsonl --output OUT.jsonl`: runs the built-in models over a JSON
// Lines file, one output line per input line in the same order, streaming both files so any size
// fits in memory. Only the `text` field of each line is read.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { BuiltinUnderstander } from './understanding.ts';

export interface AnalyzeSummary { lines: number; bad: number }

/** The line written for an input line that could not be read, so that the order still holds. */
export const EMPTY_RESULT = '{"lang":null,"sentiment":null,"sentimentScore":null,"intent":null,"risk":null}';

export async function analyzeJsonl(
  inputPath: string,
  outputPath: string,
  warn: (message: string) => void = (m) => process.stderr.write(m + '\n'),
): Promise<AnalyzeSummary> {
  const input = createReadStream(inputPath, { encoding: 'utf8' });
  const output = createWriteStream(outputPath, { encoding: 'utf8' });
  // An unreadable input must fail the command, not leave it waiting on a stream that never opens.
  const failed = new Promise<never>((_, reject) => {
    input.once('error', reject);
    output.once('error', reject);
  });
  failed.catch(() => {});
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let bad = 0;
  const work = (async () => {
    for await (const line of lines) {
      n++;
      const out = analyzeLine(line, n, warn);
      if (out === EMPTY_RESULT) bad++;
      if (!output.write(out + '\n')) await once(output, 'drain');
    }
    output.end();
    await once(output, 'finish');
  })();
  try {
    await Promise.race([work, failed]);
  } finally {
    lines.close();
    input.destroy();
    if (!output.writableFinished) output.destroy();
  }
  return { lines: n, bad };
}

function analyzeLine(line: string, n: number, warn: (message: string) => void): string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    warn(`line ${n}: not valid JSON`);
    return EMPTY_RESULT;
  }
  const text = record !== null && typeof record === 'object' ? (record as { text?: unknown }).text : undefined;
  if (typeof text !== 'string') {
    warn(`line ${n}: no "text" string field`);
    return EMPTY_RESULT;
  }
  const e = understanderForLines.understand({ text });
  return JSON.stringify({ lang: e.lang, sentiment: e.sentiment, sentimentScore: e.sentimentScore, intent: e.intent, risk: e.risk });
}

const understanderForLines = new BuiltinUnderstander();

export function registerAnalyzeCommand(nlp: Command): void {
  nlp
    .command('analyze')
    .description('Read a JSON Lines file of {"text": ...} and write language, sentiment, intent and risk per line (built-in models)')
    .requiredOption('--input <file>', 'JSON Lines file to read; only the "text" field is used')
    .requiredOption('--output <file>', 'JSON Lines file to write, one line per input line, same order')
    .action(async (options: { input: string; output: string }) => {
      try {
        const summary = await analyzeJsonl(options.input, options.output);
        process.stderr.write(`analyzed ${summary.lines} line(s), ${summary.bad} unreadable\n`);
      } catch (err) {
        process.stderr.write(`relais nlp analyze: ${(err as Error).message}\n`);
        process.exitCode = 1;
      }
    });
}
