// The charter through the API: versioned rules, the composer's check (spans, languages, scope)
// and the enforcement on replies, which no client can skip.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, type TestApp, type Session } from '../helpers/app.ts';
import { resolveScope } from '../../src/guidelines/guidelines.service.ts';

let t: TestApp;
let coordinator: Session;
let sav: Session;
let channel: any;

const explanation = { fr: 'Règle de test.', en: 'Test rule.' };

async function conversation(externalId: string, text = 'Mon colis est arrivé abîmé, je veux un échange.') {
  const r = await t.call('POST', '/api/conversations', {
    as: coordinator,
    body: { channel: 'X @MaisonLumiere', externalId, author: { handle: '@' + externalId }, text, createdAt: new Date().toISOString() },
  });
  assert.equal(r.statusCode, 201, r.body);
  return r.json().id as number;
}

async function rule(body: object) {
  const r = await t.call('POST', '/api/guidelines', { as: coordinator, body: { explanation, ...body } });
  assert.equal(r.statusCode, 201, r.body);
  return r.json();
}

const check = (as: Session, body: object) => t.call('POST', '/api/guidelines/check', { as, body: { channel: 'X @MaisonLumiere', contentType: 'reply', ...body } });

before(async () => {
  t = await testApp();
  coordinator = await t.login('coordinator@relais.example');
  sav = await t.login('sav@relais.example');
  channel = (await t.call('GET', '/api/channels', { as: coordinator })).json().find((c: any) => c.name === 'X @MaisonLumiere');
  const patched = await t.call('PATCH', `/api/channels/${channel.id}`, { as: coordinator, body: { config: { ownHandle: 'MaisonLumiere', outboundUrl: 'http://127.0.0.1:9/hook' } } });
  assert.equal(patched.statusCode, 200, patched.body);
});
after(() => t.close());

test('scope resolution: department from the conversation or else the channel, entity from the department, network and languages', () => {
  const departments = new Map([
    ['dep-sav', { entityId: 'ent-fr' }],
    ['dep-pr', { entityId: 'ent-fr' }],
  ]);
  const ch = { id: 'ch-x', departmentId: 'dep-sav', config: { network: 'x' } };
  const reply = resolveScope({ text: 'Bonjour, nous regardons votre commande.', contentType: 'reply', channel: ch, departmentId: 'dep-pr', departments, conversationLang: 'en', freezeActive: true });
  assert.equal(reply.departmentId, 'dep-pr', "the conversation's department wins");
  assert.equal(reply.entityId, 'ent-fr');
  assert.equal(reply.channelNetwork, 'x');
  assert.equal(reply.replyLang, 'fr');
  assert.equal(reply.conversationLang, 'en');
  assert.equal(reply.freezeActive, true);
  const triage = resolveScope({ text: 'Hello', contentType: 'post', channel: { ...ch, config: {} }, departmentId: null, departments, conversationLang: 'other', freezeActive: false });
  assert.equal(triage.departmentId, 'dep-sav', "in triage, the channel's department");
  assert.equal(triage.channelNetwork, undefined);
  assert.equal(triage.conversationLang, undefined, "'other' compares with nothing");
  assert.equal(triage.replyLang, undefined, 'posts answer no conversation');
  assert.equal(triage.promotional, false);
});

