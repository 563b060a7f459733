import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

test('GET /api/departments lists departments with entity, kind, names and advisers', async () => {
  const s = await t.login('sav@relais.example');
  const deps = (await t.call('GET', '/api/departments', { as: s })).json();
  assert.ok(deps.length >= 10);
  const sav = deps.find((d: any) => d.kind === 'customer_service' && d.entity.name === 'Maison Lumière France');
  assert.ok(sav);
  assert.deepEqual(sav.names, { fr: 'Service client / SAV', en: 'Customer service / after-sales' });
  assert.deepEqual(sav.advisers.map((a: any) => a.email).sort(), ['sav2@relais.example', 'sav@relais.example']);
});

test('the chart nests entities and flags departments with no social adviser', async () => {
  const s = await t.login('sponsor@relais.example');
  const chart = (await t.call('GET', '/api/org/chart', { as: s })).json();
  assert.equal(chart.organisation.name, 'Groupe Maison Lumière');
  const services = chart.entities.find((e: any) => e.name === 'Lumière Services');
  assert.equal(services.depth, 1);
  const flagged = chart.entities.flatMap((e: any) => e.departments.filter((d: any) => d.health.noAdviser).map((d: any) => `${e.name}/${d.kind}`));
  assert.deepEqual(flagged.sort(), ['Maison Lumière Canada/hr', 'Maison Lumière France/bi', 'Maison Lumière France/executive']);
  assert.equal(chart.departmentsWithoutAdviser, 3);
});

test('a coordinator adds a department, names an adviser, and both land in the audit log', async () => {
  const s = await t.login('coordinator@relais.example');
  const fr = (await t.call('GET', '/api/entities', { as: s })).json().find((e: any) => e.name === 'Maison Lumière France');
  const created = await t.call('POST', '/api/departments', { as: s, body: { entityId: fr.id, kind: 'other', names: { fr: 'Développement durable', en: 'Sustainability' } } });
  assert.equal(created.statusCode, 201);
  const dep = created.json();
  assert.deepEqual(dep.advisers, []);
  const person = (await t.call('GET', '/api/people?q=julie', { as: s })).json().items[0];
  const grant = await t.call('POST', `/api/people/${person.id}/roles`, { as: s, body: { role: 'social_adviser', scopeType: 'department', scopeId: dep.id } });
  assert.equal(grant.statusCode, 201);
  const page = (await t.call('GET', `/api/departments/${dep.id}`, { as: s })).json();
  assert.equal(page.health.noAdviser, false);
  assert.deepEqual(page.members.map((m: any) => `${m.person.name}:${m.role}`), ['Julie Petit:social_adviser']);
  const again = await t.call('POST', `/api/people/${person.id}/roles`, { as: s, body: { role: 'social_adviser', scopeType: 'department', scopeId: dep.id } });
  assert.equal(again.statusCode, 409, 'a role is held once per scope');

  const audit = (await t.call('GET', '/api/audit?limit=5', { as: s })).json();
  const actions = audit.items.map((a: any) => `${a.action}:${a.actorLabel}`);
  assert.deepEqual(actions.slice(0, 2), ['role.grant:coordinator@relais.example', 'department.create:coordinator@relais.example']);
  assert.equal(audit.items[1].subjectId, dep.id);
  assert.equal(audit.items[1].after.names.en, 'Sustainability');
  const filtered = (await t.call('GET', `/api/audit?subjectType=department&subjectId=${dep.id}`, { as: s })).json();
  assert.deepEqual(filtered.items.map((a: any) => a.action), ['department.create']);
});

test('an update records before and after', async () => {
  const s = await t.login('coordinator@relais.example');
  const dep = (await t.call('GET', '/api/departments', { as: s })).json().find((d: any) => d.kind === 'bi');
  const r = await t.call('PATCH', `/api/departments/${dep.id}`, { as: s, body: { names: { en: 'Data & BI' } } });
  assert.equal(r.statusCode, 200);
  assert.deepEqual(r.json().names, { fr: dep.names.fr, en: 'Data & BI' });
  const entry = (await t.call('GET', `/api/audit?subjectId=${dep.id}&action=department.update`, { as: s })).json().items[0];
  assert.equal(entry.before.names.en, 'Business intelligence');
  assert.equal(entry.after.names.en, 'Data & BI');
});

test('an entity coordinator cannot change another entity', async () => {
  const ca = await t.login('marketing.ca@relais.example');
  const entities = (await t.call('GET', '/api/entities', { as: ca })).json();
  const fr = entities.find((e: any) => e.name === 'Maison Lumière France');
  const canada = entities.find((e: any) => e.name === 'Maison Lumière Canada');
  const denied = await t.call('POST', '/api/departments', { as: ca, body: { entityId: fr.id, kind: 'legal', names: { fr: 'Juridique', en: 'Legal' } } });
  assert.equal(denied.statusCode, 403);
  const allowed = await t.call('POST', '/api/departments', { as: ca, body: { entityId: canada.id, kind: 'legal', names: { fr: 'Juridique', en: 'Legal' } } });
  assert.equal(allowed.statusCode, 201);
});

test('an entity cannot be moved under its own child', async () => {
  const s = await t.login('coordinator@relais.example');
  const entities = (await t.call('GET', '/api/entities', { as: s })).json();
  const fr = entities.find((e: any) => e.name === 'Maison Lumière France');
  const services = entities.find((e: any) => e.name === 'Lumière Services');
  const r = await t.call('PATCH', `/api/entities/${fr.id}`, { as: s, body: { parentId: services.id } });
  assert.equal(r.statusCode, 400);
  assert.equal(r.json().error.details[0].field, 'parentId');
});

test('the people list pages by keyset without gaps or repeats', async () => {
  const s = await t.login('sponsor@relais.example');
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const r: any = (await t.call('GET', `/api/people?limit=4${cursor ? `&cursor=${cursor}` : ''}`, { as: s })).json();
    seen.push(...r.items.map((p: any) => p.name));
    cursor = r.nextCursor;
    pages++;
  } while (cursor);
  const all = (await t.db.query<{ name: string }>('SELECT name FROM people ORDER BY name, id')).rows.map((r) => r.name);
  assert.deepEqual(seen, all);
  assert.equal(pages, Math.ceil(all.length / 4) + (all.length % 4 === 0 ? 1 : 0));
  const bad = await t.call('GET', '/api/people?cursor=garbage', { as: s });
  assert.equal(bad.statusCode, 400);
});

test('people search ignores accents and case', async () => {
  const s = await t.login('sponsor@relais.example');
  const r = (await t.call('GET', '/api/people?q=INES', { as: s })).json();
  assert.deepEqual(r.items.map((p: any) => p.name), ['Inès Moreau']);
});

test('text from data comes back as given, never interpreted', async () => {
  const s = await t.login('coordinator@relais.example');
  const name = '<img src=x onerror=alert(1)> & "quotes"';
  const r = await t.call('POST', '/api/entities', { as: s, body: { name, kind: 'brand' } });
  assert.equal(r.json().name, name);
  assert.match(r.headers['content-type'] as string, /application\/json/);
});
