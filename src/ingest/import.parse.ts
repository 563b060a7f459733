// File imports: a CSV or JSONL export of messages from elsewhere, read as a stream so that a
// file of hundreds of thousands of lines never sits in memory. Each record is checked with the
// same rules as the HTTP ingest (validateItem), and a bad record is reported with its line
// number and skipped: one typo must not cost the other 99,999 messages.
import { Readable, pipeline } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parse as csvParser } from 'csv-parse';

export interface IncomingItem {
  externalId: string;
  author: { handle: string; name?: string; followers?: number };
  text: string;
  url?: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  inReplyTo?: string;
}

export type ImportFormat = 'csv' | 'jsonl';
export interface ImportRecord {
  /** The line the record starts on, counting from 1 (the CSV header is line 1). */
  line: number;
  item?: IncomingItem;
  error?: string;
}

export const MAX_TEXT_LENGTH = 20_000;
const MAX_ID_LENGTH = 512;
// Generous against MAX_TEXT_LENGTH (JSON escapes may take six characters per character), and a
// bound on what one runaway line or unterminated quote can make us hold.
const MAX_LINE_CHARS = 1_000_000;

// --- validation, shared with the HTTP ingest ---------------------------------------------------

type Raw = Record<string, unknown>;

export function validateItem(raw: unknown): { item: IncomingItem } | { error: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { error: 'a record must be an object' };
  const r = raw as Raw;
  const errors: string[] = [];
  const nested = typeof r.author === 'object' && r.author !== null ? (r.author as Raw) : undefined;

  const externalId = idString(r.externalId ?? r.id);
  if (!externalId) errors.push('missing externalId');
  else if (externalId.length > MAX_ID_LENGTH) errors.push(`externalId is longer than ${MAX_ID_LENGTH} characters`);

  const handle = idString(nested ? nested.handle : typeof r.author === 'string' ? r.author : r.authorHandle);
  if (!handle) errors.push('missing author handle');
  const name = optionalString(nested ? nested.name : r.authorName);
  const followers = parseFollowers(nested ? nested.followers : r.authorFollowers);
  if (followers === null) errors.push('author followers must be a non-negative integer');

  const text = typeof r.text === 'string' ? r.text.trim() : '';
  if (!text) errors.push('missing text');
  else if (text.length > MAX_TEXT_LENGTH) {
    // Counted in characters as a person counts them, not in UTF-16 units.
    const chars = [...text].length;
    if (chars > MAX_TEXT_LENGTH) errors.push(`text is longer than ${MAX_TEXT_LENGTH} characters (${chars})`);
  }

  let url: string | undefined;
  const rawUrl = optionalString(r.url);
  if (rawUrl !== undefined) {
    url = webUrl(rawUrl);
    if (!url) errors.push(`url must be an http or https URL, got ${quote(rawUrl)}`);
  }

  let createdAt: string | undefined;
  if (r.createdAt === undefined || r.createdAt === null || r.createdAt === '') errors.push('missing createdAt');
  else {
    createdAt = typeof r.createdAt === 'string' ? parseDateTime(r.createdAt.trim()) : undefined;
    if (!createdAt) errors.push(`invalid createdAt ${quote(String(r.createdAt))} (ISO 8601 or YYYY-MM-DD HH:mm:ss)`);
  }

  if (errors.length > 0) return { error: errors.join('; ') };
  const item: IncomingItem = { externalId: externalId!, author: { handle: handle! }, text, createdAt: createdAt! };
  if (name !== undefined) item.author.name = name;
  if (typeof followers === 'number') item.author.followers = followers;
  if (url) item.url = url;
  const inReplyTo = idString(r.inReplyTo);
  if (inReplyTo) item.inReplyTo = inReplyTo;
  return { item };
}

