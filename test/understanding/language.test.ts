import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../src/understanding/text.ts';
import { detectLanguage } from '../../src/understanding/language.ts';

const lang = (t: string) => detectLanguage(analyseText(t)).lang;

test('French posts, with or without accents and function words', () => {
  assert.equal(lang("Je n'ai toujours pas reçu ma commande, c'est inadmissible"), 'fr');
  assert.equal(lang('trop bien la nouvelle appli'), 'fr');
  assert.equal(lang('Éoliennes : l’armée vent debout'), 'fr');
  assert.equal(lang('MERCI POUR VOTRE AIDE'), 'fr');
});

test('English posts', () => {
  assert.equal(lang('My order never arrived and nobody answers'), 'en');
  assert.equal(lang('@AcmeHelp how do I reset my password?'), 'en');
  assert.equal(lang('Worst customer service ever'), 'en');
});

test('other languages are not forced into French or English', () => {
  assert.equal(lang('El servicio de atención al cliente es muy malo, no me responden.'), 'other');
  assert.equal(lang('Mein Paket ist seit zwei Wochen unterwegs und der Kundenservice antwortet nicht'), 'other');
  assert.equal(lang('Il servizio clienti non risponde da una settimana, sono molto deluso'), 'other');
  assert.equal(lang('注文した商品がまだ届きません。'), 'other');
});

test('texts without letters are other; one common word still decides', () => {
  assert.equal(lang('👍👍 https://t.co/abc'), 'other');
  assert.equal(lang(''), 'other');
  assert.equal(lang('merci'), 'fr');
  assert.equal(lang('thanks'), 'en');
});
