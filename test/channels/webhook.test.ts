import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  deliverWebhook, isRetryable, MAX_ATTEMPTS, nextAttemptDelay, signPayload, verifySignature,
} from '../../src/channels/webhook.ts';

const SECRET = 'whsec_test_5f1c';

interface Received { headers: http.IncomingHttpHeaders; body: string; check: ReturnType<typeof verifySignature> }

// One receiver for the whole file; the path chooses its behaviour, the way a customer's
// endpoint would answer in each case.
const received: Received[] = [];
const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    // The receiver verifies with its own copy of the secret, as a customer would.
    const check = verifySignature(SECRET, body, req.headers['x-relais-signature'] as string | undefined);
    received.push({ headers: req.headers, body, check });
    switch (req.url) {
      case '/ok':
        res.writeHead(check.valid ? 200 : 401, { 'content-type': 'text/plain' }).end(check.valid ? 'merci' : 'bad signature');
        return;
      case '/error':
        res.writeHead(500).end('boom');
        return;
      case '/bad-request':
        res.writeHead(400).end('{"error":"unknown conversation"}');
        return;
      case '/busy':
        res.writeHead(429, { 'retry-after': '120' }).end();
        return;
      case '/big':
        res.writeHead(200, { 'content-type': 'text/plain' }).end('é'.repeat(5000));
        return;
      case '/moved':
        res.writeHead(301, { location: '/ok' }).end();
        return;
      case '/hang':
        return; // never answers
    }
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
after(() => {
  server.closeAllConnections();
  server.close();
});

const body = JSON.stringify({ conversationId: 'c-42', text: 'Bonjour, votre colis arrive demain.' });
const deliver = (path: string, extra: Partial<Parameters<typeof deliverWebhook>[0]> = {}) =>
  deliverWebhook({ url: base + path, secret: SECRET, body, deliveryId: 'dlv-1', timeoutMs: 2000, ...extra });

test('the signature header follows the t=…,v1=… scheme and is deterministic', () => {
  const h = signPayload(SECRET, '{"a":1}', 1767225600);
  assert.match(h, /^t=1767225600,v1=[0-9a-f]{64}$/);
  assert.equal(h, signPayload(SECRET, '{"a":1}', 1767225600));
  assert.notEqual(h, signPayload('another secret', '{"a":1}', 1767225600));
  assert.notEqual(h, signPayload(SECRET, '{"a":1}', 1767225601), 'the timestamp is signed');
});

test('a delivery reaches the receiver, whose signature check passes', async () => {
  received.length = 0;
  const r = await deliver('/ok', { deliveryId: 'dlv-7' });
  assert.deepEqual(r, { ok: true, status: 200, retryable: false, responseBody: 'merci' });
  assert.equal(received.length, 1);
  const got = received[0];
  assert.equal(got.body, body);
  assert.equal(got.check.valid, true);
  assert.equal(got.headers['content-type'], 'application/json');
  assert.equal(got.headers['user-agent'], 'Relais');
  assert.equal(got.headers['x-relais-delivery'], 'dlv-7');
});

test('the receiver refuses a body altered on the way', async () => {
  received.length = 0;
  // Something between sender and receiver rewrites the body after it was signed.
  const tampering: typeof fetch = (url, init) =>
    fetch(url, { ...init, body: String(init?.body).replace('demain', 'jamais') });
  const r = await deliver('/ok', { fetchImpl: tampering });
  assert.equal(r.status, 401);
  assert.deepEqual(received[0].check, { valid: false, reason: 'mismatch' });
});

test('the receiver refuses a delivery signed ten minutes ago', async () => {
  received.length = 0;
  const r = await deliver('/ok', { now: () => new Date(Date.now() - 10 * 60_000) });
  assert.equal(r.status, 401);
  assert.deepEqual(received[0].check, { valid: false, reason: 'stale' });
});

