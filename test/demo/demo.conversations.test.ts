import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoConversations, mulberry32, type DemoItem } from '../../src/demo/demo.conversations.ts';
import { DEMO_ENTITIES } from '../../src/demo/demo.org.ts';

const DAY = 86_400_000;
// One date in winter time, one across a change to summer time in Europe and North America.
const NOWS = [new Date('2025-02-14T10:00:00Z'), new Date('2025-04-08T16:45:00Z')];
const CHANNELS = ['twitter-fr', 'facebook-fr', 'instagram', 'twitter-ca', 'careers', 'press-inbox'];
const INTENT_SHARE: Record<string, number> = {
  complaint: 0.3, question: 0.2, job: 0.08, idea: 0.08, press: 0.04, praise: 0.15, crisis: 0.03, spam: 0.05, other: 0.07,
};

const share = (items: DemoItem[], keep: (i: DemoItem) => boolean) => items.filter(keep).length / items.length;

function parisClock(iso: string): { weekday: string; hour: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', weekday: 'short', hour: 'numeric', hourCycle: 'h23' })
    .formatToParts(new Date(iso));
  return { weekday: parts.find((p) => p.type === 'weekday')!.value, hour: Number(parts.find((p) => p.type === 'hour')!.value) };
}

test('mulberry32 is a seeded generator in [0, 1)', () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const xs = Array.from({ length: 1000 }, () => a());
  assert.deepEqual(xs, Array.from({ length: 1000 }, () => b()));
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  assert.notDeepEqual(xs.slice(0, 5), Array.from({ length: 5 }, mulberry32(43)));
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  assert.ok(Math.abs(mean - 0.5) < 0.05, `mean ${mean}`);
});

