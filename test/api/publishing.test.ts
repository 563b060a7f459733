import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { testApp, type TestApp, type Session } from '../helpers/app.ts';
import { publishDuePosts } from '../../src/publishing/publishing.worker.ts';
import { conflictsFor, toInstant } from '../../src/publishing/publishing.domain.ts';

let t: TestApp;
let coordinator: Session;
let marketing: Session;
let server: http.Server;
const received: any[] = [];
let channel: any;
let department: any;

before(async () => {
  t = await testApp();
  coordinator = await t.login('coordinator@relais.example');
  marketing = await t.login('marketing@relais.example');
  server = http.createServer((req, res) => {
    let b = '';
    req.on('data', (c) => (b += c));
    req.on('end', () => {
      received.push(JSON.parse(b));
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  channel = (await t.call('GET', '/api/channels', { as: coordinator })).json().find((c: any) => c.name === 'Instagram @maisonlumiere');
  await t.call('PATCH', `/api/channels/${channel.id}`, {
    as: coordinator,
    body: { lang: ['fr'], config: { ownHandle: 'maisonlumiere', outboundUrl: `http://127.0.0.1:${(server.address() as any).port}/hook` } },
  });
  department = channel.department;
});
after(async () => {
  server.close();
  await t.close();
});

test('a local time is read in the entity’s zone, across daylight saving', () => {
  assert.equal(toInstant('2026-12-01T09:00', 'Europe/Paris').toISOString(), '2026-12-01T08:00:00.000Z');
  assert.equal(toInstant('2026-07-01T09:00', 'Europe/Paris').toISOString(), '2026-07-01T07:00:00.000Z');
  assert.equal(toInstant('2026-07-01T09:00', 'America/Toronto').toISOString(), '2026-07-01T13:00:00.000Z');
  assert.equal(toInstant('2026-07-01T09:00:00Z', 'America/Toronto').toISOString(), '2026-07-01T09:00:00.000Z');
});

test('conflicts: too close on one channel, inside a freeze, a language the channel does not use', () => {
  const ch = new Map([['c', { id: 'c', name: 'Insta', lang: ['fr'], departmentId: 'd' }]]);
  const at = new Date('2026-12-01T08:00:00Z');
  const found = conflictsFor({ id: 1, at, lang: 'en', channelIds: ['c'] }, [{ postId: 2, channelId: 'c', at: new Date('2026-12-01T08:30:00Z'), lang: 'fr' }], ch, {
    minGapMinutes: 60,
    frozen: () => true,
  });
  assert.deepEqual(found.map((c) => c.kind).sort(), ['frozen', 'language', 'too_close']);
  const none = conflictsFor({ id: 1, at, lang: 'fr', channelIds: ['c'] }, [{ postId: 2, channelId: 'c', at: new Date('2026-12-01T10:00:00Z'), lang: 'fr' }], ch, {
    minGapMinutes: 60,
    frozen: () => false,
  });
  assert.deepEqual(none, []);
});

test('a post is drafted, scheduled in local time, shown in the calendar, with conflicts', async () => {
  const draft = await t.call('POST', '/api/posts', {
    as: marketing,
    body: { departmentId: department.id, title: 'Collection Noël', scheduledAt: '2026-12-01T09:00', variants: [{ channelId: channel.id, text: 'Notre collection de Noël est arrivée ✨' }] },
  });
  assert.equal(draft.statusCode, 201, draft.body);
  assert.equal(draft.json().status, 'draft');
  assert.equal(new Date(draft.json().scheduledAt).toISOString(), '2026-12-01T08:00:00.000Z');
  const submitted = await t.call('POST', `/api/posts/${draft.json().id}/submit`, { as: marketing });
  assert.equal(submitted.json().status, 'scheduled', submitted.body);
  const other = (await t.call('POST', '/api/posts', {
    as: marketing,
    body: { departmentId: department.id, title: 'Soldes', scheduledAt: '2026-12-01T09:20', variants: [{ channelId: channel.id, text: 'Our winter sale starts today, come and see us' }] },
  })).json();
  const kinds = (await t.call('GET', `/api/posts/${other.id}`, { as: marketing })).json().conflicts.map((c: any) => c.kind).sort();
  assert.deepEqual(kinds, ['language', 'too_close']);
  const cal = (await t.call('GET', '/api/posts?from=2026-11-30T00:00:00Z&to=2026-12-03T00:00:00Z', { as: await t.login('rh@relais.example') })).json();
  assert.deepEqual(cal.map((p: any) => p.title), ['Collection Noël', 'Soldes']);
  assert.equal(cal[0].department.kind, 'marketing');
  assert.equal(cal[0].scheduledLocal, '2026-12-01T09:00');
});

test('a department’s posts are written by its own people', async () => {
  const rh = await t.login('rh@relais.example');
  const r = await t.call('POST', '/api/posts', { as: rh, body: { departmentId: department.id, title: 'x', variants: [] } });
  assert.equal(r.statusCode, 403);
  const auditor = await t.login('auditor@relais.example');
  assert.equal((await t.call('POST', '/api/posts', { as: auditor, body: { departmentId: department.id, title: 'x', variants: [] } })).statusCode, 403);
});

test('the worker publishes at the time, waits during a freeze, and marks the post published', async () => {
  const post = (await t.call('POST', '/api/posts', {
    as: marketing,
    body: { departmentId: department.id, title: 'Maintenant', scheduledAt: new Date(Date.now() + 3600_000).toISOString(), variants: [{ channelId: channel.id, text: 'Nouveau magasin à Lille 🎉' }] },
  })).json();
  await t.call('POST', `/api/posts/${post.id}/submit`, { as: marketing });
  assert.equal(await publishDuePosts(t.db), 0, 'not before its time');
  await t.db.query("UPDATE posts SET scheduled_at = now() - interval '1 minute' WHERE id = $1", [post.id]);
  assert.equal(await publishDuePosts(t.db, { frozenDepartments: async () => [department.id] }), 0, 'a freeze holds it');
  assert.equal(await publishDuePosts(t.db), 1);
  assert.equal(received.at(-1).post.text, 'Nouveau magasin à Lille 🎉');
  const after = (await t.call('GET', `/api/posts/${post.id}`, { as: marketing })).json();
  assert.equal(after.status, 'published');
  assert.equal(after.variants[0].status, 'sent');
});
