// Approval workflows through the API: a reply held by the charter waits for the right people,
// step by step, and only the last approval lets it leave.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, type TestApp, type Session } from '../helpers/app.ts';
import { planSteps, resolveApprovers, stepState, type Policy } from '../../src/approvals/approvals.domain.ts';

let t: TestApp;
let coordinator: Session;
let sav: Session;
let juridique: Session;
let presse: Session;
const ids: Record<string, string> = {};
const explanation = { fr: 'Règle de test.', en: 'Test rule.' };

const one = async (sql: string, params: unknown[] = []) => (await t.db.query<any>(sql, params)).rows[0];

async function conversation(externalId: string) {
  const r = await t.call('POST', '/api/conversations', {
    as: coordinator,
    body: { channel: 'X @MaisonLumiere', externalId, author: { handle: '@' + externalId }, text: 'Mon colis est arrivé abîmé, je veux un échange.', createdAt: new Date().toISOString() },
  });
  return r.json().id as number;
}

async function reply(externalId: string, text: string) {
  const r = await t.call('POST', `/api/conversations/${await conversation(externalId)}/replies`, { as: sav, body: { text } });
  assert.equal(r.statusCode, 201, r.body);
  return r.json();
}

const decide = (as: Session, id: number, body: object) => t.call('POST', `/api/approvals/${id}/decide`, { as, body });
const policy = (body: object) => t.call('POST', '/api/approval-policies', { as: coordinator, body: { departmentId: null, contentType: 'reply', ...body } });

before(async () => {
  t = await testApp();
  coordinator = await t.login('coordinator@relais.example');
  sav = await t.login('sav@relais.example');
  juridique = await t.login('juridique@relais.example');
  presse = await t.login('presse@relais.example');
  for (const email of ['coordinator', 'juridique', 'presse', 'sav']) ids[email] = (await one('SELECT id FROM people WHERE email = $1', [`${email}@relais.example`])).id;
  ids.legal = (await one("SELECT d.id FROM departments d JOIN entities e ON e.id = d.entity_id WHERE d.kind = 'legal'")).id;
  ids.sav_dep = (await one("SELECT department_id AS id FROM channels WHERE name = 'X @MaisonLumiere'")).id;
  const channel = (await t.call('GET', '/api/channels', { as: coordinator })).json().find((c: any) => c.name === 'X @MaisonLumiere');
  await t.call('PATCH', `/api/channels/${channel.id}`, { as: coordinator, body: { config: { ownHandle: 'MaisonLumiere', outboundUrl: 'http://127.0.0.1:9/hook' } } });
  // Each test states the policies it relies on: those an organisation starts with are set aside.
  for (const p of (await t.call('GET', '/api/approval-policies', { as: coordinator })).json()) {
    await t.call('PATCH', `/api/approval-policies/${p.id}`, { as: coordinator, body: { enabled: false } });
  }
  await t.call('POST', '/api/guidelines', {
    as: coordinator,
    body: { kind: 'legal_review', params: { terms: ['geste commercial exceptionnel'] }, severity: 'needs_approval', explanation },
  });
});
after(() => t.close());

test('steps: PR first in a freeze, then the policies, then a coordinator for what no policy covers', () => {
  const legal: Policy = { id: 'p1', name: 'Legal', departmentId: null, contentType: 'reply', trigger: 'rule_kind:legal_review', steps: [{ mode: 'any', approvers: [{ role: 'social_adviser', scopeType: 'department', scopeId: 'legal' }] }], enabled: true, version: 1 };
  const subject = { contentType: 'reply' as const, departmentId: 'sav' };
  const legalFinding = { ruleId: 'r1', kind: 'legal_review', severity: 'needs_approval' };
  const freeze = { ruleId: 'freeze:f', kind: 'crisis_freeze', severity: 'needs_approval' };
  const pii = { ruleId: 'r2', kind: 'personal_data', severity: 'needs_approval' };
  const plan = (findings: object[]) => planSteps([legal], subject, [{ verdict: 'needs_approval', findings: findings as any }], [{ role: 'social_adviser', scopeType: 'department', scopeId: 'pr' }]).steps.map((s) => s.source.type);
  assert.deepEqual(plan([legalFinding]), ['policy']);
  assert.deepEqual(plan([freeze, legalFinding]), ['freeze', 'policy']);
  assert.deepEqual(plan([legalFinding, pii]), ['policy', 'default']);
  assert.deepEqual(plan([pii]), ['default']);
  assert.deepEqual(planSteps([{ ...legal, contentType: 'post' }], subject, [{ verdict: 'needs_approval', findings: [legalFinding] }], []).steps.map((s) => s.source.type), ['default']);

  const people = [
    { id: 'author', grants: [{ role: 'coordinator' as const, scopeType: 'group' as const, scopeId: null }] },
    { id: 'lawyer', grants: [{ role: 'social_adviser' as const, scopeType: 'department' as const, scopeId: 'legal' }] },
    { id: 'boss', grants: [{ role: 'coordinator' as const, scopeType: 'entity' as const, scopeId: 'fr' }] },
    { id: 'other', grants: [{ role: 'coordinator' as const, scopeType: 'entity' as const, scopeId: 'ca' }] },
  ];
  const target = { entityPath: ['fr'], departmentId: 'sav' };
  assert.deepEqual(resolveApprovers(legal.steps[0], people, target, 'x'), ['lawyer']);
  assert.deepEqual(resolveApprovers({ mode: 'any', approvers: [{ role: 'coordinator' }] }, people, target, 'author'), ['boss'], 'never the author; only coordinators covering the message');
  assert.deepEqual(resolveApprovers({ mode: 'any', approvers: [{ personId: 'author' }] }, people, target, 'author'), ['boss'], 'a step left empty falls back to coordinators');
  assert.equal(stepState({ mode: 'all', approvers: [] }, ['a', 'b'], [{ personId: 'a', decision: 'approve' }]), 'pending');
  assert.equal(stepState({ mode: 'all', approvers: [] }, ['a', 'b'], [{ personId: 'a', decision: 'approve' }, { personId: 'b', decision: 'approve' }]), 'approved');
  assert.equal(stepState({ mode: 'any', approvers: [] }, ['a', 'b'], [{ personId: 'b', decision: 'approve' }]), 'approved');
  assert.equal(stepState({ mode: 'all', approvers: [] }, ['a', 'b'], [{ personId: 'a', decision: 'reject' }]), 'rejected');
});