test('a few hundred items with unique, stable ids on the demo channels', () => {
  for (const now of NOWS) {
    const items = demoConversations(now);
    assert.ok(items.length >= 300 && items.length <= 600, `count ${items.length}`);
    const ids = items.map((i) => i.externalId);
    assert.equal(new Set(ids).size, ids.length);
    for (const i of items) {
      assert.match(i.externalId, /^demo-\d{4}$/);
      assert.ok(CHANNELS.includes(i.channel), i.channel);
      assert.ok(i.text.trim().length > 0);
      assert.ok(i.author.handle && i.author.name);
      assert.ok(i.author.followers === undefined || (Number.isInteger(i.author.followers) && i.author.followers >= 0));
      if (i.url) assert.match(i.url, /^https:\/\/[a-z.]+\.example\//);
    }
    for (const c of CHANNELS) assert.ok(items.some((i) => i.channel === c), `no item on ${c}`);
  }
});

test('dates fall in the 30 days before now, oldest first', () => {
  for (const now of NOWS) {
    const items = demoConversations(now);
    for (const i of items) {
      const t = Date.parse(i.createdAt);
      assert.equal(new Date(t).toISOString(), i.createdAt);
      assert.ok(t > now.getTime() - 30 * DAY && t <= now.getTime(), `${i.externalId} at ${i.createdAt}`);
    }
    for (let k = 1; k < items.length; k++) assert.ok(items[k - 1].createdAt <= items[k].createdAt);
  }
});

test('replies point to an earlier first message of the same channel, and come after it', () => {
  for (const now of NOWS) {
    const items = demoConversations(now);
    const seen = new Map<string, DemoItem>();
    let replies = 0;
    let sameAuthor = 0;
    for (const i of items) {
      if (i.inReplyTo) {
        replies++;
        const parent = seen.get(i.inReplyTo);
        assert.ok(parent, `${i.externalId} replies to ${i.inReplyTo}, not earlier in the list`);
        assert.equal(parent.channel, i.channel);
        assert.equal(parent.inReplyTo, undefined, 'a reply points to the first message of its thread');
        assert.ok(Date.parse(i.createdAt) > Date.parse(parent.createdAt));
        if (parent.author.handle === i.author.handle) sameAuthor++;
      }
      seen.set(i.externalId, i);
    }
    assert.ok(replies >= 20, `replies ${replies}`);
    assert.ok(sameAuthor >= 15, `follow-ups by the same author ${sameAuthor}`);
  }
});

test('about two thirds French, one third English, with Canadian French', () => {
  const items = demoConversations(NOWS[0]);
  const fr = share(items, (i) => i.expected.lang === 'fr');
  assert.ok(fr >= 0.58 && fr <= 0.72, `French share ${fr}`);
  assert.ok(items.every((i) => i.expected.lang === 'fr' || i.expected.lang === 'en'));
  const canada = items.filter((i) => i.expected.entity === 'ca');
  assert.ok(canada.length >= 30, `Canada ${canada.length}`);
  assert.ok(canada.filter((i) => i.expected.lang === 'fr').length >= 5);
  assert.ok(canada.some((i) => /Montr[ée]al/.test(i.text)));
  assert.ok(canada.some((i) => /\$/.test(i.text)), 'prices in dollars');
});

test('every intent is present in realistic proportions', () => {
  const items = demoConversations(NOWS[0]);
  for (const i of items) assert.ok(i.expected.intent in INTENT_SHARE, i.expected.intent);
  for (const [intent, target] of Object.entries(INTENT_SHARE)) {
    const s = share(items, (i) => i.expected.intent === intent);
    assert.ok(Math.abs(s - target) <= Math.max(0.02, target * 0.3), `${intent}: ${s.toFixed(3)} for about ${target}`);
  }
});

test('labels fit the demo organisation and the channels', () => {
  const items = demoConversations(NOWS[0]);
  const departments = new Map(DEMO_ENTITIES.map((e) => [e.key, new Set<string>(e.departments)]));
  for (const i of items) {
    const d = i.expected.department;
    assert.ok(d === 'other' || departments.get(i.expected.entity)!.has(d), `${i.externalId}: ${i.expected.entity}/${d}`);
    if (i.expected.intent === 'spam') assert.equal(d, 'other');
    if (i.expected.intent === 'crisis' || i.expected.intent === 'press') assert.equal(d, 'communication');
  }
  assert.ok(share(items.filter((i) => i.channel === 'careers'), (i) => i.expected.department === 'hr') >= 0.8);
  assert.ok(share(items.filter((i) => i.channel === 'press-inbox'), (i) => i.expected.intent === 'press') >= 0.7);
  assert.ok(items.some((i) => i.expected.entity === 'services'));
  assert.ok(items.filter((i) => i.expected.department === 'legal').length >= 3);
});

test('more messages on weekdays and in the daytime', () => {
  for (const now of NOWS) {
    const items = demoConversations(now);
    let weekday = 0;
    let weekend = 0;
    let daytime = 0;
    for (const i of items) {
      const { weekday: d, hour } = parisClock(i.createdAt);
      if (d === 'Sat' || d === 'Sun') weekend++;
      else weekday++;
      if (hour >= 8 && hour < 23) daytime++;
    }
    // Per day: about 21 weekdays and 9 weekend days in 30 days.
    assert.ok(weekday / 21 > 1.4 * (weekend / 9), `weekday ${weekday}, weekend ${weekend}`);
    assert.ok(daytime / items.length > 0.75, `daytime ${daytime}/${items.length}`);
  }
});

test('authors: recurring customers, a long tail of followers and two big accounts', () => {
  const items = demoConversations(NOWS[0]);
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i.author.handle, (counts.get(i.author.handle) ?? 0) + 1);
  assert.ok([...counts.values()].filter((n) => n >= 3).length >= 3);
  assert.ok(counts.size > items.length * 0.5, `distinct authors ${counts.size}`);
  const followers = items.map((i) => i.author.followers).filter((f): f is number => f !== undefined).sort((a, b) => a - b);
  const median = followers[Math.floor(followers.length / 2)];
  assert.ok(median > 50 && median < 2000, `median followers ${median}`);
  assert.ok(followers.some((f) => f >= 200_000), 'an influencer');
  assert.ok(followers.some((f) => f >= 40_000 && f < 100_000), 'a journalist');
});

test('some people paste markup, which stays plain text', () => {
  const texts = demoConversations(NOWS[0]).map((i) => i.text);
  assert.ok(texts.some((t) => t.includes('<script>')));
  assert.ok(texts.some((t) => t.includes('<b>')));
  assert.ok(texts.some((t) => /\n/.test(t)), 'long, multi-line messages');
  assert.ok(texts.some((t) => t.length <= 4), 'very short messages');
});

test('deterministic: the same now gives the same items; another now keeps ids, authors and texts', () => {
  assert.deepEqual(demoConversations(NOWS[0]), demoConversations(new Date(NOWS[0].getTime())));
  const byId = (items: DemoItem[]) => new Map(items.map((i) => [i.externalId, [i.text, i.author, i.channel, i.inReplyTo, i.expected]]));
  const a = demoConversations(NOWS[0]);
  const b = demoConversations(NOWS[1]);
  assert.deepEqual(byId(a), byId(b));
  assert.notDeepEqual(a.map((i) => i.createdAt), b.map((i) => i.createdAt));
});