test('a rule is created, edited into version 2, and both versions stay readable; all audited', async () => {
  const created = await rule({ kind: 'forbidden_terms', params: { terms: ['prix cassé'] }, severity: 'warn' });
  assert.equal(created.version, 1);
  const edited = await t.call('PATCH', `/api/guidelines/${created.id}`, { as: coordinator, body: { params: { terms: ['prix cassé', 'prix sacrifié'] }, severity: 'block' } });
  assert.equal(edited.statusCode, 200, edited.body);
  assert.equal(edited.json().version, 2);
  assert.equal(edited.json().severity, 'block');

  const versions = (await t.call('GET', `/api/guidelines/${created.id}/versions`, { as: sav })).json();
  assert.deepEqual(versions.map((v: any) => v.version), [2, 1]);
  assert.deepEqual(versions[1].params, { terms: ['prix cassé'] });
  assert.equal(versions[1].severity, 'warn');
  assert.equal(versions[0].createdBy.name, 'Claire Martin');
  const current = (await t.call('GET', '/api/guidelines', { as: sav })).json().find((r: any) => r.id === created.id);
  assert.equal(current.version, 2);
  const same = await t.call('PATCH', `/api/guidelines/${created.id}`, { as: coordinator, body: { severity: 'block' } });
  assert.equal(same.json().version, 2, 'saving without a change makes no version');

  const audit = (await t.call('GET', `/api/audit?subjectId=${created.id}`, { as: coordinator })).json().items.map((e: any) => e.action);
  assert.deepEqual(audit, ['guideline.update', 'guideline.create']);
  await assert.rejects(t.db.query('UPDATE guideline_rule_versions SET severity = $1 WHERE rule_id = $2', ['warn', created.id]), /append-only/);
});

test('an invalid rule is refused field by field, in the person’s language', async () => {
  const r = await t.call('POST', '/api/guidelines', { as: coordinator, body: { kind: 'forbidden_terms', params: { terms: [], term: 'x' }, severity: 'block', explanation } });
  assert.equal(r.statusCode, 400);
  const details = r.json().error.details;
  assert.deepEqual(details.map((d: any) => d.field).sort(), ['params.term', 'params.terms']);
  assert.match(details.find((d: any) => d.field === 'params.terms').message, /ne doit pas être vide/);
  const kind = await t.call('POST', '/api/guidelines', { as: coordinator, body: { kind: 'nope', severity: 'loud', explanation: { fr: 'x' } } });
  assert.equal(kind.statusCode, 400);
  assert.deepEqual(kind.json().error.details.map((d: any) => d.field).sort(), ['explanation.en', 'kind', 'severity']);
});

