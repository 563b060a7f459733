import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chooseThreshold, figuresAt, fitTemperature, softmaxInto, type HeldOutItem } from '../../src/nlp/calibration.ts';
import { rng } from '../../src/nlp/linear.ts';

describe('calibration', () => {
  it('recovers the temperature that generated the labels', () => {
    const random = rng(3);
    const scores: Float32Array[] = [];
    const targets: number[] = [];
    const p = new Float64Array(4);
    for (let i = 0; i < 4000; i++) {
      const s = Float32Array.from({ length: 4 }, () => random() * 6);
      softmaxInto(s, 2.5, p);
      let u = random();
      let c = 0;
      while (c < 3 && u > p[c]) u -= p[c++];
      scores.push(s);
      targets.push(c);
    }
    const t = fitTemperature(scores, targets);
    assert.ok(Math.abs(t - 2.5) < 0.3, `fitted ${t}`);
  });

  const item = (confidence: number, correct: boolean, outOfScope = false): HeldOutItem => ({ confidence, correct, outOfScope, rejectedByClass: false });

  it('refuses where a label is more often wrong than right', () => {
    const items = [item(0.2, false), item(0.25, false), item(0.3, true), item(0.35, false), item(0.4, false), item(0.8, true), item(0.9, true), item(0.95, true)];
    const choice = chooseThreshold(items, 1);
    // Midway between the last confidence worth refusing and the next one.
    assert.ok(Math.abs(choice.threshold - 0.6) < 1e-9, `threshold ${choice.threshold}`);
    assert.equal(choice.inScopeAccuracy, 3 / 8);
    assert.equal(choice.inScopeRejected, 5 / 8);
    // When a wrong label costs little, refusing a right label to avoid one is not worth it.
    const cheap = chooseThreshold(items, 0.1);
    assert.ok(cheap.threshold < 0.3, `threshold ${cheap.threshold}`);
    assert.equal(cheap.inScopeAccuracy, 4 / 8);
    assert.equal(choice.outOfScopeRecall, null);
  });

  it('does not refuse when every label is right', () => {
    const choice = chooseThreshold([item(0.3, true), item(0.5, true), item(0.9, true)]);
    assert.equal(choice.threshold, 0);
    assert.equal(choice.inScopeRejected, 0);
  });

  it('raises the threshold to refuse out-of-scope examples when it pays', () => {
    const items = [item(0.4, false, true), item(0.45, false, true), item(0.5, true), item(0.9, true), item(0.95, true)];
    const choice = chooseThreshold(items, 1);
    assert.equal(choice.outOfScopeRecall, 1);
    assert.equal(choice.inScopeAccuracy, 1);
    assert.deepEqual(figuresAt(items, 0).outOfScopeRecall, 0);
  });

  it('weights scarce out-of-scope examples up to the expected share of real traffic', () => {
    const inScope = [0.3, 0.35, 0.9, 0.92, 0.94, 0.96, 0.97, 0.98].map((c) => item(c, true));
    const items = [...inScope, item(0.2, false, true)];
    // One out-of-scope example in nine is worth refusing even at the natural share...
    assert.equal(chooseThreshold(items, 0.5).outOfScopeRecall, 1);
    const hard = [...inScope, item(0.32, false, true)];
    // ...but refusing it here costs a right label, unless out-of-scope traffic is expected to be common.
    assert.equal(chooseThreshold(hard, 0.5).outOfScopeRecall, 0);
    assert.equal(chooseThreshold(hard, 0.5, 0.5).outOfScopeRecall, 1);
  });
});
