import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule, run, spans } from './fixtures.ts';

const gratuit = rule('forbidden_terms', { terms: ['gratuit'] });
const gras = rule('forbidden_terms', { terms: ['gras'] });
const free = rule('forbidden_terms', { terms: ['free'] }, { id: 'free' });

test('French term found whatever the case and accents, with an exact span', () => {
  const text = "Livraison GRÂTUITE ? Non : c'est grâtuit !";
  const r = run([gratuit], text);
  assert.equal(r.verdict, 'blocked');
  assert.deepEqual(spans(r, text), ['grâtuit']);
  assert.deepEqual(r.findings[0].span, [33, 40]);
});

test('a decomposed accent and an emoji before the word do not shift the span', () => {
  const text = '🎉🎉 Offre gra\u0302tuit pour vous';
  const r = run([gratuit], text);
  assert.deepEqual(spans(r, text), ['gra\u0302tuit']);
  assert.equal(r.findings[0].span![0], 11);
  assert.equal(r.findings[0].span![1], 19);
});

test('spaced and dotted letters: the span covers the whole disguised word', () => {
  for (const [text, expected] of [
    ["C'est g.r.a.t.u.i.t, vraiment", 'g.r.a.t.u.i.t'],
    ['Tout est g r a t u i t ici', 'g r a t u i t'],
    ['Tout est G-R-A-T-U-I-T ici', 'G-R-A-T-U-I-T'],
    ['offre gra.tuit', 'gra.tuit'],
    ['100% f r e e !', 'f r e e'],
  ] as const) {
    const r = run([gratuit, free], text);
    assert.deepEqual(spans(r, text), [expected], text);
  }
});

test('look-alike characters and digits are read as letters', () => {
  for (const text of ['grаtuit', 'gr4tu1t', 'GR@TUIT', 'grat\u200Buit', 'ｇｒａｔｕｉｔ']) {
    const r = run([gratuit], `Offre ${text} !`);
    assert.equal(r.findings.length, 1, text);
    assert.equal(`Offre ${text} !`.slice(...r.findings[0].span!), text);
  }
  const en = 'It is fr33 and fr€e';
  assert.deepEqual(spans(run([free], en), en), ['fr33']);
});

test('a letter stretched three times still matches; a doubled one is ordinary spelling', () => {
  assert.equal(run([gratuit], 'graaaatuit').findings.length, 1);
  assert.equal(run([free], 'freeeee stuff').findings.length, 1);
  const sale = rule('forbidden_terms', { terms: ['sale'] });
  assert.equal(run([sale], 'La salle est prête').findings.length, 0);
  assert.equal(run([sale], 'Un travail sale').findings.length, 1);
});

test('whole words only: no false alarm inside ordinary words', () => {
  assert.equal(run([gras], 'Des matières grasses et du grasset').findings.length, 0);
  assert.equal(run([gras], 'Le gras, ça suffit').findings.length, 1);
  assert.equal(run([free], 'Freedom and a carefree day, freelance work').findings.length, 0);
  assert.equal(run([gratuit], 'La gratuité et les gratuits').findings.length, 0);
  // Elision does not glue words into new ones: "l'arme" is not "larme".
  assert.equal(run([rule('forbidden_terms', { terms: ['larme'] })], "Il pose l'arme").findings.length, 0);
  // Spaces between longer fragments are not joined ("the rapist" is not "therapist").
  assert.equal(run([rule('forbidden_terms', { terms: ['therapist'] })], 'the rapist was caught').findings.length, 0);
});

test('a trailing * covers inflections; exceptions stay allowed', () => {
  const r = rule('forbidden_terms', { terms: ['gratuit*'], exceptions: ['gratuitement'] });
  const text = 'Gratuite, gratuits, GRATUITEMENT, gratuit.';
  assert.deepEqual(spans(run([r], text), text), ['Gratuite', 'gratuits', 'gratuit']);
});

test('an exception phrase protects only the occurrence inside it (English)', () => {
  const r = rule('forbidden_terms', { terms: ['free'], exceptions: ['feel free'] });
  const text = 'Feel free to ask: the trial is free.';
  const res = run([r], text, {}, 'en');
  assert.deepEqual(spans(res, text), ['free']);
  assert.equal(res.findings[0].span![0], 31);
  assert.equal(res.findings[0].message, 'Forbidden term: "free"');
});

test('phrases match across spaces, hyphens and missing spaces, but not across lines', () => {
  const legal = rule('legal_review', { terms: ['sans risque', 'risk-free'] }, { severity: 'needs_approval' });
  const text = 'Placement SANS  RISQUE, sans-risque, sansrisque; totally risk free.';
  const r = run([legal], text);
  assert.equal(r.verdict, 'needs_approval');
  assert.deepEqual(spans(r, text), ['SANS  RISQUE', 'sans-risque', 'sansrisque', 'risk free']);
  assert.equal(run([legal], 'sans\nrisque').findings.length, 0);
});

test('legal review triggers: health claims and financial promises, French and English', () => {
  const legal = rule('legal_review', {
    terms: ['guérit', 'soigne', 'remboursé', 'garanti', 'sans risque', 'guaranteed', 'risk-free'],
  }, { severity: 'needs_approval' });
  const fr = 'Ce baume GUÉRIT tout, satisfait ou rembourse\u0301, c’est garanti.';
  assert.deepEqual(spans(run([legal], fr), fr), ['GUÉRIT', 'rembourse\u0301', 'garanti']);
  const en = 'Guaranteed results, 100% r1sk-fr3e!';
  assert.deepEqual(spans(run([legal], en, {}, 'en'), en), ['Guaranteed', 'r1sk-fr3e']);
  // Nearby ordinary words are left alone.
  assert.equal(run([legal], 'Une garantie de deux ans, nous soignons nos clients.').findings.length, 0);
});

test('the message names the term and how it was written when disguised', () => {
  const r = run([gratuit], 'c’est g.r.a.t.u.i.t');
  assert.equal(r.findings[0].message, 'Terme interdit : « gratuit » (écrit « g.r.a.t.u.i.t »)');
  assert.equal(r.findings[0].explanation, 'Règle de la charte.');
});

test('a longer term hides the shorter one it contains; each occurrence is reported', () => {
  const r = rule('legal_review', { terms: ['risque', 'sans risque'] });
  const text = 'Sans risque. Un risque.';
  assert.deepEqual(spans(run([r], text), text), ['Sans risque', 'risque']);
});

test('spaced letters match a prefix term on its own letters, and its exceptions still apply', () => {
  const r = rule('forbidden_terms', { terms: ['gratuit*'], exceptions: ['gratuitement'] });
  const text = 'c’est g r a t u i t e, livré g r a t u i t e m e n t';
  assert.deepEqual(spans(run([r], text), text), ['g r a t u i t']);
});
