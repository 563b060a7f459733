import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

test('GET /api/health names the database', async () => {
  const r = await t.call('GET', '/api/health');
  assert.equal(r.statusCode, 200);
  assert.deepEqual(r.json(), { status: 'ok', db: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite' });
});

test('an unknown route is a 404 in the error format', async () => {
  const r = await t.call('GET', '/api/no-such-thing');
  assert.equal(r.statusCode, 404);
  assert.equal(r.json().error.code, 'not_found');
});

test('invalid JSON is a 400', async () => {
  const r = await t.call('POST', '/api/auth/login', { body: '{"email":', headers: { 'content-type': 'application/json' } });
  assert.equal(r.statusCode, 400);
  assert.equal(r.json().error.code, 'invalid_json');
});

test('invalid fields are a 400 naming each failing field', async () => {
  const s = await t.login('coordinator@relais.example');
  const r = await t.call('POST', '/api/departments', { as: s, body: { entityId: 'nope', kind: 'sales', names: { fr: '' } } });
  assert.equal(r.statusCode, 400);
  const { error } = r.json();
  assert.equal(error.code, 'invalid_request');
  const fields = new Set(error.details.map((d: any) => d.field));
  for (const f of ['entityId', 'kind', 'names.fr', 'names.en']) assert.ok(fields.has(f), `${f} named in ${[...fields]}`);
});

test('unknown fields are refused rather than silently dropped', async () => {
  const s = await t.login('coordinator@relais.example');
  const r = await t.call('POST', '/api/entities', { as: s, body: { name: 'X', kind: 'brand', colour: 'red' } });
  assert.equal(r.statusCode, 400);
  assert.ok(r.json().error.details.some((d: any) => d.field === 'colour'));
});

test('an unknown id is a 404', async () => {
  const s = await t.login('coordinator@relais.example');
  const r = await t.call('GET', '/api/departments/00000000-0000-4000-8000-000000000000', { as: s });
  assert.equal(r.statusCode, 404);
});

test('the OpenAPI document lists the fixed endpoints and the docs page is served', async () => {
  const doc = (await t.call('GET', '/api/openapi.json')).json();
  for (const p of ['/api/health', '/api/auth/login', '/api/departments', '/api/me']) assert.ok(doc.paths[p], p);
  assert.ok(doc.paths['/api/departments'].post.requestBody, 'request bodies come from the schemas');
  const docs = await t.call('GET', '/api/docs/');
  assert.equal(docs.statusCode, 200);
  assert.match(docs.body, /swagger/i);
});
