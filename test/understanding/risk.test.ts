import { test } from 'node:test';
import assert from 'node:assert/strict';
import { understand } from '../../src/understanding/understanding.ts';

const risk = (text: string, authorFollowers?: number) => understand({ text, authorFollowers });

test('a crisis from a big account > a mild complaint > praise', () => {
  const crisis = risk('Votre produit a pris feu chez moi, mon fils est brûlé. Mon avocat vous contactera.', 250_000);
  const complaint = risk('Livraison un peu en retard cette fois', 120);
  const praise = risk('Merci pour votre aide, service au top !', 250_000);
  assert.ok(crisis.risk > complaint.risk, `${crisis.risk} > ${complaint.risk}`);
  assert.ok(complaint.risk > praise.risk, `${complaint.risk} > ${praise.risk}`);
  assert.equal(praise.risk, 0);
  assert.ok(crisis.risk <= 100 && crisis.risk >= 70);
});

test('the parts add up to the risk and say why', () => {
  const r = risk('Je vais porter plainte et appeler mon avocat, scandale !!!', 50_000);
  const sum = r.riskFactors.reduce((t, f) => t + f.points, 0);
  assert.equal(sum, r.risk);
  const terms = r.riskFactors.find((f) => f.factor === 'terms');
  assert.match(terms?.detail ?? '', /legal: .*avocat/);
  assert.match(terms?.detail ?? '', /reputation: scandale/);
  assert.ok(r.riskFactors.some((f) => f.factor === 'reach'));
});

test('reach only amplifies: the same complaint is riskier from a larger audience', () => {
  const text = 'Worst service ever, still no refund after three weeks';
  const small = risk(text, 10).risk;
  const large = risk(text, 2_000_000).risk;
  const unknown = risk(text).risk;
  assert.ok(large > small);
  assert.ok(small >= unknown);
  assert.equal(risk('Have a nice day', 2_000_000).risk, 0);
});

test('English safety and legal terms count like French ones', () => {
  const r = risk('The battery exploded and injured my son, my lawyer will be in touch');
  assert.equal(r.intent, 'crisis');
  assert.ok(r.risk >= 60);
});
