import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { parseLine, readJsonlStream, type LineResult } from '../../src/nlp/jsonl.ts';

async function collect(text: string, rule: 'ignore' | 'required'): Promise<LineResult[]> {
  const out: LineResult[] = [];
  for await (const r of readJsonlStream(Readable.from([text]), rule)) out.push(r);
  return out;
}

describe('JSON Lines reader', () => {
  it('reads text and label and ignores other fields', () => {
    assert.deepEqual(parseLine('{"text":"bonjour","label":"hr","id":7}', 3, 'required'), { line: 3, ok: true, text: 'bonjour', label: 'hr' });
    assert.deepEqual(parseLine('{"text":"bonjour","label":5}', 1, 'ignore'), { line: 1, ok: true, text: 'bonjour', label: null });
  });

  it('accepts a null label as "belongs to no label"', () => {
    assert.deepEqual(parseLine('{"text":"x","label":null}', 1, 'required'), { line: 1, ok: true, text: 'x', label: null });
  });

  it('explains why a line is unusable', () => {
    const err = (raw: string, rule: 'ignore' | 'required' = 'required') => {
      const r = parseLine(raw, 1, rule);
      return r.ok ? null : r.error;
    };
    assert.match(err('{"text": "x"')!, /invalid JSON/);
    assert.equal(err('[1,2]'), 'not a JSON object');
    assert.equal(err('{"label":"a"}'), 'missing "text"');
    assert.equal(err('{"text":3,"label":"a"}'), '"text" is not a string');
    assert.equal(err('{"text":"x"}'), 'missing "label"');
    assert.equal(err('{"text":"x"}', 'ignore'), null);
  });

  it('numbers lines from 1, blank and bad lines included, across CRLF endings and a BOM', async () => {
    const rows = await collect('\uFEFF{"text":"a"}\r\n\r\nnot json\r\n{"text":"d"}\n', 'ignore');
    assert.deepEqual(
      rows.map((r) => [r.line, r.ok]),
      [[1, true], [2, false], [3, false], [4, true]],
    );
    assert.equal(rows[0].ok && rows[0].text, 'a');
  });
});
