// Streaming reader of JSON Lines files of texts (and labels). Files can be large, so lines are read
// one at a time; a bad line is reported with its 1-based number instead of stopping the whole run.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export type LabelRule = 'ignore' | 'required';

/** One line: either a usable record or the reason it cannot be used. */
export type LineResult =
  | { line: number; ok: true; text: string; label: string | null }
  | { line: number; ok: false; error: string };

/**
 * Reads `text` (and `label` when required) from one line; other fields are ignored.
 * A null label is accepted where labels are required: it marks a text that belongs to no label.
 */
export function parseLine(raw: string, line: number, labels: LabelRule): LineResult {
  if (raw.trim() === '') return { line, ok: false, error: 'empty line' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return { line, ok: false, error: `invalid JSON (${(err as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, ok: false, error: 'not a JSON object' };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') {
    return { line, ok: false, error: record.text === undefined ? 'missing "text"' : '"text" is not a string' };
  }
  let label: string | null = null;
  if (labels === 'required') {
    if (record.label === undefined) return { line, ok: false, error: 'missing "label"' };
    if (record.label !== null && typeof record.label !== 'string') return { line, ok: false, error: '"label" is not a string' };
    label = record.label;
  }
  return { line, ok: true, text: record.text, label };
}

/** Every line of a stream, in order, each parsed; blank lines included so numbering stays exact. */
export async function* readJsonlStream(input: Readable, labels: LabelRule): AsyncGenerator<LineResult> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    yield parseLine(n === 1 ? raw.replace(/^\uFEFF/, '') : raw, n, labels);
  }
}

export function readJsonlFile(path: string, labels: LabelRule): AsyncGenerator<LineResult> {
  return readJsonlStream(createReadStream(path, { encoding: 'utf8' }), labels);
}

/** Reports a bad line the same way everywhere: "FILE:LINE: reason". */
export function describeBadLine(path: string, result: { line: number; error: string }): string {
  return `${path}:${result.line}: ${result.error}, line skipped`;
}
