import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, type TestApp, type Session } from '../helpers/app.ts';

let t: TestApp;
let coordinator: Session;
let sav: Session;
const now = () => new Date().toISOString();
const item = (channel: string, externalId: string, text: string, extra: object = {}) => ({
  channel,
  externalId,
  author: { handle: '@client_' + externalId, name: 'Client ' + externalId },
  text,
  createdAt: now(),
  ...extra,
});

before(async () => {
  t = await testApp();
  coordinator = await t.login('coordinator@relais.example');
  sav = await t.login('sav@relais.example');
});
after(() => t.close());

test('GET /api/channels lists the channels with their department', async () => {
  const list = (await t.call('GET', '/api/channels', { as: sav })).json();
  const x = list.find((c: any) => c.name === 'X @MaisonLumiere');
  assert.equal(x.kind, 'api');
  assert.equal(x.department.kind, 'customer_service');
  assert.equal(x.config.secret, undefined, 'no secret in the list');
});

test('a complaint is understood, routed to customer service, assigned; a duplicate is not stored twice', async () => {
  const body = item('X @MaisonLumiere', 'c-1', 'Ma commande n°4521 n’est toujours pas arrivée après 3 semaines, c’est inadmissible, je veux être remboursé !');
  const first = await t.call('POST', '/api/conversations', { as: coordinator, body });
  assert.equal(first.statusCode, 201, first.body);
  const again = await t.call('POST', '/api/conversations', { as: coordinator, body });
  assert.equal(again.statusCode, 200);
  assert.equal(again.json().id, first.json().id);
  assert.equal(again.json().duplicate, true);
  const { rows } = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM conversations WHERE external_id = 'c-1'");
  assert.equal(rows[0].n, 1);

  const c = (await t.call('GET', `/api/conversations/${first.json().id}`, { as: sav })).json();
  assert.equal(c.department.kind, 'customer_service');
  assert.equal(c.status, 'new');
  assert.equal(c.enrichment.lang, 'fr');
  assert.equal(c.enrichment.sentiment, 'negative');
  assert.equal(c.enrichment.intent, 'complaint');
  assert.ok(c.enrichment.risk > 0 && c.enrichment.risk <= 100);
  assert.match(c.routing.reason, /Complaint/);
  assert.ok(['Sophie Laurent', 'Mehdi Saïdi'].includes(c.assignee.name));
  assert.ok(new Date(c.sla.firstResponseDue) > new Date(c.receivedAt));
});

test('a batch: items answering each other form one thread, counts come back', async () => {
  const r = await t.call('POST', '/api/conversations', {
    as: coordinator,
    body: [
      item('X @MaisonLumiere', 't-1', 'Mon lave-linge Lumière fuit depuis la livraison, que faire ?'),
      item('X @MaisonLumiere', 't-2', 'Toujours aucune réponse… #déçu', { inReplyTo: 't-1' }),
      item('X @MaisonLumiere', 't-3', 'Bon, j’appelle un avocat.', { inReplyTo: 't-2' }),
      item('X @MaisonLumiere', 't-1', 'Mon lave-linge Lumière fuit depuis la livraison, que faire ?'),
    ],
  });
  assert.equal(r.statusCode, 200, r.body);
  const out = r.json();
  assert.equal(out.inserted, 3);
  assert.equal(out.duplicates, 1);
  const root = (await t.call('GET', `/api/conversations/${out.results[0].id}`, { as: sav })).json();
  assert.deepEqual(root.thread.map((x: any) => x.externalId), ['t-2', 't-3']);
  const inbox = (await t.call('GET', `/api/conversations?department=${root.department.id}&q=lave-linge`, { as: sav })).json();
  assert.deepEqual(inbox.items.map((x: any) => x.id), [root.id], 'only the thread root is listed');
});

test('bad items: 400 naming the field; unknown channel; wrong role', async () => {
  const bad = await t.call('POST', '/api/conversations', { as: coordinator, body: { channel: 'X @MaisonLumiere', externalId: 'b', text: '' } });
  assert.equal(bad.statusCode, 400);
  const unknown = await t.call('POST', '/api/conversations', { as: coordinator, body: item('nope', 'u-1', 'hello') });
  assert.equal(unknown.statusCode, 400);
  assert.match(unknown.json().error.message, /unknown channel/);
  const marketing = await t.login('marketing@relais.example');
  const denied = await t.call('POST', '/api/conversations', { as: marketing, body: item('X @MaisonLumiere', 'm-1', 'hello') });
  assert.equal(denied.statusCode, 403, 'a marketing adviser cannot push into customer service');
});

