import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { predict, probabilities, stratifiedFolds, trainClassifier } from '../../src/nlp/classifier.ts';
import { deserialise, serialise } from '../../src/nlp/serialise.ts';
import { routingExamples, routingProbes } from './fixtures.ts';

const model = trainClassifier(routingExamples);

describe('text classifier', () => {
  it('learns the labels and keeps "oos" as refusal, not as a label', () => {
    assert.deepEqual(model.labels, ['after-sales', 'hr', 'press']);
    assert.equal(model.outOfScopeClass, true);
    assert.equal(model.report.outOfScopeExamples, 8);
    assert.ok(model.report.heldOut !== null);
  });

  it('routes unseen French and English messages to the right department', () => {
    for (const [text, label] of routingProbes) assert.equal(predict(model, text).label, label, text);
  });

  it('returns no label for out-of-scope messages', () => {
    const r = predict(model, 'Quel temps fera-t-il ce week-end pour le match de foot ?');
    assert.equal(r.label, null);
    assert.equal(predict(model, 'zzzz qqqq').label, null);
  });

  it('returns no label below the threshold stored in the model, with the confidence it had', () => {
    const strict = { ...model, threshold: 1.01 };
    const r = predict(strict, routingProbes[0][0]);
    assert.equal(r.label, null);
    assert.ok(r.confidence > 0.3 && r.confidence <= 1);
  });

  it('gives probabilities that sum to 1 and a confidence equal to the best known label', () => {
    const p = probabilities(model, routingProbes[2][0]);
    assert.equal(p.length, 4);
    assert.ok(Math.abs(p.reduce((s, x) => s + x, 0) - 1) < 1e-9);
    assert.equal(predict(model, routingProbes[2][0]).confidence, Math.max(p[0], p[1], p[2]));
  });

  it('survives a JSON round trip unchanged', () => {
    const json = JSON.stringify(serialise(model));
    const back = deserialise(JSON.parse(json));
    for (const [text] of routingProbes) assert.deepEqual(predict(back, text), predict(model, text));
    assert.equal(JSON.stringify(serialise(back)), json);
  });

  it('refuses data that is not a model of this version', () => {
    assert.throws(() => deserialise({ format: 'something else' }), /not a text classifier/);
    assert.throws(() => deserialise({ ...serialise(model), version: 99 }), /unsupported model version/);
  });

  it('is deterministic for a given seed', () => {
    const again = trainClassifier(routingExamples);
    assert.equal(JSON.stringify(serialise(again).values), JSON.stringify(serialise(model).values));
  });

  it('works without out-of-scope examples and with a null label as out of scope', () => {
    const noOos = trainClassifier(routingExamples.filter((e) => e.label !== 'oos'));
    assert.equal(noOos.outOfScopeClass, false);
    assert.equal(predict(noOos, routingProbes[3][0]).label, 'hr');
    const nulls = trainClassifier(routingExamples.map((e) => (e.label === 'oos' ? { ...e, label: null } : e)));
    assert.equal(nulls.outOfScopeClass, true);
  });

  it('needs at least two labels', () => {
    assert.throws(() => trainClassifier([{ text: 'a', label: 'x' }]), /at least 2 distinct labels/);
  });

  it('deals every class across the folds', () => {
    const targets = Int32Array.from({ length: 30 }, (_, i) => i % 3);
    const fold = stratifiedFolds(targets, 5, 1);
    for (let c = 0; c < 3; c++) {
      const folds = new Set([...fold].filter((_, i) => targets[i] === c));
      assert.equal(folds.size, 5);
    }
  });
});
