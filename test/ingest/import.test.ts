import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  detectFormat, parseDateTime, parseImport, validateItem, type ImportFormat, type ImportRecord,
} from '../../src/ingest/import.parse.ts';

async function collect(source: Readable | AsyncIterable<string | Buffer>, format: ImportFormat): Promise<ImportRecord[]> {
  const out: ImportRecord[] = [];
  for await (const r of parseImport(source, format)) out.push(r);
  return out;
}

/** Feeds the text in small byte chunks, so that lines and UTF-8 characters are cut across chunks. */
function chunked(text: string, size = 7): Readable {
  const bytes = Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
}

const errorsByLine = (records: ImportRecord[]) => records.filter((r) => r.error).map((r) => [r.line, r.error]);
const okLines = (records: ImportRecord[]) => records.filter((r) => r.item).map((r) => r.line);

test('JSONL: good and bad lines, each bad one reported at its line', async () => {
  const lines = [
    /* 1 */ '{"externalId":"m1","author":{"handle":"@marie","name":"Marie"},"text":"Bonjour, ma commande n\'est pas arrivée","createdAt":"2026-01-12T10:00:00+01:00"}',
    /* 2 */ '{"id":"m2","authorHandle":"@paul","authorFollowers":"1200","text":"Merci !","createdAt":"2026-01-12 11:30:00","url":"https://social.example/p/2","inReplyTo":"m1"}',
    /* 3 */ '{"externalId":"m3","author":{"handle":"@x"},"text":"sans date"}',
    /* 4 */ '',
    /* 5 */ '{"externalId":"m5","author":{"handle":"@x"},"text":"Bonjour" ',
    /* 6 */ '{"externalId":"m6","author":{"handle":"@x","followers":-3},"text":"t","createdAt":"2026-01-12T10:00:00Z","url":"javascript:alert(1)"}',
    /* 7 */ '{"externalId":"m7","author":{"handle":"@zoé"},"text":"Ça marche 👍","createdAt":"2026-02-30T10:00:00Z"}',
    /* 8 */ '["not", "an", "object"]',
    /* 9 */ '{"externalId":"m9","author":{"handle":"@last"},"text":"fin","createdAt":"2026-01-13"}',
  ];
  const records = await collect(chunked(lines.join('\r\n')), 'jsonl');
  assert.deepEqual(okLines(records), [1, 2, 9]);
  const errors = errorsByLine(records);
  assert.deepEqual(errors.map(([l]) => l), [3, 5, 6, 7, 8]);
  assert.equal(errors[0][1], 'missing createdAt');
  assert.match(String(errors[1][1]), /^invalid JSON/);
  assert.match(String(errors[2][1]), /followers must be a non-negative integer; url must be an http or https URL/);
  assert.match(String(errors[3][1]), /invalid createdAt "2026-02-30T10:00:00Z"/);
  assert.equal(errors[4][1], 'a record must be an object');

  assert.deepEqual(records[0].item, {
    externalId: 'm1', author: { handle: '@marie', name: 'Marie' },
    text: "Bonjour, ma commande n'est pas arrivée", createdAt: '2026-01-12T09:00:00.000Z',
  });
  assert.deepEqual(records[1].item, {
    externalId: 'm2', author: { handle: '@paul', followers: 1200 }, text: 'Merci !',
    createdAt: '2026-01-12T11:30:00.000Z', url: 'https://social.example/p/2', inReplyTo: 'm1',
  });
});

