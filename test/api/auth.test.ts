import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, type TestApp, DEMO_PASSWORD } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

test('login sets an httpOnly SameSite=Lax session cookie and returns a CSRF token', async () => {
  const r = await t.call('POST', '/api/auth/login', { body: { email: 'COORDINATOR@relais.example', password: DEMO_PASSWORD } });
  assert.equal(r.statusCode, 200);
  const cookie = r.cookies.find((c) => c.name === 'relais_session');
  assert.ok(cookie, 'session cookie set');
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Lax');
  assert.equal(typeof r.json().csrfToken, 'string');
  const stored = await t.db.query<{ password_hash: string }>("SELECT password_hash FROM people WHERE email = 'coordinator@relais.example'");
  assert.match(stored.rows[0].password_hash, /^\$argon2id\$/);
});

test('a wrong password and an unknown account both get 401 invalid_credentials', async () => {
  for (const email of ['coordinator@relais.example', 'nobody@relais.example']) {
    const r = await t.call('POST', '/api/auth/login', { body: { email, password: 'wrong-password' } });
    assert.equal(r.statusCode, 401);
    assert.equal(r.json().error.code, 'invalid_credentials');
  }
});

test('GET /api/me returns the person and their roles', async () => {
  const s = await t.login('marketing.ca@relais.example');
  const me = (await t.call('GET', '/api/me', { as: s })).json();
  assert.equal(me.email, 'marketing.ca@relais.example');
  assert.deepEqual(me.roles.map((r: any) => `${r.role}/${r.scopeType}`).sort(), ['coordinator/entity', 'social_adviser/department']);
  assert.equal(me.csrfToken, s.csrf);
});

test('without a session the API answers 401', async () => {
  const r = await t.call('GET', '/api/me');
  assert.equal(r.statusCode, 401);
  assert.equal(r.json().error.code, 'unauthenticated');
});

test('a cookie-authenticated write needs the CSRF header', async () => {
  const s = await t.login('coordinator@relais.example');
  const body = { name: 'Belgique', kind: 'country', timezone: 'Europe/Brussels' };
  const noHeader = await t.call('POST', '/api/entities', { body, headers: { cookie: `relais_session=${s.cookie}` } });
  assert.equal(noHeader.statusCode, 403);
  assert.equal(noHeader.json().error.code, 'csrf');
  const wrong = await t.call('POST', '/api/entities', { body, headers: { cookie: `relais_session=${s.cookie}`, 'x-csrf-token': 'x' + s.csrf.slice(1) } });
  assert.equal(wrong.statusCode, 403);
  const ok = await t.call('POST', '/api/entities', { body, as: s });
  assert.equal(ok.statusCode, 201);
});

test('API tokens act with their user rights, need no CSRF header, and can be revoked', async () => {
  const s = await t.login('coordinator@relais.example');
  const created = await t.call('POST', '/api/tokens', { as: s, body: { name: 'integration' } });
  assert.equal(created.statusCode, 201);
  const { token, id } = created.json();
  assert.match(token, /^rls_/);
  const stored = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM api_tokens WHERE id = $1', [id]);
  assert.notEqual(stored.rows[0].token_hash, token, 'stored hashed');
  const bearer = { authorization: `Bearer ${token}` };
  const me = await t.call('GET', '/api/me', { headers: bearer });
  assert.equal(me.json().email, 'coordinator@relais.example');
  const write = await t.call('POST', '/api/entities', { headers: bearer, body: { name: 'Suisse', kind: 'country' } });
  assert.equal(write.statusCode, 201);
  assert.equal((await t.call('DELETE', `/api/tokens/${id}`, { as: s })).statusCode, 204);
  assert.equal((await t.call('GET', '/api/me', { headers: bearer })).statusCode, 401);
});

test('logout ends the session', async () => {
  const s = await t.login('sav@relais.example');
  assert.equal((await t.call('POST', '/api/auth/logout', { as: s })).statusCode, 204);
  assert.equal((await t.call('GET', '/api/me', { as: s })).statusCode, 401);
});

test('login is rate-limited per address and account', async () => {
  const limited = await testApp({ demo: false, env: { RELAIS_LOGIN_MAX: '3' } });
  try {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push((await limited.call('POST', '/api/auth/login', { body: { email: 'x@relais.example', password: 'whatever-long' } })).statusCode);
    }
    assert.deepEqual(codes, [401, 401, 401, 429, 429]);
  } finally {
    await limited.close();
  }
});

test('changing one’s password needs the current one, keeps this session and ends the others', async () => {
  const here = await t.login('rd@relais.example');
  const elsewhere = await t.login('rd@relais.example');
  const me = (await t.call('GET', '/api/me', { as: here })).json();
  const wrong = await t.call('PATCH', `/api/people/${me.id}`, { as: here, body: { password: 'new-password-1', currentPassword: 'nope' } });
  assert.equal(wrong.statusCode, 400);
  assert.equal(wrong.json().error.details[0].field, 'currentPassword');
  const ok = await t.call('PATCH', `/api/people/${me.id}`, { as: here, body: { password: 'new-password-1', currentPassword: DEMO_PASSWORD } });
  assert.equal(ok.statusCode, 200);
  assert.equal((await t.call('GET', '/api/me', { as: here })).statusCode, 200);
  assert.equal((await t.call('GET', '/api/me', { as: elsewhere })).statusCode, 401);
  await t.login('rd@relais.example', 'new-password-1');
});

test('a person edits their own profile but not someone else’s', async () => {
  const s = await t.login('cm@relais.example');
  const me = (await t.call('GET', '/api/me', { as: s })).json();
  assert.equal((await t.call('PATCH', `/api/people/${me.id}`, { as: s, body: { title: 'Community manager senior' } })).json().title, 'Community manager senior');
  const other = (await t.call('GET', '/api/people?q=sophie', { as: s })).json().items[0];
  assert.equal((await t.call('PATCH', `/api/people/${other.id}`, { as: s, body: { title: 'x' } })).statusCode, 403);
  assert.equal((await t.call('PATCH', `/api/people/${me.id}`, { as: s, body: { active: false } })).statusCode, 403);
});
