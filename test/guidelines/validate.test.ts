import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule } from './fixtures.ts';
import { validateRule } from '../../src/guidelines/guidelines.validate.ts';

const paths = (r: unknown) => validateRule(r).map((e) => e.path);

test('well-formed rules of every kind are accepted', () => {
  const rules = [
    rule('forbidden_terms', { terms: ['gratuit*', 'free'], exceptions: ['gratuitement', 'feel free'] }),
    rule('legal_review', { terms: ['garanti', 'risk-free'] }),
    rule('personal_data', { detect: ['email', 'phone', 'iban', 'card'], defaultCountry: 'BE' }),
    rule('disclosure', { tags: ['#pub', '#ad'] }),
    rule('tone', { uppercase: { maxRatio: 0.7, minLetters: 30 }, repeatedPunctuation: { maxRun: 2 }, profanity: { languages: ['fr'] } }),
    rule('length', { max: 500, perNetwork: { x: 280 } }),
    rule('language_match', {}),
    rule('allowed_links', { domains: ['exemple.fr'] }),
    rule('crisis_freeze', {}, { scope: { contentTypes: ['post', 'reply'], departmentIds: ['d1'] } }),
  ];
  for (const r of rules) assert.deepEqual(validateRule(r), [], r.kind);
});

test('base fields: id, version, kind, severity, explanation, scope', () => {
  assert.deepEqual(paths(null), ['']);
  const bad = {
    id: '', version: 0, kind: 'forbidden_terms', params: { terms: ['x'] }, severity: 'fatal',
    scope: { contentTypes: ['story'], channelIds: 'ch-1', teams: [] }, explanation: { fr: 'ok' },
  };
  assert.deepEqual(paths(bad), ['id', 'version', 'severity', 'scope.teams', 'scope.channelIds', 'scope.contentTypes[0]', 'explanation.en']);
});

test('an unknown kind is refused by name', () => {
  const errors = validateRule({ ...rule('language_match', {}), kind: 'sentiment' });
  assert.equal(errors.length, 1);
  assert.equal(errors[0].path, 'kind');
  assert.match(errors[0].message, /^unknown rule kind \(expected: forbidden_terms, /);
});

test('term lists: empty list, blank term, misplaced *, too short a prefix, symbols only', () => {
  assert.deepEqual(validateRule(rule('forbidden_terms', { terms: [] })), [{ path: 'params.terms', message: 'must not be empty' }]);
  assert.deepEqual(paths(rule('legal_review', { terms: ['ok', ' ', 'gr*tuit', 'ab*', '!!!'] })), [
    'params.terms[1]', 'params.terms[2]', 'params.terms[3]', 'params.terms[4]',
  ]);
  assert.deepEqual(paths({ ...rule('forbidden_terms', { terms: ['x'] }), params: { term: ['x'] } }), ['params.term', 'params.terms']);
});

test('an exception that contains none of the terms is reported', () => {
  const r = rule('forbidden_terms', { terms: ['gratuit'], exceptions: ['livraison gratuite', 'gratuit offert'] });
  assert.deepEqual(validateRule(r, 'fr'), [
    { path: 'params.exceptions[0]', message: "ne contient aucun des termes, elle n'a donc aucun effet" },
  ]);
});

test('personal data: unknown kind of data, empty list, bad country', () => {
  assert.deepEqual(paths(rule('personal_data', { detect: [] })), ['params.detect']);
  assert.deepEqual(paths(rule('personal_data', { detect: ['email', 'ssn' as 'email'], defaultCountry: 'fr' })), [
    'params.detect[1]', 'params.defaultCountry',
  ]);
});

test('tone: nothing enabled, ratio out of range, run below one, unknown language', () => {
  assert.deepEqual(paths(rule('tone', {})), ['params']);
  assert.deepEqual(
    paths(rule('tone', { uppercase: { maxRatio: 1.5, minLetters: 0 }, repeatedPunctuation: { maxRun: 0 }, profanity: { languages: ['de' as 'fr'] } })),
    ['params.uppercase.maxRatio', 'params.uppercase.minLetters', 'params.repeatedPunctuation.maxRun', 'params.profanity.languages[0]'],
  );
});

test('length: max must be a positive integer, per network too', () => {
  assert.deepEqual(validateRule(rule('length', { max: 0 })), [{ path: 'params.max', message: 'must be an integer greater than 0' }]);
  assert.deepEqual(validateRule(rule('length', { max: -5 }), 'fr'), [{ path: 'params.max', message: 'doit être un entier supérieur à 0' }]);
  assert.deepEqual(paths(rule('length', { perNetwork: { x: 2.5, bluesky: 300 } })), ['params.perNetwork.x']);
  assert.deepEqual(paths(rule('length', {})), ['params']);
});

test('disclosure, links and parameterless kinds', () => {
  assert.deepEqual(paths(rule('disclosure', { tags: [] })), ['params.tags']);
  assert.deepEqual(paths(rule('disclosure', { tags: ['#'] })), ['params.tags[0]']);
  assert.deepEqual(paths(rule('allowed_links', { domains: ['exemple.fr', 'https://autre.fr/x', 'intranet'] })), [
    'params.domains[1]', 'params.domains[2]',
  ]);
  assert.deepEqual(paths(rule('crisis_freeze', { until: 'monday' } as never)), ['params.until']);
  assert.deepEqual(validateRule({ ...rule('language_match', {}), params: undefined }), []);
});
