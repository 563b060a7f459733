import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule, run, spans } from './fixtures.ts';
import { findCards, findIbans, findPhones, ibanChecksumOk, luhnOk } from '../../src/guidelines/rules/personal-data.rule.ts';

const all = rule('personal_data', { detect: ['email', 'phone', 'iban', 'card'] });

test('French phone numbers in the usual formats, with exact spans', () => {
  for (const phone of ['06 12 34 56 78', '+33 6 12 34 56 78', '06.12.34.56.78', '0612345678', '+33 (0)6 12 34 56 78', '01-44-55-66-77']) {
    const text = `Appelez-moi au ${phone}, merci !`;
    const r = run([all], text);
    assert.deepEqual(spans(r, text), [phone], phone);
    assert.equal(r.findings[0].message, 'Donnée personnelle : numéro de téléphone');
  }
});

test('international numbers are found, in English too', () => {
  const text = 'Call +1 415-555-0132 or +44 20 7946 0958 today.';
  const r = run([all], text, {}, 'en');
  assert.deepEqual(spans(r, text), ['+1 415-555-0132', '+44 20 7946 0958']);
  assert.equal(r.findings[0].message, 'Personal data: phone number');
});

test('order numbers, prices, dates and postcodes are not phone numbers', () => {
  const text = 'Commande n° 123456789 du 12/03/2024, 1 234 567 € HT, 75001 Paris, réf. 2024 12 31.';
  assert.equal(run([all], text).findings.length, 0);
});

test('a country can be set for numbers written without a prefix', () => {
  assert.equal(findPhones('ring 020 7946 0958', 'GB').length, 1);
  assert.equal(findPhones('ring 020 7946 0958', 'FR').length, 0);
});

test('e-mail addresses, including accented ones, after an emoji', () => {
  const text = '📧 Écrivez à léa.dupont+sav@exemple.fr ou to SAM@Example.co.uk.';
  assert.deepEqual(spans(run([all], text), text), ['léa.dupont+sav@exemple.fr', 'SAM@Example.co.uk']);
  assert.equal(run([all], 'Suivez @relais sur les réseaux, à 10 h @ la mairie').findings.length, 0);
});

test('IBANs are validated by their checksum and length, with or without spaces', () => {
  const text = 'Virement sur FR76 3000 6000 0112 3456 7890 189 ou DE89370400440532013000 svp';
  assert.deepEqual(spans(run([all], text), text), ['FR76 3000 6000 0112 3456 7890 189', 'DE89370400440532013000']);
  assert.equal(ibanChecksumOk('FR7630006000011234567890189'), true);
  assert.equal(ibanChecksumOk('FR7630006000011234567890188'), false);
  // One wrong digit: no longer an IBAN, and not reported as anything else either.
  assert.deepEqual(findIbans('FR76 3000 6000 0112 3456 7890 188'), []);
  assert.deepEqual(findIbans('Référence FR76 3000'), []);
});

test('card numbers must pass Luhn; a reference of the same length does not', () => {
  const text = 'Carte 4111 1111 1111 1111, ou 5500-0000-0000-0004, ou 4012888888881881.';
  assert.deepEqual(spans(run([all], text), text), ['4111 1111 1111 1111', '5500-0000-0000-0004', '4012888888881881']);
  assert.equal(luhnOk('4111111111111112'), false);
  assert.deepEqual(findCards('Colis 4111 1111 1111 1112 expédié'), []);
  assert.deepEqual(findCards('0000 0000 0000 0000'), []);
  // Part of a longer run of digits (an IBAN body, a tracking number): not a card by itself.
  assert.deepEqual(findCards('4111 1111 1111 1111 1111 1111'), []);
});

test('only the requested kinds are looked for', () => {
  const emailOnly = rule('personal_data', { detect: ['email'] });
  const text = 'lea@exemple.fr, 06 12 34 56 78, 4111 1111 1111 1111';
  assert.deepEqual(spans(run([emailOnly], text), text), ['lea@exemple.fr']);
});

test('an IBAN is reported once, not also as a card or a phone number', () => {
  const text = 'IBAN : FR7630006000011234567890189.';
  const r = run([all], text);
  assert.equal(r.findings.length, 1);
  assert.equal(r.findings[0].message, 'Donnée personnelle : IBAN');
});

test('several numbers in a row, separated only by spaces, are each found', () => {
  const text = 'Nos lignes : 06 12 34 56 78 07 11 22 33 44 01 44 55 66 77 merci';
  assert.deepEqual(
    findPhones(text).map(([s, e]) => text.slice(s, e)),
    ['06 12 34 56 78', '07 11 22 33 44', '01 44 55 66 77'],
  );
});
