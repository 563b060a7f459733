import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule, run } from './fixtures.ts';
import {
  GuidelineRuleError, check, checkMessage, compileRules, inScope, verdictOf, type Rule,
} from '../../src/guidelines/guidelines.domain.ts';

const forbidden = (severity: 'block' | 'needs_approval' | 'warn', id: string, term: string) =>
  rule('forbidden_terms', { terms: [term] }, { id, severity });

test('verdict is the most severe finding', () => {
  assert.equal(verdictOf([]), 'ok');
  assert.equal(verdictOf([{ severity: 'warn' }]), 'warn');
  assert.equal(verdictOf([{ severity: 'warn' }, { severity: 'needs_approval' }]), 'needs_approval');
  assert.equal(verdictOf([{ severity: 'needs_approval' }, { severity: 'block' }, { severity: 'warn' }]), 'blocked');
});

test('findings come most severe first, then in reading order', () => {
  const rules = [forbidden('warn', 'w', 'alpha'), forbidden('block', 'b', 'gamma'), forbidden('needs_approval', 'n', 'beta')];
  const r = run(rules, 'alpha beta gamma alpha');
  assert.equal(r.verdict, 'blocked');
  assert.deepEqual(r.findings.map((f) => [f.ruleId, f.span![0]]), [['b', 11], ['n', 6], ['w', 0], ['w', 17]]);
});

test('a clean message is ok and still lists the rules applied', () => {
  const rules = [forbidden('block', 'a', 'gratuit'), rule('tone', { repeatedPunctuation: { maxRun: 2 } }, { id: 't', version: 3 })];
  const r = run(rules, 'Bonjour, votre colis arrive demain.');
  assert.deepEqual(r, { verdict: 'ok', findings: [], appliedRules: [{ id: 'a', version: 1 }, { id: 't', version: 3 }] });
});

test('rules out of scope are neither applied nor listed', () => {
  const hr = forbidden('block', 'hr', 'salaire');
  hr.scope = { departmentIds: ['dep-hr'], contentTypes: ['reply'] };
  const paris = forbidden('warn', 'paris', 'salaire');
  paris.scope = { entityIds: ['fr'], channelIds: ['ch-1', 'ch-2'] };
  const text = 'Votre salaire ?';

  let r = run([hr, paris], text, { departmentId: 'dep-hr', entityId: 'fr', channelId: 'ch-2' });
  assert.deepEqual(r.appliedRules.map((a) => a.id), ['hr', 'paris']);
  assert.equal(r.verdict, 'blocked');

  r = run([hr, paris], text, { departmentId: 'dep-marketing', entityId: 'fr', channelId: 'ch-3' });
  assert.deepEqual(r.appliedRules, []);
  assert.equal(r.verdict, 'ok');

  r = run([hr, paris], text, { contentType: 'post', departmentId: 'dep-hr', entityId: 'fr', channelId: 'ch-1' });
  assert.deepEqual(r.appliedRules.map((a) => a.id), ['paris']);
  assert.equal(r.verdict, 'warn');
});

test('a restricted scope does not apply when the message does not say where it belongs', () => {
  assert.equal(inScope({ departmentIds: ['dep-hr'] }, { text: '', contentType: 'reply' }), false);
  assert.equal(inScope({ departmentIds: [] }, { text: '', contentType: 'reply' }), true);
  assert.equal(inScope({}, { text: '', contentType: 'post' }), true);
});

test('term rules out of scope cost nothing and report nothing, even sharing the dictionary', () => {
  const a = forbidden('block', 'a', 'gratuit');
  const b = forbidden('warn', 'b', 'gratuit');
  b.scope = { channelIds: ['other'] };
  const compiled = compileRules([a, b]);
  const r = check(compiled, { text: 'gratuit', contentType: 'reply', channelId: 'mine' }, 'en');
  assert.deepEqual(r.findings.map((f) => f.ruleId), ['a']);
});

test('findings carry the rule id, version, kind and the explanation in the locale', () => {
  const r = run([rule('forbidden_terms', { terms: ['free'] }, {
    id: 'no-free', version: 4, explanation: { fr: 'Rien n’est gratuit.', en: 'Nothing is free.' },
  })], 'free', {}, 'en');
  assert.deepEqual(r.findings, [{
    ruleId: 'no-free', ruleVersion: 4, kind: 'forbidden_terms', severity: 'block',
    message: 'Forbidden term: "free"', explanation: 'Nothing is free.', span: [0, 4],
  }]);
});

test('a malformed rule makes the whole rule set fail to compile', () => {
  const bad = { ...forbidden('block', 'bad', 'x'), params: { terms: [] } } as Rule;
  assert.throws(() => compileRules([forbidden('block', 'ok', 'y'), bad]), (e: unknown) => {
    assert.ok(e instanceof GuidelineRuleError);
    assert.equal(e.ruleId, 'bad');
    assert.deepEqual(e.errors.map((x) => x.path), ['params.terms']);
    return true;
  });
});

test('checkMessage recompiles when a rule in the same array is replaced by a new version', () => {
  const rules: Rule[] = [forbidden('block', 'r', 'alpha')];
  assert.equal(checkMessage(rules, { text: 'alpha', contentType: 'reply' }, 'fr').verdict, 'blocked');
  rules[0] = { ...forbidden('block', 'r', 'beta'), version: 2 };
  assert.equal(checkMessage(rules, { text: 'alpha', contentType: 'reply' }, 'fr').verdict, 'ok');
  assert.equal(checkMessage(rules, { text: 'beta', contentType: 'reply' }, 'fr').verdict, 'blocked');
});

test('several kinds together on one French message, each span exact', () => {
  const rules = [
    rule('forbidden_terms', { terms: ['gratuit*'] }),
    rule('personal_data', { detect: ['email', 'phone'] }),
    rule('allowed_links', { domains: ['exemple.fr'] }, { severity: 'needs_approval' }),
    rule('tone', { repeatedPunctuation: { maxRun: 2 }, profanity: {} }, { severity: 'warn' }),
  ];
  const text = '🎁 Cade\u0301au GRÂTUIT !!! Écrivez à léa@exemple.fr ou au 06 12 34 56 78, voir autre.fr. Merde.';
  const r = run(rules, text);
  assert.equal(r.verdict, 'blocked');
  assert.deepEqual(
    r.findings.map((f) => [f.kind, text.slice(...f.span!)]),
    [
      ['forbidden_terms', 'GRÂTUIT'],
      ['personal_data', 'léa@exemple.fr'],
      ['personal_data', '06 12 34 56 78'],
      ['allowed_links', 'autre.fr'],
      ['tone', '!!!'],
      ['tone', 'Merde'],
    ],
  );
});