test('a reply tripping a legal trigger waits for legal; legal approves and it is queued for sending', async () => {
  const created = await policy({ name: 'Legal reviews legal risk', trigger: 'rule_kind:legal_review', steps: [{ mode: 'any', approvers: [{ role: 'social_adviser', scopeType: 'department', scopeId: ids.legal }] }] });
  assert.equal(created.statusCode, 201, created.body);
  const r = await reply('legal-1', 'Nous vous proposons un geste commercial exceptionnel.');
  assert.equal(r.status, 'pending_approval');
  assert.ok(r.approval.id);

  const standing = (await t.call('GET', `/api/replies/${r.id}/approval`, { as: sav })).json();
  assert.equal(standing.status, 'pending');
  assert.deepEqual(standing.steps.map((s: any) => [s.number, s.state, s.source.type]), [[1, 'current', 'policy']]);
  assert.deepEqual(standing.steps[0].approvers.map((a: any) => a.name), ['Hugo Mercier']);
  assert.equal(standing.canDecide, false);

  const waiting = (await t.call('GET', '/api/approvals?mine=1', { as: juridique })).json().items;
  assert.deepEqual(waiting.map((w: any) => w.id), [r.approval.id]);
  assert.deepEqual((await t.call('GET', '/api/approvals?mine=1', { as: presse })).json().items, []);
  const note = (await t.call('GET', '/api/notifications', { as: juridique })).json().find((n: any) => n.kind === 'approval_request');
  assert.match(note.text, /Sophie Laurent.*geste commercial/);

  assert.equal((await decide(sav, r.approval.id, { decision: 'approve' })).statusCode, 403, 'never one’s own message');
  assert.equal((await decide(presse, r.approval.id, { decision: 'approve' })).statusCode, 403, 'not an approver of this step');
  const ok = await decide(juridique, r.approval.id, { decision: 'approve', comment: 'OK pour moi' });
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal(ok.json().status, 'approved');
  assert.equal(ok.json().steps[0].decisions[0].comment, 'OK pour moi');
  assert.equal((await one('SELECT status FROM replies WHERE id = $1', [r.id])).status, 'queued');
  assert.equal((await decide(juridique, r.approval.id, { decision: 'approve' })).statusCode, 409);
  const told = (await t.call('GET', '/api/notifications', { as: sav })).json().find((n: any) => n.kind === 'approval_decided');
  assert.match(told.text, /validée/);
  const audit = (await t.call('GET', `/api/audit?subjectType=approval_request&subjectId=${r.approval.id}`, { as: coordinator })).json().items.map((e: any) => e.action);
  assert.deepEqual(audit, ['approval.decide', 'approval.request']);
  await t.call('PATCH', `/api/approval-policies/${created.json().id}`, { as: coordinator, body: { enabled: false } });
});

test('a two-step policy: "all of" two people waits for both, then any coordinator releases it', async () => {
  const created = await policy({
    name: 'After-sales: every reply read twice',
    departmentId: ids.sav_dep,
    trigger: 'always',
    steps: [
      { mode: 'all', approvers: [{ personId: ids.juridique }, { personId: ids.presse }] },
      { mode: 'any', approvers: [{ role: 'coordinator' }] },
    ],
  });
  assert.equal(created.statusCode, 201, created.body);
  const check = (await t.call('POST', '/api/guidelines/check', { as: sav, body: { text: 'Nous revenons vers vous.', channel: 'X @MaisonLumiere', contentType: 'reply' } })).json();
  assert.equal(check.verdict, 'needs_approval', 'the composer already says it will wait');
  assert.ok(check.findings.some((f: any) => f.kind === 'approval_policy'));

  const r = await reply('two-1', 'Nous revenons vers vous.');
  assert.equal(r.status, 'pending_approval');
  const id = r.approval.id;
  let view = (await decide(presse, id, { decision: 'approve' })).json();
  assert.equal(view.step, 1, 'one of two is not enough');
  assert.equal(view.steps[0].decisions.length, 1);
  assert.equal((await decide(coordinator, id, { decision: 'approve' })).statusCode, 403, 'step 2 has not started');
  view = (await decide(juridique, id, { decision: 'approve' })).json();
  assert.equal(view.step, 2);
  assert.deepEqual(view.steps.map((s: any) => s.state), ['approved', 'current']);
  assert.equal((await one('SELECT status FROM replies WHERE id = $1', [r.id])).status, 'pending_approval');
  view = (await decide(coordinator, id, { decision: 'approve' })).json();
  assert.equal(view.status, 'approved');
  assert.equal((await one('SELECT status FROM replies WHERE id = $1', [r.id])).status, 'queued');
  await t.call('PATCH', `/api/approval-policies/${created.json().id}`, { as: coordinator, body: { enabled: false } });
});