test('CSV: ";" delimiter, BOM, quoted fields with line breaks and delimiters, exact line numbers', async () => {
  const csv = [
    /* 1 */ '\uFEFFExternalId;AuthorHandle;AuthorName;AuthorFollowers;Text;URL;CreatedAt;InReplyTo',
    /* 2 */ 'c1;@lea;Léa;10;"Bonjour;',
    /* 3 */ 'je n\'ai pas reçu ma carte.',
    /* 4 */ 'Pouvez-vous ""vérifier"" ?";https://social.example/c1;2026-03-29 01:30:00;',
    /* 5 */ 'c2;;Anonyme;;Sans auteur;;2026-03-29T10:00:00Z;',
    /* 6 */ '',
    /* 7 */ 'c3;@max;Max;beaucoup;Trop d\'abonnés;;2026-03-29T10:00:00Z;',
    /* 8 */ 'c4;@nina;Nina;0;"Réponse',
    /* 9 */ 'sur deux lignes";;2026-03-29T11:00:00+02:00;c1',
    /* 10 */ 'c5;@bad;Bad;1;un;deux;2026-03-29T10:00:00Z;;en trop',
    /* 11 */ ';@noid;;;pas d\'identifiant;;2026-03-29T10:00:00Z;',
    /* 12 */ 'c6;@ok;;;dernière ligne sans fin de ligne;;2026-03-29T12:00:00Z;',
  ].join('\r\n');
  const records = await collect(chunked(csv, 5), 'csv');
  assert.deepEqual(okLines(records), [2, 8, 12]);
  assert.deepEqual(errorsByLine(records), [
    [5, 'missing author handle'],
    [7, 'author followers must be a non-negative integer'],
    [10, '9 fields where the header has 8 (an unquoted ";" in a field?)'],
    [11, 'missing externalId'],
  ]);
  assert.deepEqual(records[0].item, {
    externalId: 'c1', author: { handle: '@lea', name: 'Léa', followers: 10 },
    text: 'Bonjour;\nje n\'ai pas reçu ma carte.\nPouvez-vous "vérifier" ?',
    url: 'https://social.example/c1', createdAt: '2026-03-29T01:30:00.000Z',
  });
  const c4 = records.find((r) => r.item?.externalId === 'c4')!.item!;
  assert.equal(c4.text, 'Réponse\nsur deux lignes');
  assert.equal(c4.inReplyTo, 'c1');
  assert.equal(c4.createdAt, '2026-03-29T09:00:00.000Z');
});

test('CSV: "," delimiter, "id" column, and a stray quote that does not derail later records', async () => {
  const csv = [
    /* 1 */ 'id,authorHandle,text,createdAt',
    /* 2 */ '1,@a,"Il a dit ""oui"", puis ""non""",2026-01-01T00:00:00Z',
    /* 3 */ '2,@b,il a dit "peut-être,2026-01-01T00:00:00Z',
    /* 4 */ '3,@c,ordinaire,2026-01-01T00:00:00Z',
  ].join('\n') + '\n';
  const records = await collect(Readable.from([csv]), 'csv');
  assert.deepEqual(errorsByLine(records), []);
  assert.deepEqual(records.map((r) => [r.line, r.item?.text]), [
    [2, 'Il a dit "oui", puis "non"'],
    [3, 'il a dit "peut-être'],
    [4, 'ordinaire'],
  ]);
});

test('CSV: a header without the needed columns is one clear error', async () => {
  const records = await collect(Readable.from(['name,message\nA,B\n']), 'csv');
  assert.deepEqual(records, [{ line: 1, error: 'the header has no column for externalId, authorHandle, text, createdAt (found: name, message)' }]);
});

test('CSV: a quote never closed is reported where its record starts', async () => {
  const csv = 'id;authorHandle;text;createdAt\n1;@a;ok;2026-01-01\n2;@b;"jamais fermé;2026-01-01\n3;@c;perdu;2026-01-01\n';
  const records = await collect(Readable.from([csv]), 'csv');
  assert.deepEqual(okLines(records), [2]);
  assert.deepEqual(errorsByLine(records), [[3, 'a quoted field is never closed; the rest of the file could not be read']]);
});

test('text length is limited to 20,000 characters, counted as characters', () => {
  const base = { externalId: 'x', author: { handle: '@h' }, createdAt: '2026-01-01T00:00:00Z' };
  assert.ok('item' in validateItem({ ...base, text: '👍'.repeat(20_000) }), '20,000 emoji are 40,000 UTF-16 units but 20,000 characters');
  const tooLong = validateItem({ ...base, text: 'a'.repeat(20_001) });
  assert.deepEqual(tooLong, { error: 'text is longer than 20000 characters (20001)' });
  assert.deepEqual(validateItem({ ...base, text: '   ' }), { error: 'missing text' });
  assert.deepEqual(validateItem(null), { error: 'a record must be an object' });
  assert.deepEqual(validateItem({}), { error: 'missing externalId; missing author handle; missing text; missing createdAt' });
});

