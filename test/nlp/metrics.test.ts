import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, formatEvaluation, NO_LABEL } from '../../src/nlp/metrics.ts';

describe('evaluate', () => {
  it('computes accuracy, per-label precision/recall/F1 and macro-F1 over the reference labels', () => {
    const expected = ['a', 'a', 'a', 'b', 'b', 'c'];
    const predicted = ['a', 'a', 'b', 'b', 'a', 'c'];
    const ev = evaluate(expected, predicted);
    assert.equal(ev.accuracy, 4 / 6);
    const a = ev.perClass.find((c) => c.label === 'a')!;
    assert.equal(a.precision, 2 / 3);
    assert.equal(a.recall, 2 / 3);
    const b = ev.perClass.find((c) => c.label === 'b')!;
    assert.equal(b.precision, 1 / 2);
    assert.equal(b.recall, 1 / 2);
    assert.ok(Math.abs(ev.macroF1 - (2 / 3 + 1 / 2 + 1) / 3) < 1e-12);
  });

  it('lists the most frequent confusions first', () => {
    const ev = evaluate(['a', 'a', 'a', 'b'], ['b', 'b', 'c', 'a'], 2);
    assert.deepEqual(ev.confusions, [
      { expected: 'a', predicted: 'b', count: 2 },
      { expected: 'a', predicted: 'c', count: 1 },
    ]);
  });

  it('counts "no label" as right for out-of-scope texts and wrong for in-scope ones', () => {
    const ev = evaluate(['a', 'a', null, null], ['a', null, null, 'a']);
    assert.equal(ev.accuracy, 0.5);
    assert.equal(ev.inScopeAccuracy, 0.5);
    assert.equal(ev.outOfScopeRecall, 0.5);
    assert.equal(ev.coverage, 0.5);
    assert.ok(ev.perClass.some((c) => c.label === NO_LABEL && c.support === 2));
    assert.match(formatEvaluation(ev), /out-of-scope\s+0\.5000/);
  });

  it('does not let a never-expected label dilute macro-F1', () => {
    const ev = evaluate(['a', 'b'], ['a', null]);
    assert.equal(ev.macroF1, 0.5);
    assert.equal(ev.inScopeAccuracy, 0.5);
    assert.equal(ev.outOfScopeRecall, null);
  });
});
