// Live updates: the event stream tells an inbox what changed, and only what its reader may see.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testApp, type TestApp, type Session } from '../helpers/app.ts';

let t: TestApp;
let base: string;
before(async () => {
  t = await testApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as any).port}`;
});
after(() => t.close());

/** Collects the events of one stream until `stop` is called. */
async function listen(s: Session) {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/events`, { headers: { cookie: `relais_session=${s.cookie}` }, signal: controller.signal });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type')!, /text\/event-stream/);
  const events: { event: string; data: any }[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let i;
        while ((i = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          const event = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
      }
    } catch {
      /* aborted */
    }
  })();
  return {
    events,
    async waitFor(pred: (e: { event: string; data: any }) => boolean, ms = 5000) {
      const end = Date.now() + ms;
      while (Date.now() < end) {
        if (events.some(pred)) return true;
        await new Promise((r) => setTimeout(r, 20));
      }
      return false;
    },
    async stop() {
      controller.abort();
      await pump;
    },
  };
}

test('a new HR conversation reaches the HR stream, not marketing’s', async () => {
  const coordinator = await t.login('coordinator@relais.example');
  const hr = await listen(await t.login('rh@relais.example'));
  const marketing = await listen(await t.login('marketing@relais.example'));
  try {
    const r = await t.call('POST', '/api/conversations', {
      as: coordinator,
      body: { channel: 'Carrières / Careers', externalId: 'sse-1', author: { handle: '@cand' }, text: 'Bonjour, vous recrutez des stagiaires en RH ?', createdAt: new Date().toISOString() },
    });
    const id = r.json().id;
    assert.ok(await hr.waitFor((e) => e.event === 'conversation.created' && e.data.conversationId === id), 'HR hears of it');
    // The marketing stream was open the whole time; by now it would have been delivered too.
    assert.ok(!marketing.events.some((e) => e.data.conversationId === id), 'marketing does not');
  } finally {
    await hr.stop();
    await marketing.stop();
  }
});

test('the stream needs a signed-in reader', async () => {
  const res = await fetch(`${base}/api/events`);
  assert.equal(res.status, 401);
});
