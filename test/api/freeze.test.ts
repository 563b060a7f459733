// Crisis freezes: declared by the coordinator or PR, they hold replies in scope for PR approval
// (even replies already queued), pause posts, show on every page, and are lifted with a note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, type TestApp, type Session } from '../helpers/app.ts';
import { covers, mayManage, type OrgShape } from '../../src/freeze/freeze.domain.ts';
import { frozenDepartmentIds, isFrozen } from '../../src/freeze/freeze.repo.ts';
import type { Principal } from '../../src/policy/policy.ts';

let t: TestApp;
let coordinator: Session;
let sav: Session;
let presse: Session;
const ids: Record<string, string> = {};

const one = async (sql: string, params: unknown[] = []) => (await t.db.query<any>(sql, params)).rows[0];

async function reply(as: Session, channel: string, externalId: string, text: string, said: string) {
  const c = await t.call('POST', '/api/conversations', {
    as: coordinator,
    body: { channel, externalId, author: { handle: '@' + externalId }, text: said, createdAt: new Date().toISOString() },
  });
  const r = await t.call('POST', `/api/conversations/${c.json().id}/replies`, { as, body: { text } });
  assert.equal(r.statusCode, 201, r.body);
  return r.json();
}
const frFr = (as: Session, id: string) => reply(as, 'X @MaisonLumiere', id, 'Nous regardons votre commande et revenons vers vous.', 'Ma commande est arrivée cassée, je veux un échange.');
const freeze = (as: Session, body: object) => t.call('POST', '/api/freezes', { as, body });

before(async () => {
  t = await testApp();
  coordinator = await t.login('coordinator@relais.example');
  sav = await t.login('sav@relais.example');
  presse = await t.login('presse@relais.example');
  for (const [key, sql] of [
    ['fr', "SELECT id FROM entities WHERE name = 'Maison Lumière France'"],
    ['ca', "SELECT id FROM entities WHERE name = 'Maison Lumière Canada'"],
    ['services', "SELECT id FROM entities WHERE name = 'Lumière Services'"],
    ['sav_fr', "SELECT department_id AS id FROM channels WHERE name = 'X @MaisonLumiere'"],
    ['sav_ca', "SELECT department_id AS id FROM channels WHERE name = 'X @MaisonLumiereCA'"],
  ] as const) ids[key] = (await one(sql)).id;
  for (const name of ['X @MaisonLumiere', 'X @MaisonLumiereCA']) {
    const ch = (await t.call('GET', '/api/channels', { as: coordinator })).json().find((c: any) => c.name === name);
    await t.call('PATCH', `/api/channels/${ch.id}`, { as: coordinator, body: { config: { ownHandle: 'x', outboundUrl: 'http://127.0.0.1:9/hook' } } });
  }
});
after(() => t.close());

test('coverage and authority: an entity freeze covers its subsidiaries; PR freezes within its entity only', () => {
  const org: OrgShape = {
    departments: new Map([
      ['pr-fr', { kind: 'communication', entityId: 'fr' }],
      ['sav-fr', { kind: 'customer_service', entityId: 'fr' }],
      ['sav-services', { kind: 'customer_service', entityId: 'services' }],
      ['sav-ca', { kind: 'customer_service', entityId: 'ca' }],
    ]),
    entityPaths: new Map([['fr', ['fr']], ['services', ['services', 'fr']], ['ca', ['ca']]]),
  };
  assert.equal(covers({ type: 'entity', id: 'fr' }, { departmentId: 'sav-services', entityPath: ['services', 'fr'] }), true);
  assert.equal(covers({ type: 'entity', id: 'fr' }, { departmentId: 'sav-ca', entityPath: ['ca'] }), false);
  assert.equal(covers({ type: 'departments', ids: ['sav-fr'] }, { departmentId: 'sav-services', entityPath: ['services', 'fr'] }), false);
  const who = (role: any, scopeType: any, scopeId: string | null): Principal => ({ personId: 'p', email: '', name: '', via: 'session', grants: [{ role, scopeType, scopeId }] });
  const pr = who('social_adviser', 'department', 'pr-fr');
  assert.equal(mayManage(pr, { type: 'entity', id: 'fr' }, org), true);
  assert.equal(mayManage(pr, { type: 'departments', ids: ['sav-services'] }, org), true);
  assert.equal(mayManage(pr, { type: 'departments', ids: ['sav-fr', 'sav-ca'] }, org), false);
  assert.equal(mayManage(pr, { type: 'group' }, org), false);
  assert.equal(mayManage(who('social_adviser', 'department', 'sav-fr'), { type: 'departments', ids: ['sav-fr'] }, org), false, 'only PR among advisers');
  assert.equal(mayManage(who('coordinator', 'entity', 'ca'), { type: 'entity', id: 'ca' }, org), true);
  assert.equal(mayManage(who('coordinator', 'entity', 'ca'), { type: 'group' }, org), false);
  assert.equal(mayManage(who('coordinator', 'group', null), { type: 'group' }, org), true);
});