test('the check finds exact spans on accented text, a phone number, and speaks the person’s language', async () => {
  const terms = await rule({ kind: 'forbidden_terms', params: { terms: ['échange immédiat'] }, severity: 'warn' });
  const phone = await rule({ kind: 'personal_data', params: { detect: ['phone'] }, severity: 'needs_approval' });
  const text = 'Hélène, votre réfrigérateur part en ÉCHANGE IMMÉDIAT : appelez le 06 12 34 56 78.';
  const r = await check(sav, { text });
  assert.equal(r.statusCode, 200, r.body);
  const out = r.json();
  const mine = (id: string) => out.findings.filter((f: any) => f.ruleId === id);
  assert.deepEqual(mine(terms.id).map((f: any) => text.slice(f.span[0], f.span[1])), ['ÉCHANGE IMMÉDIAT']);
  assert.deepEqual(mine(phone.id).map((f: any) => text.slice(f.span[0], f.span[1])), ['06 12 34 56 78']);
  assert.equal(mine(phone.id)[0].severity, 'needs_approval');
  assert.equal(out.verdict, out.findings.some((f: any) => f.severity === 'block') ? 'blocked' : 'needs_approval');
  assert.ok(out.appliedRules.some((a: any) => a.id === terms.id && a.version === 1));
  assert.match(mine(terms.id)[0].message, /[«»]/, 'French for a French speaker');

  const ca = await t.login('support.ca@relais.example');
  const en = (await check(ca, { text, channel: channel.id })).json();
  assert.match(en.findings.find((f: any) => f.ruleId === terms.id).message, /"/, 'English for an English speaker');
});

test('a language mismatch with the conversation is found through the conversation id', async () => {
  await rule({ kind: 'language_match', severity: 'warn' });
  const id = await conversation('lang-1');
  const out = (await check(sav, { text: 'Hello, we are looking into your order and will get back to you.', conversationId: id })).json();
  const f = out.findings.find((x: any) => x.kind === 'language_match');
  assert.ok(f, JSON.stringify(out));
  assert.match(f.message, /anglais.*français/);
  const rh = await t.login('rh@relais.example');
  assert.equal((await check(rh, { text: 'x', conversationId: id })).statusCode, 404, "a conversation one cannot read is not checked against");
});

test('a blocked reply is refused with its findings and nothing is stored; a reply that passes records the versions applied', async () => {
  const blocking = await rule({ kind: 'forbidden_terms', params: { terms: ['bon d’achat illimité'] }, severity: 'block' });
  const id = await conversation('block-1');
  const text = 'Nous vous offrons un bon d’achat illimité.';
  const r = await t.call('POST', `/api/conversations/${id}/replies`, { as: sav, body: { text } });
  assert.equal(r.statusCode, 422, r.body);
  assert.equal(r.json().error.code, 'blocked_by_guidelines');
  const f = r.json().error.details.find((x: any) => x.ruleId === blocking.id);
  assert.equal(text.slice(f.span[0], f.span[1]), 'bon d’achat illimité');
  const { rows } = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM replies WHERE conversation_id = $1', [id]);
  assert.equal(rows[0].n, 0);

  const ok = await t.call('POST', `/api/conversations/${id}/replies`, { as: sav, body: { text: 'Nous vous envoyons un échange dès demain.' } });
  assert.equal(ok.statusCode, 201, ok.body);
  assert.equal(ok.json().status, 'queued');
  const stored = (await t.db.query<any>('SELECT guideline_check FROM replies WHERE id = $1', [ok.json().id])).rows[0].guideline_check;
  assert.ok(stored.appliedRules.some((a: any) => a.id === blocking.id && a.version === 1), JSON.stringify(stored.appliedRules));

  // An edit applies at once: the compiled charter is rebuilt, the next check records version 2.
  await t.call('PATCH', `/api/guidelines/${blocking.id}`, { as: coordinator, body: { severity: 'warn' } });
  const warned = await t.call('POST', `/api/conversations/${id}/replies`, { as: sav, body: { text } });
  assert.equal(warned.statusCode, 201, warned.body);
  assert.ok(warned.json().check.appliedRules.some((a: any) => a.id === blocking.id && a.version === 2));
});

test('a disabled rule no longer applies, and its history says when it stopped', async () => {
  const r = await rule({ kind: 'forbidden_terms', params: { terms: ['promo flash'] }, severity: 'block' });
  assert.equal((await check(sav, { text: 'Une promo flash !' })).json().verdict, 'blocked');
  const disabled = await t.call('POST', `/api/guidelines/${r.id}/disable`, { as: coordinator });
  assert.equal(disabled.json().enabled, false);
  assert.equal(disabled.json().version, 2);
  const after = (await check(sav, { text: 'Une promo flash !' })).json();
  assert.ok(!after.findings.some((f: any) => f.ruleId === r.id));
  assert.ok(!after.appliedRules.some((a: any) => a.id === r.id));
  const versions = (await t.call('GET', `/api/guidelines/${r.id}/versions`, { as: coordinator })).json();
  assert.deepEqual(versions.map((v: any) => [v.version, v.enabled]), [[2, false], [1, true]]);
});

test('who may do what: the coordinator edits, advisers check, everyone reads', async () => {
  const rh = await t.login('rh@relais.example');
  const auditor = await t.login('auditor@relais.example');
  const body = { kind: 'language_match', severity: 'warn', explanation };
  assert.equal((await t.call('POST', '/api/guidelines', { as: sav, body })).statusCode, 403);
  assert.equal((await t.call('GET', '/api/guidelines', { as: auditor })).statusCode, 200);
  assert.equal((await check(auditor, { text: 'x' })).statusCode, 403);
  assert.equal((await check(rh, { text: 'x' })).statusCode, 200);
  assert.equal((await check(rh, { text: 'x', channel: 'nope' })).statusCode, 400);
  const unknown = '00000000-0000-4000-8000-000000000000';
  assert.equal((await t.call('PATCH', `/api/guidelines/${unknown}`, { as: coordinator, body: {} })).statusCode, 404);
  assert.equal((await t.call('GET', `/api/guidelines/${unknown}/versions`, { as: coordinator })).statusCode, 404);
});