test('HR conversations are visible to HR and the coordinator only; the auditor reads but does not write', async () => {
  const r = await t.call('POST', '/api/conversations', {
    as: coordinator,
    body: item('Carrières / Careers', 'job-1', 'Bonjour, vous recrutez des alternants en marketing digital pour septembre ? Je vous envoie mon CV.'),
  });
  const id = r.json().id;
  const rh = await t.login('rh@relais.example');
  const auditor = await t.login('auditor@relais.example');
  const marketing = await t.login('marketing@relais.example');
  const sponsor = await t.login('sponsor@relais.example');
  assert.equal((await t.call('GET', `/api/conversations/${id}`, { as: rh })).json().department.kind, 'hr');
  assert.equal((await t.call('GET', `/api/conversations/${id}`, { as: coordinator })).statusCode, 200);
  assert.equal((await t.call('GET', `/api/conversations/${id}`, { as: auditor })).statusCode, 200);
  assert.equal((await t.call('GET', `/api/conversations/${id}`, { as: marketing })).statusCode, 404);
  assert.equal((await t.call('GET', `/api/conversations/${id}`, { as: sponsor })).statusCode, 404, 'HR stays with HR');
  const list = (await t.call('GET', '/api/conversations?limit=200', { as: marketing })).json();
  assert.ok(!list.items.some((x: any) => x.id === id));
  assert.equal((await t.call('POST', `/api/conversations/${id}/notes`, { as: auditor, body: { text: 'x' } })).statusCode, 403);
  assert.equal((await t.call('PATCH', `/api/conversations/${id}`, { as: auditor, body: { status: 'open' } })).statusCode, 403);
  // Sharing opens it to the department shared with.
  const deps = (await t.call('GET', '/api/departments', { as: rh })).json();
  const mkt = deps.find((d: any) => d.kind === 'marketing' && d.entity.name === 'Maison Lumière France');
  assert.equal((await t.call('POST', `/api/conversations/${id}/share`, { as: rh, body: { departmentId: mkt.id } })).statusCode, 204);
  assert.equal((await t.call('GET', `/api/conversations/${id}`, { as: marketing })).statusCode, 200);
});

test('hand-off to PR: recorded with its reason, counted per pair, the conversation moves', async () => {
  const id = (await t.call('POST', '/api/conversations', { as: coordinator, body: item('X @MaisonLumiere', 'h-1', 'Mon four Lumière est tombé en panne au bout de deux jours, le technicien n’est jamais venu. Inadmissible.') })).json().id;
  const c = (await t.call('GET', `/api/conversations/${id}`, { as: coordinator })).json();
  const deps = (await t.call('GET', '/api/departments', { as: coordinator })).json();
  const pr = deps.find((d: any) => d.kind === 'communication');
  assert.equal(c.department.kind, 'customer_service');
  const r = await t.call('POST', `/api/conversations/${id}/handoff`, { as: sav, body: { departmentId: pr.id, reason: 'Risque médiatique : incendie' } });
  assert.equal(r.statusCode, 200, r.body);
  const presse = await t.login('presse@relais.example');
  const moved = (await t.call('GET', `/api/conversations/${id}`, { as: presse })).json();
  assert.equal(moved.department.id, pr.id);
  assert.equal(moved.handoffs.at(-1).reason, 'Risque médiatique : incendie');
  assert.equal(moved.assignee.name, 'Marc Dubois');
  const stats = (await t.call('GET', '/api/handoffs/stats', { as: coordinator })).json();
  assert.ok(stats.some((s: any) => s.to === pr.id && s.count >= 1));
  const audit = (await t.call('GET', `/api/audit?action=conversation.handoff&subjectId=${id}`, { as: coordinator })).json();
  assert.equal(audit.items.length, 1);
});

