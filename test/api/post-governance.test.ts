// Posts under governance, through the API and the publishing worker with the real freeze lookup:
// an HR post waits for the HR adviser (the demo's policy), is published at its time once
// approved, goes back to draft when rejected; a freeze declared over a department holds its
// scheduled post past its time, and lifting it lets the post go.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { testApp, type TestApp, type Session } from '../helpers/app.ts';
import { publishDuePosts } from '../../src/publishing/publishing.worker.ts';
import { frozenDepartmentIds } from '../../src/freeze/freeze.repo.ts';

let t: TestApp;
let coordinator: Session;
let champion: Session;
let rh: Session;
let marketing: Session;
let receiver: http.Server;
const received: any[] = [];
const channels: Record<string, any> = {};

const one = async (sql: string, params: unknown[] = []) => (await t.db.query<any>(sql, params)).rows[0];
/** The worker as the server runs it: departments under a freeze are skipped. */
const publish = () => publishDuePosts(t.db, { frozenDepartments: () => frozenDepartmentIds(t.db) });
const due = (id: number) => t.db.query('UPDATE posts SET scheduled_at = now() WHERE id = $1', [id]);

async function post(as: Session, channel: any, title: string, text: string, scheduledAt = new Date(Date.now() + 3600_000).toISOString()) {
  const r = await t.call('POST', '/api/posts', { as, body: { departmentId: channel.department.id, title, scheduledAt, variants: [{ channelId: channel.id, text }] } });
  assert.equal(r.statusCode, 201, r.body);
  return r.json();
}

before(async () => {
  t = await testApp();
  coordinator = await t.login('coordinator@relais.example');
  champion = await t.login('champion@relais.example');
  rh = await t.login('rh@relais.example');
  marketing = await t.login('marketing@relais.example');
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  for (const c of (await t.call('GET', '/api/channels', { as: coordinator })).json()) {
    if (c.name !== 'Carrières / Careers' && c.name !== 'Instagram @maisonlumiere') continue;
    const r = await t.call('PATCH', `/api/channels/${c.id}`, { as: coordinator, body: { config: { ownHandle: c.config.ownHandle, outboundUrl: url } } });
    assert.equal(r.statusCode, 200, r.body);
    channels[c.department.kind] = r.json();
  }
});

after(async () => {
  receiver.close();
  await t.close();
});

test('an HR post waits for the HR adviser, then is published at its time', async () => {
  const p = await post(champion, channels.hr, 'Forum de l’emploi', 'Venez nous rencontrer au forum de l’emploi de Lyon jeudi.');
  const submitted = await t.call('POST', `/api/posts/${p.id}/submit`, { as: champion });
  assert.equal(submitted.json().status, 'pending_approval', submitted.body);
  assert.ok(submitted.json().checks[0].findings.some((f: any) => f.kind === 'approval_policy'), 'held by the HR policy');

  // The author follows it; the HR adviser finds it waiting for them, with the policy's step.
  const mine = (await t.call('GET', '/api/approvals', { as: champion })).json().items;
  const request = mine.find((a: any) => a.subject.type === 'post' && a.subject.id === p.id);
  assert.ok(request, 'the author lists their request');
  const where = await t.call('GET', `/api/posts/${p.id}/approval`, { as: champion });
  assert.equal(where.json().id, request.id, 'the post says where it stands');
  assert.equal(where.json().status, 'pending');
  const draft = await post(champion, channels.hr, 'Brouillon', 'Pas encore soumis.');
  assert.equal((await t.call('GET', `/api/posts/${draft.id}/approval`, { as: champion })).statusCode, 404, 'a post never sent for approval has none');
  const waiting = (await t.call('GET', '/api/approvals?mine=1', { as: rh })).json().items;
  assert.deepEqual(waiting.map((a: any) => a.id), [request.id]);
  const view = (await t.call('GET', `/api/approvals/${request.id}`, { as: rh })).json();
  assert.equal(view.canDecide, true);
  assert.deepEqual(view.steps.map((s: any) => [s.source.type, s.approvers.map((a: any) => a.name)]), [['policy', ['Karim Haddad']]]);
  assert.equal((await t.call('GET', '/api/approvals?mine=1', { as: marketing })).json().items.length, 0, 'nothing for marketing to decide');
  assert.equal((await t.call('POST', `/api/approvals/${request.id}/decide`, { as: marketing, body: { decision: 'approve' } })).statusCode, 403);

  await due(p.id);
  assert.equal(await publish(), 0, 'waiting for approval, it does not leave even when due');
  const approved = await t.call('POST', `/api/approvals/${request.id}/decide`, { as: rh, body: { decision: 'approve', comment: 'Parfait' } });
  assert.equal(approved.json().status, 'approved', approved.body);
  assert.equal((await one('SELECT status FROM posts WHERE id = $1', [p.id])).status, 'scheduled');
  const notified = await one("SELECT text FROM notifications WHERE kind = 'approval_decided' AND person_id = (SELECT id FROM people WHERE email = 'champion@relais.example')");
  assert.match(notified.text, /validée/);

  assert.equal(await publish(), 1);
  assert.equal(received.at(-1).post.id, p.id);
  assert.equal(received.at(-1).channel, 'Carrières / Careers');
  const after = (await t.call('GET', `/api/posts/${p.id}`, { as: champion })).json();
  assert.equal(after.status, 'published');
  assert.equal(after.variants[0].status, 'sent');
});