test('who may freeze: not an after-sales or HR adviser, not PR beyond its entity; a reason is required', async () => {
  const rh = await t.login('rh@relais.example');
  assert.equal((await freeze(sav, { scope: { type: 'departments', ids: [ids.sav_fr] }, reason: 'x' })).statusCode, 403);
  assert.equal((await freeze(rh, { scope: { type: 'entity', id: ids.fr }, reason: 'x' })).statusCode, 403);
  assert.equal((await freeze(presse, { scope: { type: 'group' }, reason: 'x' })).statusCode, 403);
  assert.equal((await freeze(presse, { scope: { type: 'entity', id: ids.ca }, reason: 'x' })).statusCode, 403);
  assert.equal((await freeze(presse, { scope: { type: 'entity', id: ids.fr }, reason: '   ' })).statusCode, 400);
  assert.equal((await freeze(presse, { scope: { type: 'entity', id: ids.fr } })).statusCode, 400);
  assert.equal((await t.call('GET', '/api/freezes/active', { as: sav })).json().length, 0);
});

test('a PR freeze of France holds replies there for PR approval, even those already queued; Canada is untouched', async () => {
  const queued = await frFr(sav, 'before-1');
  assert.equal(queued.status, 'queued');
  assert.ok(!(await t.db.query("SELECT 1 FROM guideline_rules WHERE kind = 'crisis_freeze' AND enabled")).rows.length, 'no freeze rule in the charter');

  const started = await freeze(presse, { scope: { type: 'entity', id: ids.fr }, reason: 'Rappel produit : lave-linge défectueux' });
  assert.equal(started.statusCode, 201, started.body);
  const f = started.json();
  assert.deepEqual(f.heldReplies, [queued.id], 'a reply waiting to be sent is held too');
  assert.equal((await one('SELECT status FROM replies WHERE id = $1', [queued.id])).status, 'pending_approval');
  assert.ok(f.departmentIds.includes(ids.sav_fr));

  const active = (await t.call('GET', '/api/freezes/active', { as: await t.login('champion@relais.example') })).json();
  assert.deepEqual(active.map((x: any) => [x.id, x.label.fr, x.reason]), [[f.id, 'Maison Lumière France', 'Rappel produit : lave-linge défectueux']]);

  const held = await frFr(sav, 'during-1');
  assert.equal(held.status, 'pending_approval');
  const finding = held.check.findings.find((x: any) => x.kind === 'crisis_freeze');
  assert.equal(finding.ruleId, `freeze:${f.id}`);
  assert.equal(finding.severity, 'needs_approval');
  const view = (await t.call('GET', `/api/replies/${held.id}/approval`, { as: sav })).json();
  assert.deepEqual(view.steps.map((s: any) => s.source.type), ['freeze']);
  assert.deepEqual(view.steps[0].approvers.map((a: any) => a.name), ['Marc Dubois'], "the communication department's advisers");
  const approved = await t.call('POST', `/api/approvals/${view.id}/decide`, { as: presse, body: { decision: 'approve' } });
  assert.equal(approved.json().status, 'approved', approved.body);
  assert.equal((await one('SELECT status FROM replies WHERE id = $1', [held.id])).status, 'queued');

  const ca = await t.login('support.ca@relais.example');
  const free = await reply(ca, 'X @MaisonLumiereCA', 'ca-1', 'Thank you, we are sending a replacement today.', 'My order arrived broken, I want a replacement.');
  assert.equal(free.status, 'queued', JSON.stringify(free.check));

  assert.equal(await isFrozen(t.db, ids.sav_fr), true);
  assert.equal(await isFrozen(t.db, ids.sav_ca), false);
  assert.equal(await isFrozen(t.db, ids.sav_fr, new Date(Date.now() - 3600_000)), false, 'not before it started');
  const services = (await one("SELECT id FROM departments WHERE entity_id = $1", [ids.services])).id;
  assert.ok((await frozenDepartmentIds(t.db)).includes(services), 'the subsidiary of a frozen entity is frozen');
});

