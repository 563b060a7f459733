import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../src/understanding/text.ts';
import { scoreSentiment } from '../../src/understanding/sentiment.ts';
import type { Lang } from '../../src/understanding/language.ts';

const s = (t: string, lang: Lang = 'fr') => scoreSentiment(analyseText(t), lang);

test('French polarity, accents optional', () => {
  assert.equal(s('Service génial, merci beaucoup').label, 'positive');
  assert.equal(s('service genial merci beaucoup').label, 'positive');
  assert.equal(s('Livraison catastrophique, je suis déçu').label, 'negative');
  assert.equal(s('La réunion est à 14h').label, 'neutral');
});

test('French negation', () => {
  assert.equal(s('pas content du tout').label, 'negative');
  assert.equal(s("je ne suis plus satisfait de l'abonnement").label, 'negative');
  assert.equal(s("jamais été aussi bien servi").label !== 'negative', true);
  assert.equal(s('pas mal du tout cette mise à jour').label, 'positive');
  assert.equal(s("c'est pas mal").label, 'positive');
  assert.ok(s('sans aucun problème').score > 0);
  assert.ok(s('content').score > 0 && s('pas content').score < 0);
  assert.equal(s("n'est pas encore top").label, 'negative');
});

test('French social-media spelling and intensifiers', () => {
  assert.equal(s('c nul').label, 'negative');
  assert.equal(s('trop bien !!').label, 'positive');
  assert.ok(s('grave bien').score > s('bien').score);
  assert.ok(s('TRÈS DÉÇU !!!').score < s('déçu').score);
  assert.equal(s('nuuuul').label, 'negative');
});

test('contrast: what follows "mais" weighs more', () => {
  assert.equal(s('Le produit est bien mais la livraison est catastrophique').label, 'negative');
  assert.equal(s('Un peu cher mais vraiment excellent').label, 'positive');
});

test('emoji and emoticons carry sentiment in any language', () => {
  assert.equal(s('😡😡').label, 'negative');
  assert.equal(s('merci :)').label, 'positive');
  assert.equal(s('👍', 'other').label, 'positive');
});

test('English with AFINN and negation', () => {
  assert.equal(s('This is great, thanks!', 'en').label, 'positive');
  assert.equal(s('not good at all', 'en').label, 'negative');
  assert.equal(s('Worst customer service ever', 'en').label, 'negative');
  assert.equal(s('not bad', 'en').label !== 'negative', true);
  assert.equal(s('I need to change my address', 'en').label, 'neutral');
});

test('scores stay within [-1, 1] and empty text is neutral', () => {
  const long = 'génial '.repeat(50);
  assert.ok(s(long).score <= 1 && s(long).score > 0.9);
  assert.deepEqual(s(''), { label: 'neutral', score: 0 });
});
