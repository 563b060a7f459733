// File import: a CSV or JSONL file streamed through the same validation and pipeline as the API,
// a thousand items at a time. A bad line is reported with its number and the rest goes in; a
// line already imported is counted as a duplicate, so running the same import twice is safe.
import type { Readable } from 'node:stream';
import type { Db } from '../db/db.ts';
import type { Actor } from '../audit/audit.repo.ts';
import type { EventBus } from '../events/bus.ts';
import { parseImport } from '../ingest/import.parse.ts';
import { ingestBatch, type IngestItem } from './ingest.service.ts';

export interface ImportReport {
  inserted: number;
  duplicates: number;
  rejected: number;
  /** The first errors, with their line numbers; all are counted in `rejected`. */
  errors: { line: number; reason: string }[];
}

export interface ImportProgress {
  lines: number;
  inserted: number;
  duplicates: number;
  rejected: number;
}

const BATCH = 1000;
const MAX_ERRORS_KEPT = 1000;

export async function importFile(
  deps: { db: Db; bus?: EventBus },
  channelId: string,
  input: Readable | AsyncIterable<string | Buffer>,
  format: 'csv' | 'jsonl',
  actor: Actor,
  onProgress?: (p: ImportProgress, error?: { line: number; reason: string }) => void,
): Promise<ImportReport> {
  const report: ImportReport = { inserted: 0, duplicates: 0, rejected: 0, errors: [] };
  let lines = 0;
  let batch: IngestItem[] = [];
  const progress = () => ({ lines, inserted: report.inserted, duplicates: report.duplicates, rejected: report.rejected });
  const flush = async () => {
    if (batch.length === 0) return;
    const out = await ingestBatch(deps, channelId, batch, actor);
    for (const o of out) o.duplicate ? report.duplicates++ : report.inserted++;
    batch = [];
    onProgress?.(progress());
  };
  for await (const r of parseImport(input, format)) {
    lines = r.line;
    if (r.error || !r.item) {
      report.rejected++;
      const e = { line: r.line, reason: r.error ?? 'unreadable' };
      if (report.errors.length < MAX_ERRORS_KEPT) report.errors.push(e);
      onProgress?.(progress(), e);
      continue;
    }
    batch.push(r.item);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return report;
}