test('a tampered body, a wrong secret, a stale or future timestamp all fail verification', () => {
  const now = new Date('2026-01-12T10:00:00Z');
  const t = Math.floor(now.getTime() / 1000);
  const header = signPayload(SECRET, body, t);
  assert.deepEqual(verifySignature(SECRET, body, header, { now }), { valid: true, timestamp: t });
  assert.deepEqual(verifySignature(SECRET, body.replace('demain', 'jamais'), header, { now }), { valid: false, reason: 'mismatch' });
  assert.deepEqual(verifySignature('not the secret', body, header, { now }), { valid: false, reason: 'mismatch' });
  const old = signPayload(SECRET, body, t - 301);
  assert.deepEqual(verifySignature(SECRET, body, old, { now }), { valid: false, reason: 'stale' });
  assert.equal(verifySignature(SECRET, body, old, { now, toleranceSeconds: 600 }).valid, true);
  assert.deepEqual(verifySignature(SECRET, body, signPayload(SECRET, body, t + 301), { now }), { valid: false, reason: 'stale' });
  // A replayed signature with its timestamp edited no longer matches.
  const replay = header.replace(`t=${t}`, `t=${t + 1}`);
  assert.deepEqual(verifySignature(SECRET, body, replay, { now }), { valid: false, reason: 'mismatch' });
});

test('malformed headers are refused without throwing; any of several v1 values may match', () => {
  const now = new Date('2026-01-12T10:00:00Z');
  const t = Math.floor(now.getTime() / 1000);
  for (const h of [undefined, '', 'garbage', `t=${t}`, 'v1=abc', `t=abc,v1=${'0'.repeat(64)}`]) {
    assert.deepEqual(verifySignature(SECRET, body, h, { now }), { valid: false, reason: 'malformed' }, String(h));
  }
  const good = signPayload(SECRET, body, t).split(',')[1];
  assert.equal(verifySignature(SECRET, body, `t=${t},v1=${'ab'.repeat(32)},${good}`, { now }).valid, true);
});

test('a 500 is a retryable failure', async () => {
  const r = await deliver('/error');
  assert.equal(r.ok, false);
  assert.equal(r.status, 500);
  assert.equal(r.retryable, true);
  assert.equal(r.responseBody, 'boom');
});

test('a 400 is a final failure', async () => {
  const r = await deliver('/bad-request');
  assert.deepEqual(r, { ok: false, status: 400, retryable: false, error: 'HTTP 400', responseBody: '{"error":"unknown conversation"}' });
});

test('a 429 is retryable and its Retry-After is passed on', async () => {
  const r = await deliver('/busy');
  assert.equal(r.retryable, true);
  assert.equal(r.retryAfterMs, 120_000);
});

test('a redirect is not followed', async () => {
  received.length = 0;
  const r = await deliver('/moved');
  assert.equal(r.status, 301);
  assert.equal(r.ok, false);
  assert.equal(r.retryable, false);
  assert.equal(received.length, 1, 'only the first URL was called');
});

test('only the first 2 KB of the answer is kept, without a broken character', async () => {
  const r = await deliver('/big');
  assert.equal(r.ok, true);
  assert.equal(r.responseBody, 'é'.repeat(1024));
});

test('a receiver that does not answer in time is a retryable failure', async () => {
  const r = await deliver('/hang', { timeoutMs: 200 });
  assert.equal(r.ok, false);
  assert.equal(r.retryable, true);
  assert.equal(r.status, undefined);
  assert.match(r.error ?? '', /timed out after 200 ms/);
});

test('a refused connection is a retryable failure', async () => {
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const r = await deliverWebhook({ url: `http://127.0.0.1:${port}/`, secret: SECRET, body, deliveryId: 'd', timeoutMs: 2000 });
  assert.equal(r.ok, false);
  assert.equal(r.retryable, true);
  assert.match(r.error ?? '', /ECONNREFUSED/);
});

test('a URL that is not http(s) fails for good without a request', async () => {
  for (const url of ['ftp://example.org/hook', 'not a url']) {
    const r = await deliverWebhook({ url, secret: SECRET, body, deliveryId: 'd', timeoutMs: 2000 });
    assert.equal(r.ok, false, url);
    assert.equal(r.retryable, false, url);
  }
});

test('the retry schedule grows, then gives up', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6].map(nextAttemptDelay), [10_000, 30_000, 120_000, 600_000, 3_600_000, 21_600_000]);
  assert.equal(nextAttemptDelay(7), null);
  assert.equal(nextAttemptDelay(50), null);
  assert.equal(MAX_ATTEMPTS, 7);
  assert.throws(() => nextAttemptDelay(0), RangeError);
});

test('isRetryable', () => {
  for (const s of [500, 502, 503, 504, 408, 429]) assert.equal(isRetryable(s), true, String(s));
  for (const s of [400, 401, 403, 404, 410, 422, 301, 200]) assert.equal(isRetryable(s), false, String(s));
  assert.equal(isRetryable(new TypeError('fetch failed')), true);
  assert.equal(isRetryable(undefined), false);
});