test('notes with a mention notify the person and let them read the conversation', async () => {
  const id = (await t.call('POST', '/api/conversations', { as: coordinator, body: item('X @MaisonLumiere', 'n-1', 'La facture de mon contrat d’entretien est fausse, vous m’avez prélevé deux fois, remboursez-moi !') })).json().id;
  const legal = (await t.call('GET', '/api/people?q=hugo', { as: sav })).json().items[0];
  const juridique = await t.login('juridique@relais.example');
  assert.equal((await t.call('GET', `/api/conversations/${id}`, { as: juridique })).statusCode, 404);
  const note = await t.call('POST', `/api/conversations/${id}/notes`, { as: sav, body: { text: '@Hugo peux-tu regarder la clause ?', mentions: [legal.id] } });
  assert.equal(note.statusCode, 201, note.body);
  assert.equal((await t.call('GET', `/api/conversations/${id}`, { as: juridique })).statusCode, 200);
  const notes = (await t.call('GET', '/api/notifications', { as: juridique })).json();
  assert.equal(notes[0].conversationId, id);
  assert.equal(notes[0].kind, 'mention');
});

test('no rule names a department: the coordinator’s triage queue', async () => {
  const id = (await t.call('POST', '/api/conversations', { as: coordinator, body: item('X @MaisonLumiere', 'o-1', 'Bonne journée à tous') })).json().id;
  const c = (await t.call('GET', `/api/conversations/${id}`, { as: coordinator })).json();
  assert.equal(c.department, null);
  assert.equal(c.routing.kind, 'fallback');
  const triage = (await t.call('GET', '/api/conversations?department=triage', { as: coordinator })).json();
  assert.ok(triage.items.some((x: any) => x.id === id));
  assert.equal((await t.call('GET', '/api/conversations?department=triage', { as: sav })).statusCode, 403);
});

test('our own messages coming back are stored but never routed (loop guard)', async () => {
  const r = await t.call('POST', '/api/conversations', {
    as: coordinator,
    body: { ...item('X @MaisonLumiere', 'own-1', 'Nous sommes désolés, pouvez-vous nous écrire en privé ?'), author: { handle: '@MaisonLumiere' } },
  });
  const c = (await t.call('GET', `/api/conversations/${r.json().id}`, { as: coordinator })).json();
  assert.equal(c.status, 'resolved');
  assert.equal(c.routing.kind, 'own');
  assert.equal(c.assignee, null);
});

test('a routing rule with keywords sends matching messages to R&D; a malformed query is refused', async () => {
  const bad = await t.call('POST', '/api/routing/rules', { as: coordinator, body: { name: 'x', position: 1, conditions: { keywords: '(appli AND' }, actions: { departmentKind: 'rnd' } } });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().error.details[0].field, 'conditions.keywords');
  const ok = await t.call('POST', '/api/routing/rules', {
    as: coordinator,
    body: { name: 'Application mobile → R&D', position: 10, conditions: { keywords: '(appli OR application) AND NOT facture' }, actions: { departmentKind: 'rnd', tags: ['app'] } },
  });
  assert.equal(ok.statusCode, 201, ok.body);
  const id = (await t.call('POST', '/api/conversations', { as: coordinator, body: item('X @MaisonLumiere', 'k-1', 'L’appli plante quand je scanne un code-barre, vraiment pénible') })).json().id;
  const c = (await t.call('GET', `/api/conversations/${id}`, { as: coordinator })).json();
  assert.equal(c.department.kind, 'rnd');
  assert.deepEqual(c.tags, ['app']);
  assert.equal(c.routing.ruleName, 'Application mobile → R&D');
  assert.equal((await t.call('PATCH', `/api/routing/rules/${ok.json().id}`, { as: coordinator, body: { enabled: false } })).json().version, 2);
  assert.equal((await t.call('POST', '/api/routing/rules', { as: sav, body: { name: 'y', position: 1, conditions: {}, actions: {} } })).statusCode, 403);
});

test('a channel of a department with no social adviser cannot be activated', async () => {
  const deps = (await t.call('GET', '/api/departments', { as: coordinator })).json();
  const bi = deps.find((d: any) => d.kind === 'bi');
  const r = await t.call('POST', '/api/channels', { as: coordinator, body: { name: 'BI feed', kind: 'api', departmentId: bi.id } });
  assert.equal(r.statusCode, 409);
  assert.equal(r.json().error.code, 'no_adviser');
  const inactive = await t.call('POST', '/api/channels', { as: coordinator, body: { name: 'BI feed', kind: 'api', departmentId: bi.id, active: false } });
  assert.equal(inactive.statusCode, 201);
});