/** Ids may arrive as numbers from JSON; they are kept as text. */
function idString(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function optionalString(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** undefined when absent, null when present but not a count. */
function parseFollowers(v: unknown): number | undefined | null {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : null;
  if (typeof v === 'string' && /^\d+$/.test(v.trim())) {
    const n = Number(v.trim());
    return Number.isSafeInteger(n) ? n : null;
  }
  return null;
}

function webUrl(value: string): string | undefined {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function quote(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * ISO 8601 (calendar date, optional time, optional offset) or 'YYYY-MM-DD HH:mm:ss', as UTC ISO.
 * A time without an offset is taken as UTC: exports from other tools nearly always are, and
 * guessing the importer's zone would silently shift every message.
 */
export function parseDateTime(s: string): string | undefined {
  const m = DATE_TIME.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '', zone] = m;
  const year = +y, month = +mo, day = +d, hour = +h, minute = +mi, second = +sec;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined; // 2026-02-30
  let offset = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const oh = +zone.slice(1, 3);
    const om = +(zone.slice(3).replace(':', '') || 0);
    if (oh > 14 || om > 59) return undefined;
    offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const ms = Number((frac + '00').slice(0, 3));
  const t = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
  return new Date(t).toISOString();
}

// --- format detection ---------------------------------------------------------------------------

const CSV_COLUMNS: Record<string, string> = {
  externalid: 'externalId', id: 'externalId', authorhandle: 'authorHandle', authorname: 'authorName',
  authorfollowers: 'authorFollowers', text: 'text', url: 'url', createdat: 'createdAt', inreplyto: 'inReplyTo',
};
const REQUIRED_COLUMNS = ['externalId', 'authorHandle', 'text', 'createdAt'];

/** By extension first, then by content; null when neither says. */
export function detectFormat(filename: string | undefined, firstChunk: string | Buffer): ImportFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(filename ?? '')?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'jsonl' || ext === 'ndjson' || ext === 'json') return 'jsonl';
  const head = (typeof firstChunk === 'string' ? firstChunk : firstChunk.subarray(0, 65_536).toString('utf8')).replace(/^\uFEFF/, '');
  const start = head.trimStart();
  if (start.startsWith('{')) return 'jsonl';
  const firstLine = start.split(/\r?\n/, 1)[0];
  const cells = firstLine.split(detectDelimiter(firstLine)).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  return cells.some((c) => c in CSV_COLUMNS) ? 'csv' : null;
}

/** The header line decides: whichever of ';', ',' and tab it holds most, outside quotes. */
function detectDelimiter(headerLine: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  return Object.entries(counts).reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0];
}

// --- streaming ----------------------------------------------------------------------------------

