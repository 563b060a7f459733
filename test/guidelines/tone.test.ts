import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule, run, spans } from './fixtures.ts';
import { repeatedPunctuation, uppercaseShare } from '../../src/guidelines/rules/wording.rule.ts';

const shouting = rule('tone', { uppercase: { maxRatio: 0.6, minLetters: 20 } }, { severity: 'warn' });
const punctuation = rule('tone', { repeatedPunctuation: { maxRun: 2 } }, { severity: 'warn' });
const profanity = rule('tone', { profanity: {} }, { severity: 'block' });

test('a text written in capitals is shouting, accented capitals included', () => {
  const r = run([shouting], 'C’EST INADMISSIBLE, ÉCOUTEZ VOS CLIENTS ÉNERVÉS !');
  assert.equal(r.verdict, 'warn');
  assert.equal(r.findings[0].span, null);
  assert.match(r.findings[0].message, /^Trop de majuscules : 100 % des lettres \(maximum 60 %\)$/);
  assert.equal(uppercaseShare('ÉÉÉé').ratio, 0.75);
});

test('short texts and acronyms in ordinary sentences are not shouting', () => {
  assert.equal(run([shouting], 'MERCI !!').findings.length, 0);
  assert.equal(run([shouting], 'Le SAV et la DRH vous répondent sous 24 h, promis.').findings.length, 0);
  const en = run([shouting], 'PLEASE STOP SENDING ME THESE EMAILS', {}, 'en');
  assert.equal(en.findings[0].message, 'Too many capitals: 100% of letters (maximum 60%)');
});

test('runs of ! and ? longer than allowed, with spans', () => {
  const text = 'Vraiment ?! Non !!! Quoi ??? Hein ?!?! Bon…';
  const r = run([punctuation], text);
  assert.deepEqual(spans(r, text), ['!!!', '???', '?!?!']);
  assert.equal(r.findings[0].message, 'Ponctuation répétée : « !!! »');
  assert.deepEqual(repeatedPunctuation('Wow!! Really?', 2), []);
  assert.deepEqual(repeatedPunctuation('Wow!!', 1), [[3, 5]]);
});

test('French profanity, disguised or not, with exact spans', () => {
  const text = 'Quel b0rdel, c’est de la M.E.R.D.E, espèce de con, pu\u0301tain !';
  assert.deepEqual(spans(run([profanity], text), text), ['b0rdel', 'M.E.R.D.E', 'espèce de con', 'pu\u0301tain']);
});

test('English profanity, disguised or not', () => {
  const text = 'What the fuck, this is sh1t and total BULLSH!T... f u c k i n g hell';
  const r = run([profanity], text, {}, 'en');
  assert.deepEqual(spans(r, text), ['fuck', 'sh1t', 'BULLSH!T', 'f u c k']);
  assert.equal(r.findings[0].message, 'Profanity: "fuck"');
});

test('no Scunthorpe problem: innocent words that contain or resemble profanity', () => {
  const innocent = [
    'Scunthorpe United', 'une salopette en jean', 'un cul-de-sac tranquille', 'on boit cul sec',
    'the pros and cons', 'a bite of cake', 'la chatte du voisin', 'classe, passe, bassin, assistant',
    'Cocktail at the Shiitake bar', 'the Wankel engine', 'un conseil, une conférence', 'Dickens and Hitchcock',
    'La commune de Puteaux', 'penistone road', 'le merdier? non: le mercier',
  ];
  for (const text of innocent.slice(0, -1)) assert.equal(run([profanity], text).findings.length, 0, text);
  // The last one contains a real hit next to its look-alike: only the hit is reported.
  const last = innocent[innocent.length - 1];
  assert.deepEqual(spans(run([profanity], last), last), ['merdier']);
});

test('profanity lists can be narrowed to one language and extended', () => {
  const frOnly = rule('tone', { profanity: { languages: ['fr'], extraTerms: ['nul à chier'] } });
  assert.equal(run([frOnly], 'what the fuck').findings.length, 0);
  const text = 'Service nul à chier';
  assert.deepEqual(spans(run([frOnly], text), text), ['nul à chier']);
});

test('profanity exceptions added by the charter are honoured', () => {
  const r = rule('tone', { profanity: { languages: ['fr'], exceptions: ['Bordel-Plage'] } });
  assert.equal(run([r], 'Camping de Bordel-Plage').findings.length, 0);
  assert.equal(run([r], 'Quel bordel').findings.length, 1);
});