test('the check shows the freeze to the composer; lifting needs a note and rights over the scope; audited', async () => {
  const [f] = (await t.call('GET', '/api/freezes/active', { as: sav })).json();
  const draft = (await t.call('POST', '/api/guidelines/check', { as: sav, body: { text: 'Bonjour', channel: 'X @MaisonLumiere', contentType: 'reply' } })).json();
  assert.equal(draft.verdict, 'needs_approval');
  assert.deepEqual(draft.freezes.map((x: any) => x.id), [f.id]);

  const group = (await freeze(coordinator, { scope: { type: 'group' }, reason: 'Exercice de crise' })).json();
  assert.equal((await t.call('POST', `/api/freezes/${group.id}/lift`, { as: presse, body: { note: 'fin' } })).statusCode, 403, 'PR cannot lift a group freeze');
  assert.equal((await t.call('POST', `/api/freezes/${f.id}/lift`, { as: presse, body: {} })).statusCode, 400);
  assert.equal((await t.call('POST', `/api/freezes/${f.id}/lift`, { as: presse, body: { note: '  ' } })).statusCode, 400);
  assert.equal((await t.call('POST', `/api/freezes/${f.id}/lift`, { as: sav, body: { note: 'fin' } })).statusCode, 403);
  const lifted = await t.call('POST', `/api/freezes/${f.id}/lift`, { as: presse, body: { note: 'Rappel traité, communiqué publié' } });
  assert.equal(lifted.statusCode, 200, lifted.body);
  assert.equal(lifted.json().liftNote, 'Rappel traité, communiqué publié');
  assert.equal((await t.call('POST', `/api/freezes/${f.id}/lift`, { as: presse, body: { note: 'encore' } })).statusCode, 409);
  assert.equal((await t.call('POST', `/api/freezes/${group.id}/lift`, { as: coordinator, body: { note: 'Fin de l’exercice' } })).statusCode, 200);
  assert.deepEqual((await t.call('GET', '/api/freezes/active', { as: sav })).json(), []);

  assert.equal((await frFr(sav, 'after-1')).status, 'queued', 'after the lift, replies leave again');
  const audit = (await t.call('GET', `/api/audit?subjectType=freeze&subjectId=${f.id}`, { as: coordinator })).json().items;
  assert.deepEqual(audit.map((e: any) => e.action), ['freeze.lift', 'freeze.start']);
  assert.equal(audit[0].after.note, 'Rappel traité, communiqué publié');
});

test('a freeze declared while a reply waits for another approval adds PR before it leaves', async () => {
  await t.call('POST', '/api/guidelines', {
    as: coordinator,
    body: { kind: 'legal_review', params: { terms: ['dédommagement intégral'] }, severity: 'needs_approval', explanation: { fr: 'Test.', en: 'Test.' } },
  });
  for (const p of (await t.call('GET', '/api/approval-policies', { as: coordinator })).json()) {
    await t.call('PATCH', `/api/approval-policies/${p.id}`, { as: coordinator, body: { enabled: false } });
  }
  const r = await reply(sav, 'X @MaisonLumiere', 'late-1', 'Nous proposons un dédommagement intégral.', 'Colis perdu.');
  assert.equal(r.status, 'pending_approval');
  const f = (await freeze(coordinator, { scope: { type: 'departments', ids: [ids.sav_fr] }, reason: 'Bad buzz' })).json();
  const view = (await t.call('POST', `/api/approvals/${r.approval.id}/decide`, { as: coordinator, body: { decision: 'approve' } })).json();
  assert.equal(view.status, 'pending');
  assert.deepEqual(view.steps.map((s: any) => [s.source.type, s.state]), [['default', 'approved'], ['freeze', 'current']]);
  assert.equal((await one('SELECT status FROM replies WHERE id = $1', [r.id])).status, 'pending_approval');
  await t.call('POST', `/api/approvals/${r.approval.id}/decide`, { as: presse, body: { decision: 'approve' } });
  assert.equal((await one('SELECT status FROM replies WHERE id = $1', [r.id])).status, 'queued');
  await t.call('POST', `/api/freezes/${f.id}/lift`, { as: coordinator, body: { note: 'Fin' } });
});