test('dates: ISO 8601 and "YYYY-MM-DD HH:mm:ss" accepted, everything else refused', () => {
  assert.equal(parseDateTime('2026-03-29T01:30:00Z'), '2026-03-29T01:30:00.000Z');
  assert.equal(parseDateTime('2026-03-29T03:30:00.123+02:00'), '2026-03-29T01:30:00.123Z');
  assert.equal(parseDateTime('2026-03-29T03:30:00+0200'), '2026-03-29T01:30:00.000Z');
  assert.equal(parseDateTime('2026-03-28T21:30-04:00'), '2026-03-29T01:30:00.000Z');
  assert.equal(parseDateTime('2026-03-29 01:30:00'), '2026-03-29T01:30:00.000Z');
  assert.equal(parseDateTime('2026-03-29'), '2026-03-29T00:00:00.000Z');
  assert.equal(parseDateTime('2024-02-29 12:00:00'), '2024-02-29T12:00:00.000Z', 'a leap day');
  for (const bad of ['2025-02-29', '2026-13-01', '2026-01-01T24:00:00Z', '29/03/2026', 'yesterday', '1774747800', '2026-01-01T10:00:00+25:00']) {
    assert.equal(parseDateTime(bad), undefined, bad);
  }
});

test('detectFormat by extension, then by content', () => {
  assert.equal(detectFormat('export.CSV', ''), 'csv');
  assert.equal(detectFormat('export.ndjson', ''), 'jsonl');
  assert.equal(detectFormat('export.jsonl', 'id;text'), 'jsonl');
  assert.equal(detectFormat('export.txt', '\uFEFF  {"id":"1"}\n'), 'jsonl');
  assert.equal(detectFormat(undefined, Buffer.from('"ID";"Text";"createdAt"\r\n1;2;3')), 'csv');
  assert.equal(detectFormat('notes.txt', 'Chère équipe,\nvoici mes notes'), null);
});

test('a 50,000-line file streams from disk with every record accounted for', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-import-'));
  try {
    const csvPath = path.join(dir, 'big.csv');
    const jsonlPath = path.join(dir, 'big.jsonl');
    const csv = fs.createWriteStream(csvPath);
    const jsonl = fs.createWriteStream(jsonlPath);
    csv.write('externalId,authorHandle,text,createdAt\n');
    for (let i = 1; i <= 50_000; i++) {
      // Every 1,000th record has no date, so the count of errors is known too.
      const date = i % 1000 === 0 ? '' : '2026-01-12T10:00:00Z';
      csv.write(`${i},@u${i % 97},"Message n°${i}, avec une virgule",${date}\n`);
      jsonl.write(JSON.stringify({ externalId: String(i), author: { handle: `@u${i}` }, text: `Message ${i}`, createdAt: date }) + '\n');
    }
    await Promise.all([new Promise((r) => csv.end(r)), new Promise((r) => jsonl.end(r))]);

    for (const [file, format, firstDataLine] of [[csvPath, 'csv', 2], [jsonlPath, 'jsonl', 1]] as const) {
      let ok = 0;
      let bad = 0;
      let lastLine = 0;
      for await (const r of parseImport(fs.createReadStream(file, { highWaterMark: 16 * 1024 }), format)) {
        if (r.item) ok++;
        else bad++;
        lastLine = r.line;
      }
      assert.equal(ok, 49_950, format);
      assert.equal(bad, 50, format);
      assert.equal(lastLine, 50_000 + firstDataLine - 1, format);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('stopping early releases the file', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-import-'));
  try {
    const file = path.join(dir, 'f.jsonl');
    fs.writeFileSync(file, '{"externalId":"1","author":{"handle":"h"},"text":"t","createdAt":"2026-01-01"}\n'.repeat(1000));
    const stream = fs.createReadStream(file, { highWaterMark: 1024 });
    for await (const r of parseImport(stream, 'jsonl')) {
      assert.equal(r.line, 1);
      break;
    }
    assert.equal(stream.destroyed, true);
    fs.writeFileSync(file.replace('.jsonl', '.csv'), 'id,authorHandle,text,createdAt\n' + '1,h,t,2026-01-01\n'.repeat(1000));
    const csvStream = fs.createReadStream(file.replace('.jsonl', '.csv'), { highWaterMark: 1024 });
    for await (const r of parseImport(csvStream, 'csv')) {
      assert.equal(r.line, 2);
      break;
    }
    assert.equal(csvStream.destroyed, true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