/** Source chunks as text: UTF-8 decoded across chunk boundaries, byte-order mark removed. */
async function* textChunks(source: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let first = true;
  for await (const chunk of source) {
    let s = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && s.length > 0) {
      s = s.replace(/^\uFEFF/, '');
      first = false;
    }
    if (s) yield s;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

export async function* parseImport(
  stream: Readable | AsyncIterable<string | Buffer>,
  format: ImportFormat,
): AsyncGenerator<ImportRecord> {
  const text = textChunks(stream as AsyncIterable<string | Buffer>);
  try {
    if (format === 'jsonl') yield* parseJsonl(text);
    else yield* parseCsv(text);
  } finally {
    // A consumer that stops early releases the file at once, as a for-await over the stream would.
    if (stream instanceof Readable && !stream.destroyed) stream.destroy();
  }
}

async function* parseJsonl(chunks: AsyncIterable<string>): AsyncGenerator<ImportRecord> {
  let buffer = '';
  let line = 1;
  let skipping = false; // inside an over-long line, dropping it up to its end
  const one = (content: string, n: number): ImportRecord | null => {
    if (!content.trim()) return null;
    if (content.length > MAX_LINE_CHARS) return { line: n, error: `line is longer than ${MAX_LINE_CHARS} characters` };
    let raw: unknown;
    try {
      raw = JSON.parse(content);
    } catch (err) {
      return { line: n, error: `invalid JSON: ${(err as Error).message}` };
    }
    const v = validateItem(raw);
    return 'item' in v ? { line: n, item: v.item } : { line: n, error: v.error };
  };
  for await (const chunk of chunks) {
    buffer += chunk;
    let from = 0;
    let nl: number;
    while ((nl = buffer.indexOf('\n', from)) >= 0) {
      if (skipping) skipping = false;
      else {
        const r = one(buffer.slice(from, nl).replace(/\r$/, ''), line);
        if (r) yield r;
      }
      from = nl + 1;
      line++;
    }
    buffer = buffer.slice(from);
    if (!skipping && buffer.length > MAX_LINE_CHARS) {
      yield { line, error: `line is longer than ${MAX_LINE_CHARS} characters` };
      skipping = true;
    }
    if (skipping) buffer = '';
  }
  if (!skipping) {
    const r = one(buffer.replace(/\r$/, ''), line);
    if (r) yield r;
  }
}

/**
 * Line ends are made '\n' before the CSV parser sees them: its line count is then exact for
 * records spanning lines, and texts keep one kind of line break whatever the exporting system.
 */
async function* unifyLineEnds(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let pendingCr = false;
  for await (const chunk of chunks) {
    let s: string = (pendingCr ? '\r' : '') + chunk;
    pendingCr = s.endsWith('\r');
    if (pendingCr) s = s.slice(0, -1);
    yield s.replace(/\r\n?/g, '\n');
  }
  if (pendingCr) yield '\n';
}

async function* parseCsv(chunks: AsyncGenerator<string>): AsyncGenerator<ImportRecord> {
  // The header line is read ahead to choose the delimiter, then handed on with the rest.
  let head = '';
  let ended = false;
  while (!head.includes('\n') && head.length < MAX_LINE_CHARS) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    head += next.value;
  }
  const delimiter = detectDelimiter(head.split('\n', 1)[0]);
  async function* all() {
    if (head) yield head;
    if (!ended) yield* chunks;
  }
  const parser = csvParser({
    delimiter,
    record_delimiter: '\n',
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    max_record_size: MAX_LINE_CHARS,
  });
  const input = Readable.from(unifyLineEnds(all()));
  pipeline(input, parser, () => {}); // failures surface through the parser's iterator below

  let columns: (string | undefined)[] | null = null;
  let lastLine = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const inner = record.reduce((n, field) => n + countNewlines(field), 0);
      const line = info.lines - inner;
      lastLine = info.lines;
      if (!columns) {
        columns = record.map((name) => CSV_COLUMNS[name.trim().toLowerCase()]);
        const missing = REQUIRED_COLUMNS.filter((c) => !columns!.includes(c));
        if (missing.length > 0) {
          yield { line, error: `the header has no column for ${missing.join(', ')} (found: ${record.join(', ')})` };
          return;
        }
        continue;
      }
      if (record.length > columns.length) {
        const shown = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
        yield { line, error: `${record.length} fields where the header has ${columns.length} (an unquoted ${shown} in a field?)` };
        continue;
      }
      const raw: Raw = {};
      record.forEach((value, i) => {
        const key = columns![i];
        if (key && raw[key] === undefined && value !== '') raw[key] = value;
      });
      const v = validateItem(raw);
      yield 'item' in v ? { line, item: v.item } : { line, error: v.error };
    }
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (!code.startsWith('CSV_')) throw err; // a failing source is not a bad record
    // Past an unterminated quote the record boundaries are unknowable, so reading stops here.
    const why = code === 'CSV_QUOTE_NOT_CLOSED' || code === 'CSV_MAX_RECORD_SIZE'
      ? 'a quoted field is never closed; the rest of the file could not be read'
      : (err as Error).message;
    yield { line: lastLine + 1, error: why };
  } finally {
    parser.destroy();
    input.destroy();
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
