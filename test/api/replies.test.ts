import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { testApp, type TestApp, type Session } from '../helpers/app.ts';
import { sendDueReplies } from '../../src/replies/replies.worker.ts';
import { verifySignature } from '../../src/channels/webhook.ts';

let t: TestApp;
let coordinator: Session;
let sav: Session;
let server: http.Server;
let status = 200;
const received: { body: string; signature: string; delivery: string }[] = [];

before(async () => {
  t = await testApp();
  coordinator = await t.login('coordinator@relais.example');
  sav = await t.login('sav@relais.example');
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ body, signature: String(req.headers['x-relais-signature']), delivery: String(req.headers['x-relais-delivery']) });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
});
after(async () => {
  server.close();
  await t.close();
});

async function conversation(externalId: string) {
  const r = await t.call('POST', '/api/conversations', {
    as: coordinator,
    body: { channel: 'X @MaisonLumiere', externalId, author: { handle: '@lea' }, text: 'Colis abîmé à la livraison, je veux un échange', createdAt: new Date().toISOString() },
  });
  return r.json().id as number;
}

test('a channel without an outbound webhook cannot send, and says so', async () => {
  const id = await conversation('r-0');
  const r = await t.call('POST', `/api/conversations/${id}/replies`, { as: sav, body: { text: 'Bonjour, nous regardons.' } });
  assert.equal(r.statusCode, 409);
  assert.equal(r.json().error.code, 'channel_cannot_send');
});

test('a reply is signed, sent, retried on a server error and failed on a refusal', async () => {
  const channel = (await t.call('GET', '/api/channels', { as: coordinator })).json().find((c: any) => c.name === 'X @MaisonLumiere');
  const url = `http://127.0.0.1:${(server.address() as any).port}/hook`;
  const patched = await t.call('PATCH', `/api/channels/${channel.id}`, { as: coordinator, body: { config: { ownHandle: 'MaisonLumiere', outboundUrl: url } } });
  assert.equal(patched.statusCode, 200, patched.body);
  const secret = (await t.call('GET', `/api/channels/${channel.id}`, { as: coordinator })).json().config.secret;
  assert.equal((await t.call('GET', `/api/channels/${channel.id}`, { as: sav })).json().config.secret, undefined, 'the secret is for managers');

  const id = await conversation('r-1');
  const created = await t.call('POST', `/api/conversations/${id}/replies`, { as: sav, body: { text: 'Bonjour Léa, nous vous envoyons un échange dès demain.' } });
  assert.equal(created.statusCode, 201, created.body);
  assert.equal(created.json().status, 'queued');
  assert.equal(await sendDueReplies(t.db), 1);
  const got = received.at(-1)!;
  assert.equal(JSON.parse(got.body).reply.text, 'Bonjour Léa, nous vous envoyons un échange dès demain.');
  assert.equal(JSON.parse(got.body).conversation.externalId, 'r-1');
  assert.deepEqual(verifySignature(secret, got.body, got.signature).valid, true);
  assert.equal(verifySignature(secret, got.body.replace('Léa', 'Lea'), got.signature).valid, false);
  const c = (await t.call('GET', `/api/conversations/${id}`, { as: sav })).json();
  assert.equal(c.replies[0].status, 'sent');
  assert.equal(c.status, 'waiting');
  assert.equal(c.sla.firstResponse, 'met');

  status = 503;
  const id2 = await conversation('r-2');
  await t.call('POST', `/api/conversations/${id2}/replies`, { as: sav, body: { text: 'Nous revenons vers vous.' } });
  await sendDueReplies(t.db);
  let r = (await t.call('GET', `/api/conversations/${id2}`, { as: sav })).json().replies[0];
  assert.deepEqual([r.status, r.attempts], ['queued', 1]);
  assert.match(r.lastError, /503/);
  assert.equal(await sendDueReplies(t.db), 0, 'not due again before its back-off');

  status = 400;
  await t.db.query('UPDATE replies SET next_attempt_at = now() WHERE conversation_id = $1', [id2]);
  await sendDueReplies(t.db);
  r = (await t.call('GET', `/api/conversations/${id2}`, { as: sav })).json().replies[0];
  assert.deepEqual([r.status, r.attempts], ['failed', 2]);
  status = 200;
});

test('two workers never send one reply twice', async () => {
  const id = await conversation('r-3');
  await t.call('POST', `/api/conversations/${id}/replies`, { as: sav, body: { text: 'Une seule fois.' } });
  const before = received.length;
  const [a, b] = await Promise.all([sendDueReplies(t.db), sendDueReplies(t.db)]);
  assert.equal(a + b, 1);
  assert.equal(received.length - before, 1);
});