test('a rejected HR post needs a reason and goes back to draft', async () => {
  const p = await post(champion, channels.hr, 'Offre de stage', 'Nous proposons un stage en ressources humaines à Paris.');
  await t.call('POST', `/api/posts/${p.id}/submit`, { as: champion });
  const [request] = (await t.call('GET', '/api/approvals?mine=1', { as: rh })).json().items;
  assert.equal(request.subject.id, p.id);
  const bare = await t.call('POST', `/api/approvals/${request.id}/decide`, { as: rh, body: { decision: 'reject' } });
  assert.equal(bare.statusCode, 400);
  assert.equal(bare.json().error.details[0].field, 'comment');
  const rejected = await t.call('POST', `/api/approvals/${request.id}/decide`, { as: rh, body: { decision: 'reject', comment: 'Précisez la durée du stage' } });
  assert.equal(rejected.json().status, 'rejected', rejected.body);
  assert.equal(rejected.json().steps[0].decisions[0].comment, 'Précisez la durée du stage');
  assert.equal((await one('SELECT status FROM posts WHERE id = $1', [p.id])).status, 'draft');
  await due(p.id);
  assert.equal(await publish(), 0, 'a draft never leaves');
});

test('a freeze holds a scheduled post past its time; lifting it lets the post go', async () => {
  const p = await post(marketing, channels.marketing, 'Nouvelle collection', 'Découvrez notre nouvelle collection de luminaires.');
  const submitted = await t.call('POST', `/api/posts/${p.id}/submit`, { as: marketing });
  assert.equal(submitted.json().status, 'scheduled', submitted.body);

  const started = await t.call('POST', '/api/freezes', { as: coordinator, body: { scope: { type: 'departments', ids: [channels.marketing.department.id] }, reason: 'Rappel produit' } });
  assert.equal(started.statusCode, 201, started.body);
  await due(p.id);
  const before = received.length;
  assert.equal(await publish(), 0, 'the freeze holds it');
  assert.equal(received.length, before);
  const held = (await t.call('GET', `/api/posts/${p.id}`, { as: marketing })).json();
  assert.equal(held.status, 'scheduled', 'paused, not cancelled: it keeps its place');
  assert.deepEqual(held.conflicts.map((c: any) => c.kind), ['frozen']);
  // An HR post in the same minute is not in the freeze's scope.
  const hr = await post(coordinator, channels.hr, 'Hors périmètre', 'Rencontrez notre équipe RH au salon de l’alternance.');
  await t.call('POST', `/api/posts/${hr.id}/submit`, { as: coordinator });
  const [request] = (await t.call('GET', '/api/approvals?mine=1', { as: rh })).json().items;
  await t.call('POST', `/api/approvals/${request.id}/decide`, { as: rh, body: { decision: 'approve' } });
  await due(hr.id);
  assert.equal(await publish(), 1, 'only the post outside the freeze leaves');
  assert.equal(received.at(-1).post.id, hr.id);

  const lifted = await t.call('POST', `/api/freezes/${started.json().id}/lift`, { as: coordinator, body: { note: 'Lots retirés' } });
  assert.equal(lifted.statusCode, 200, lifted.body);
  assert.equal(await publish(), 1);
  assert.equal(received.at(-1).post.id, p.id);
  assert.equal((await t.call('GET', `/api/posts/${p.id}`, { as: marketing })).json().status, 'published');
});