test('a rejection needs a reason, fails the reply with it, and tells the writer', async () => {
  const r = await reply('reject-1', 'Un geste commercial exceptionnel vous attend.');
  assert.equal(r.status, 'pending_approval');
  const view = (await t.call('GET', `/api/approvals/${r.approval.id}`, { as: coordinator })).json();
  assert.deepEqual(view.steps.map((s: any) => s.source.type), ['default'], 'no policy covers it: a coordinator decides');
  assert.equal((await decide(coordinator, r.approval.id, { decision: 'reject' })).statusCode, 400);
  const rejected = await decide(coordinator, r.approval.id, { decision: 'reject', comment: 'pas de promesse' });
  assert.equal(rejected.json().status, 'rejected');
  const row = await one('SELECT status, last_error FROM replies WHERE id = $1', [r.id]);
  assert.deepEqual(row, { status: 'failed', last_error: 'rejected: pas de promesse' });
  const told = (await t.call('GET', '/api/notifications', { as: sav })).json().find((n: any) => n.kind === 'approval_decided' && /refusée/.test(n.text));
  assert.match(told.text, /pas de promesse/);
  assert.equal((await decide(coordinator, r.approval.id, { decision: 'approve' })).statusCode, 409);
});

test('who sees and defines what: policies are the coordinator’s, requests are seen by those involved', async () => {
  const r = await reply('who-1', 'Un geste commercial exceptionnel, vraiment.');
  const rh = await t.login('rh@relais.example');
  assert.equal((await t.call('GET', `/api/approvals/${r.approval.id}`, { as: rh })).statusCode, 404);
  assert.equal((await t.call('GET', `/api/approvals/${r.approval.id}`, { as: sav })).statusCode, 200);
  const canada = await t.login('marketing.ca@relais.example');
  assert.equal((await t.call('GET', `/api/approvals/${r.approval.id}`, { as: canada })).statusCode, 404, "Canada's coordinator does not read France's messages");
  const auditor = await t.login('auditor@relais.example');
  assert.equal((await t.call('GET', `/api/approvals/${r.approval.id}`, { as: auditor })).statusCode, 200);
  assert.equal((await decide(auditor, r.approval.id, { decision: 'approve' })).statusCode, 403);
  const mine = (await t.call('GET', '/api/approvals', { as: sav })).json().items;
  assert.ok(mine.every((m: any) => m.author.name === 'Sophie Laurent') && mine.some((m: any) => m.id === r.approval.id));
  const page = (await t.call('GET', '/api/approvals?limit=2', { as: coordinator })).json();
  assert.equal(page.items.length, 2);
  const next = (await t.call('GET', `/api/approvals?limit=2&before=${page.nextCursor}`, { as: coordinator })).json();
  assert.ok(next.items.length > 0 && next.items.every((i: any) => i.id < page.nextCursor), 'keyset pages, newest first');

  const steps = [{ mode: 'any', approvers: [{ role: 'coordinator' }] }];
  assert.equal((await t.call('POST', '/api/approval-policies', { as: sav, body: { name: 'x', departmentId: null, contentType: 'reply', trigger: 'always', steps } })).statusCode, 403);
  assert.equal((await t.call('GET', '/api/approval-policies', { as: sav })).statusCode, 200);
  const bad = await policy({ name: 'x', trigger: 'rule_kind:nope', steps: [{ mode: 'any', approvers: [{ personId: '00000000-0000-4000-8000-000000000000' }] }] });
  assert.equal(bad.statusCode, 400);
  assert.deepEqual(bad.json().error.details.map((d: any) => d.field), ['trigger']);
  const ghost = await policy({ name: 'x', trigger: 'always', steps: [{ mode: 'any', approvers: [{ personId: '00000000-0000-4000-8000-000000000000' }] }] });
  assert.deepEqual(ghost.json().error.details.map((d: any) => d.field), ['steps.0.approvers.0.personId']);
  const edited = await policy({ name: 'v1', trigger: 'needs_approval', steps, enabled: false });
  const v2 = await t.call('PATCH', `/api/approval-policies/${edited.json().id}`, { as: coordinator, body: { name: 'v2' } });
  assert.equal(v2.json().version, 2);
});
