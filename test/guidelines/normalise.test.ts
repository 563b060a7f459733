import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIGIT, LEET, LETTER, NEWLINE, SPACE, foldString, foldText, unitSpan } from '../../src/guidelines/normalise.ts';
import { runMatches, squeeze } from '../../src/guidelines/words.ts';

test('folds case, accents, ligatures and compatibility forms', () => {
  assert.equal(foldString('Écrire à ÇA'), 'ecrire a ca');
  assert.equal(foldString('Cœur ŒUVRE straße'), 'coeur oeuvre strasse');
  assert.equal(foldString('ｇｒａｔｕｉｔ'), 'gratuit');
  assert.equal(foldString('𝐟𝐫𝐞𝐞'), 'free');
  assert.equal(foldString('ﬁn'), 'fin');
});

test('reads Cyrillic and Greek look-alikes as Latin letters', () => {
  // а, е, о, р, с below are Cyrillic; ο is Greek.
  assert.equal(foldString('grаtuit'), 'gratuit');
  assert.equal(foldString('ореn'), 'open');
  assert.equal(foldString('сοde'), 'code');
});

test('a decomposed accent joins the letter before it and stays inside its span', () => {
  const text = 'cafe\u0301 ok';
  const f = foldText(text);
  assert.equal(f.chars.join(''), 'cafe ok');
  assert.deepEqual(unitSpan(f, 0, 4), [0, 5]);
  assert.equal(text.slice(...unitSpan(f, 0, 4)), 'cafe\u0301');
});

test('offsets count UTF-16 units, so an emoji before a word shifts it by two', () => {
  const text = '👍🏽 été';
  const f = foldText(text);
  const e = f.chars.indexOf('e');
  assert.equal(f.start[e], 5);
  assert.equal(text.slice(f.start[e], f.end[e + 2]), 'été');
});

test('a ligature gives two units that share the original character', () => {
  const f = foldText('bœuf');
  assert.deepEqual(f.chars, ['b', 'o', 'e', 'u', 'f']);
  assert.equal(f.start[1], 1);
  assert.equal(f.start[2], 1);
  assert.equal(f.end[2], 2);
});

test('invisible characters do not split a word', () => {
  const text = 'gra\u200Btu\u00ADit';
  const f = foldText(text);
  assert.equal(f.chars.join(''), 'gratuit');
  assert.equal(f.end[f.length - 1], text.length);
});

test('classifies units for the tokenizer', () => {
  const f = foldText('a1 @\n');
  assert.deepEqual(f.cls, [LETTER, DIGIT, SPACE, LEET, NEWLINE]);
});

test('squeezed words keep their run lengths', () => {
  assert.deepEqual(squeeze('graaatuit'), { key: 'gratuit', runs: [1, 1, 3, 1, 1, 1, 1] });
  assert.deepEqual(squeeze('salle'), { key: 'sale', runs: [1, 1, 2, 1] });
});

test('a stretched letter stands for one or two, a doubled letter does not stand for one', () => {
  assert.equal(runMatches(3, 1), true);
  assert.equal(runMatches(4, 2), true);
  assert.equal(runMatches(2, 2), true);
  assert.equal(runMatches(2, 1), false);
  assert.equal(runMatches(1, 2), false);
});