test('the inbox filters, pages by keyset and searches in French', async () => {
  const deps = (await t.call('GET', '/api/departments', { as: sav })).json();
  const cs = deps.find((d: any) => d.kind === 'customer_service' && d.entity.name === 'Maison Lumière France');
  const batch = Array.from({ length: 7 }, (_, i) => item('Facebook Maison Lumière', `p-${i}`, `Question ${i} : quels sont vos horaires d’ouverture le dimanche ?`));
  await t.call('POST', '/api/conversations', { as: coordinator, body: batch });
  const seen: number[] = [];
  let cursor: number | null = null;
  do {
    const page: any = (await t.call('GET', `/api/conversations?department=${cs.id}&intent=question&limit=3${cursor ? `&cursor=${cursor}` : ''}`, { as: sav })).json();
    seen.push(...page.items.map((x: any) => x.id));
    for (const x of page.items) assert.equal(x.enrichment.intent, 'question');
    cursor = page.nextCursor;
  } while (cursor);
  assert.ok(seen.length >= 7);
  assert.deepEqual([...seen].sort((a, b) => b - a), seen, 'newest first, no repeats');
  assert.equal(new Set(seen).size, seen.length);
  const found = (await t.call('GET', `/api/conversations?department=${cs.id}&q=${encodeURIComponent('ouvertures dimanche')}`, { as: sav })).json();
  assert.ok(found.items.length >= 7, 'French stemming matches "ouverture" for "ouvertures"');
});

test('round-robin skips an unavailable adviser; SLA targets and business hours are settings', async () => {
  const mehdi = (await t.call('GET', '/api/people?q=mehdi', { as: sav })).json().items[0];
  const m = await t.login('sav2@relais.example');
  assert.equal((await t.call('PUT', `/api/people/${mehdi.id}/availability`, { as: sav, body: { available: false, capacity: 20 } })).statusCode, 403, 'not someone else’s');
  assert.equal((await t.call('PUT', `/api/people/${mehdi.id}/availability`, { as: m, body: { available: false, capacity: 20 } })).statusCode, 200);
  const ids = [];
  for (let i = 0; i < 3; i++) {
    ids.push((await t.call('POST', '/api/conversations', { as: coordinator, body: item('X @MaisonLumiere', `rr-${i}`, `Colis ${i} jamais livré, remboursez-moi !`) })).json().id);
  }
  for (const id of ids) assert.equal((await t.call('GET', `/api/conversations/${id}`, { as: sav })).json().assignee.name, 'Sophie Laurent');

  const deps = (await t.call('GET', '/api/departments', { as: coordinator })).json();
  const cs = deps.find((d: any) => d.kind === 'customer_service' && d.entity.name === 'Maison Lumière France');
  const r = await t.call('PATCH', `/api/departments/${cs.id}`, { as: coordinator, body: { slaFirstResponseMinutes: 30, autoAssign: false } });
  assert.equal(r.json().slaFirstResponseMinutes, 30);
  const entities = (await t.call('GET', '/api/entities', { as: coordinator })).json();
  const fr = entities.find((e: any) => e.name === 'Maison Lumière France');
  const hours = { timezone: 'Europe/Paris', days: { mon: [['00:00', '24:00']], tue: [['00:00', '24:00']], wed: [['00:00', '24:00']], thu: [['00:00', '24:00']], fri: [['00:00', '24:00']], sat: [['00:00', '24:00']], sun: [['00:00', '24:00']] } };
  assert.equal((await t.call('PATCH', `/api/entities/${fr.id}`, { as: coordinator, body: { businessHours: { timezone: 'Europe/Paris', days: { mon: [['18:00', '09:00']] } } } })).statusCode, 400);
  assert.equal((await t.call('PATCH', `/api/entities/${fr.id}`, { as: coordinator, body: { businessHours: hours } })).statusCode, 200);
  const id = (await t.call('POST', '/api/conversations', { as: coordinator, body: item('X @MaisonLumiere', 'sla-1', 'Mon colis est cassé, je veux un remboursement') })).json().id;
  const c = (await t.call('GET', `/api/conversations/${id}`, { as: coordinator })).json();
  assert.equal(c.assignee, null, 'auto-assignment off');
  const minutes = (new Date(c.sla.firstResponseDue).getTime() - new Date(c.receivedAt).getTime()) / 60000;
  assert.ok(Math.abs(minutes - 30) < 1, `due 30 open minutes later on a 24/7 entity, got ${minutes}`);
});
