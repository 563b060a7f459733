// Walks every API route for every role (and for nobody) and checks the answer against the policy:
// a role the policy denies gets 403, a role it allows gets past the gate, nobody gets 401.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, type TestApp, type Session } from '../helpers/app.ts';
import { ACTIONS, canSomewhere, ROLES, type Principal, type Role } from '../../src/policy/policy.ts';
import { createPerson } from '../../src/people/people.service.ts';

let t: TestApp;
const sessions = new Map<Role, Session>();
let ids: Record<string, string>;
const selfIds = new Map<Role, string>();

before(async () => {
  t = await testApp();
  for (const role of ROLES) {
    const person = await createPerson(t.db, { system: 'test' }, { email: `${role}@roles.test`, name: role, password: 'role-password-1' }, [
      { role, scopeType: 'group', scopeId: null },
    ]);
    selfIds.set(role, person.id);
    sessions.set(role, await t.login(`${role}@roles.test`, 'role-password-1'));
  }
  const one = async (sql: string) => (await t.db.query<{ id: string }>(sql)).rows[0].id;
  ids = {
    id: await one('SELECT id FROM people ORDER BY name LIMIT 1'),
    grantId: await one('SELECT id FROM role_assignments LIMIT 1'),
  };
});
after(() => t.close());

// Path parameters get real ids where the route's noun has them (a person is the caller, whose
// own profile every role may edit), and a well-formed unknown one otherwise.
function fill(url: string, self?: string): string {
  const unknown = '00000000-0000-4000-8000-000000000000';
  return url.replace(/:(\w+)/g, (_, name) =>
    url.startsWith('/api/people') ? ((name === 'id' && self) || ids[name] || unknown) : unknown,
  );
}

test('every API route declares who may call it', () => {
  const routes = t.app.routeTable;
  assert.ok(routes.length >= 20, `found ${routes.length} routes`);
  for (const r of routes) assert.ok(r.public || (r.action && r.action in ACTIONS), `${r.method} ${r.url}`);
});

test('route × role answers follow the policy', async () => {
  const failures: string[] = [];
  let checked = 0;
  for (const route of t.app.routeTable) {
    // The event stream stays open; its gate is the same code path, checked in events.test.ts.
    if (route.public || route.url === '/api/events') continue;
    const url = fill(route.url);
    const body = ['POST', 'PATCH', 'PUT'].includes(route.method) ? {} : undefined;
    const anon = await t.call(route.method, url, { body });
    if (anon.statusCode !== 401) failures.push(`nobody ${route.method} ${route.url} → ${anon.statusCode}`);
    for (const role of ROLES) {
      const principal: Principal = { personId: '', email: '', name: '', via: 'session', grants: [{ role, scopeType: 'group', scopeId: null }] };
      const allowed = canSomewhere(principal, route.action!);
      const r = await t.call(route.method, fill(route.url, selfIds.get(role)), { as: sessions.get(role), body });
      checked++;
      const denied = r.statusCode === 403 || r.statusCode === 401;
      if (allowed === denied) failures.push(`${role} ${route.method} ${route.url} → ${r.statusCode} (policy ${allowed ? 'allows' : 'denies'})`);
    }
  }
  assert.deepEqual(failures, []);
  assert.ok(checked > 100);
});

test('the auditor is refused every write route but those of their own account', async () => {
  // The policy says which actions write: a POST that only reads (a routing-model suggestion) is open to the auditor.
  const writes = t.app.routeTable.filter((r) => !r.public && r.method !== 'GET' && r.action !== 'self.manage' && ACTIONS[r.action!].write);
  assert.ok(writes.length >= 6);
  for (const route of writes) {
    const r = await t.call(route.method, fill(route.url), { as: sessions.get('auditor'), body: {} });
    assert.equal(r.statusCode, 403, `${route.method} ${route.url}`);
  }
});
