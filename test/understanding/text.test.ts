import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText, BREAK, fold, tokenize, undouble } from '../../src/understanding/text.ts';

test('folds case and accents, keeps mentions, drops links', () => {
  const a = analyseText("@SNCF Ça n'a JAMAIS marché, Éric ! https://t.co/x #Remboursez");
  assert.deepEqual(a.words, ['@sncf', 'ca', 'n', 'a', 'jamais', 'marche', BREAK, 'eric', BREAK, 'remboursez']);
  assert.equal(a.urls, 1);
  assert.equal(a.mentions, 1);
  assert.equal(a.hashtags, 1);
  assert.equal(a.exclamations, 1);
  assert.equal(a.shouted, 1);
});

test('English contractions stay one word, French elisions split', () => {
  assert.deepEqual(tokenize("I don't think it's fine"), ['i', 'dont', 'think', 'it', 's', 'fine']);
  assert.deepEqual(tokenize("l'appli j’ai aujourd'hui"), ['l', 'appli', 'j', 'ai', 'aujourd', 'hui']);
});

test('emoji and emoticons are collected, skin tones dropped', () => {
  const a = analyseText('Super :-) <3 merci 👍🏽 mais :( et xD');
  assert.deepEqual(a.emojis, [':)', '<3', '👍', ':(', ':D']);
  assert.ok(!a.words.includes('xd'));
});

test('elongations are capped and numbers in times do not read as emoticons', () => {
  assert.deepEqual(tokenize('Trooooop cooool'), ['troop', 'cool']);
  assert.deepEqual(analyseText('rdv à 10:30').emojis, []);
  assert.equal(undouble('troop'), 'trop');
});

test('letters outside Latin are kept, lengths changing on lower-casing are handled', () => {
  assert.deepEqual(tokenize('İstanbul ÇA'), ['istanbul', 'ca']);
  assert.deepEqual(tokenize('Привет мир'), ['привет', 'мир']);
  assert.equal(fold('ÉLÈVE Œuvre'), 'eleve oeuvre');
});

test('empty and symbol-only texts give no words', () => {
  assert.deepEqual(analyseText('').words, []);
  assert.deepEqual(analyseText('!!! ??').words, []);
  assert.equal(analyseText('👍👍').letters, 0);
});
