// A complaint's journey through Relais, in a real browser against a real server: it arrives
// through the API while the after-sales inbox is open and shows up there live, is taken and handed
// off to PR with a reason from the keyboard, and PR answers; the answer reaches the channel's
// receiver signed with the channel's secret. Then PR imports a file into its channel.
// Text from the network is shown as text: the complaint carries HTML that must stay visible.
import { after, before, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { PASSWORD, startE2e, stepper, startReceiver, type E2e } from '../helpers/browser.ts';
import { SIGNATURE_HEADER, verifySignature } from '../../src/channels/webhook.ts';

/** The worker sends queued replies every second; a slow machine gets plenty of room. */
const DELIVERY_TIMEOUT = 20_000;

const CHANNEL = 'X @MaisonLumiere';
const COMPLAINT = 'Commande livrée cassée et personne ne répond au SAV, je veux un remboursement <b>urgent</b>';
const REASON = 'Le client menace d’en parler aux journalistes';
const REPLY = 'Bonjour Julien, nous sommes désolés : notre équipe vous contacte aujourd’hui pour le remboursement.';
// A file as an export from another tool: line 3 has a date nobody can read.
const IMPORT_FILE = 'presse.csv';
const IMPORT_CSV = [
  'externalId,authorHandle,authorName,text,createdAt',
  'e2e-import-1,@claire_m,Claire Martin,"Bonjour, je suis journaliste : pouvez-vous me mettre en relation avec le service presse ?",2026-11-20T09:00:00Z',
  'e2e-import-2,@tom_r,,Bravo pour la nouvelle collection !,hier',
  'e2e-import-3,@ana_p,Ana,Une question sur l’interview prévue la semaine prochaine,2026-11-20 10:30:00',
].join('\n');
const SAV = 'Service client / SAV — Maison Lumière France';
const PR = 'Communication / Relations presse — Maison Lumière France';


let e2e: E2e;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let receiverUrl: string;
let received: Awaited<ReturnType<typeof startReceiver>>['received'];
let page: Page;
let base: string;
let dialogs: string[];

before(async () => {
  receiver = await startReceiver();
  ({ url: receiverUrl, received } = receiver);
  e2e = await startE2e({ env: { RELAIS_DEMO: '1' }, viewport: { width: 1400, height: 950 } });
  ({ page, base, dialogs } = e2e);
});

after(async () => {
  await e2e?.close();
  await receiver?.close();
});

/** The API as the coordinator, with the session cookie and the CSRF token, as the web app sends them. */
async function coordinatorApi() {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'coordinator@relais.example', password: PASSWORD }),
  });
  assert.equal(login.status, 200, 'the coordinator signs in');
  const cookie = /relais_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
  assert.ok(cookie, 'the sign-in sets the session cookie');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: string, url: string, body?: unknown) => {
    const res = await fetch(base + url, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  };
}

/** Markup in the data must stay text: no element made from it, no script run. */
async function assertNoInjection() {
  assert.equal(await page.locator('b', { hasText: 'urgent' }).count(), 0, 'a <b> element was made from the complaint');
  assert.deepEqual(dialogs, []);
}

async function signIn(email: string) {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
}

async function openDepartmentInbox(department: string) {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Conversations' }).click();
  await page.getByRole('heading', { level: 1, name: 'Toutes les conversations' }).waitFor();
  await page.getByLabel('Direction / service', { exact: true }).selectOption({ label: department });
  await page.getByRole('heading', { level: 1, name: department }).waitFor();
}

const complaintLink = () => page.getByRole('link', { name: /Commande livrée cassée/ });
const complaintRow = () => page.getByRole('listitem').filter({ has: complaintLink() });
const pane = () => page.getByRole('region', { name: 'Conversation ouverte' });

test('a complaint is handed off from after-sales to PR, who answers through the channel', { timeout: 300_000 }, async (t: TestContext) => {
  const step = stepper(t, () => page);
  let secret = '';
  let call: Awaited<ReturnType<typeof coordinatorApi>>;

  await step('the coordinator points the channel at the receiver and reads its secret', async () => {
    call = await coordinatorApi();
    const channels = await call('GET', '/api/channels');
    const channel = (channels.json as { id: string; name: string }[]).find((c) => c.name === CHANNEL);
    assert.ok(channel, `the demo has the channel ${CHANNEL}`);
    const patched = await call('PATCH', `/api/channels/${channel.id}`, { config: { ownHandle: 'MaisonLumiere', outboundUrl: receiverUrl } });
    assert.equal(patched.status, 200, JSON.stringify(patched.json));
    assert.equal(patched.json.capabilities.reply, true, 'with an outbound URL the channel can send replies');
    const read = await call('GET', `/api/channels/${channel.id}`);
    secret = read.json.config.secret;
    assert.ok(typeof secret === 'string' && secret.length >= 16, 'the coordinator sees the channel secret');
  });

  await step('the after-sales adviser has the SAV inbox open', async () => {
    await page.goto(base + '/inbox');
    await signIn('sav@relais.example');
    await openDepartmentInbox(SAV);
    await page.getByRole('list', { name: `Conversations — ${SAV}` }).getByRole('listitem').first().waitFor();
    assert.equal(await complaintLink().count(), 0, 'the complaint has not arrived yet');
  });

  await step('the complaint arrives through the API and shows up live in the SAV inbox, markup as text', async () => {
    const pushed = await call('POST', '/api/conversations', {
      channel: CHANNEL,
      externalId: 'e2e-1',
      author: { handle: '@julien_b' },
      text: COMPLAINT,
      createdAt: new Date().toISOString(),
    });
    assert.equal(pushed.status, 201, JSON.stringify(pushed.json));
    const routed = await call('GET', `/api/conversations/${pushed.json.id}`);
    assert.equal(routed.json.enrichment.intent, 'complaint', 'the message is read as a complaint');
    assert.equal(routed.json.department?.kind, 'customer_service', 'a complaint goes to after-sales');
    // No reload: the event stream brings it, behind the "new" pill so the list does not jump.
    await page.getByRole('button', { name: /^\d+ nouvelles? conversations?$/ }).click();
    await complaintLink().getByText(COMPLAINT).waitFor();
    await assertNoInjection();
  });

  await step('the adviser opens it and hands it off to PR with a reason', async () => {
    await complaintLink().click();
    await pane().getByRole('heading', { name: 'Conversation avec @julien_b' }).waitFor();
    await pane().getByText(COMPLAINT).first().waitFor();
    // The keyboard does the common moves: a to take it, h to open the hand-off.
    await page.keyboard.press('a');
    await page.getByRole('status').filter({ hasText: 'Conversation attribuée à Sophie Laurent.' }).waitFor();
    await complaintRow().getByText('Sophie Laurent').waitFor();
    await page.keyboard.press('h');
    await pane().getByLabel('Vers la direction / le service').waitFor();
    await pane().getByLabel('Vers la direction / le service').selectOption({ label: PR });
    await pane().getByLabel('Motif du transfert').fill(REASON);
    await pane().getByRole('button', { name: 'Transférer la conversation' }).click();
    await page.getByRole('status').filter({ hasText: `Conversation transférée à ${PR}.` }).waitFor();
    await complaintLink().waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: SAV }).waitFor();
    await page.getByRole('list', { name: `Conversations — ${SAV}` }).waitFor();
    assert.equal(await complaintLink().count(), 0, 'the conversation left the SAV inbox');
    await assertNoInjection();
  });

  await step('the PR adviser finds it in the PR inbox with the hand-off and its reason', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await signIn('presse@relais.example');
    await openDepartmentInbox(PR);
    await complaintLink().click();
    await pane().getByRole('heading', { name: 'Conversation avec @julien_b' }).waitFor();
    const handoff = pane().getByRole('listitem').filter({ hasText: `Transférée de ${SAV} à ${PR} par Sophie Laurent` });
    await handoff.getByText(`Motif : ${REASON}`).waitFor();
    await assertNoInjection();
  });

  await step('the PR adviser replies; the receiver gets it signed and the reply shows as sent', async () => {
    await pane().getByLabel('Votre réponse (publique)').fill(REPLY);
    await pane().getByRole('button', { name: 'Envoyer la réponse' }).click();
    const entry = pane().getByRole('listitem').filter({ hasText: REPLY });
    await entry.waitFor();

    const deadline = Date.now() + DELIVERY_TIMEOUT;
    let delivery: (typeof received)[number] | undefined;
    while (!delivery && Date.now() < deadline) {
      delivery = received.find((r) => r.text.includes('e2e-1'));
      if (!delivery) await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(delivery, `the receiver got no reply within ${DELIVERY_TIMEOUT / 1000} s`);
    const body = JSON.parse(delivery.text);
    assert.equal(body.reply.text, REPLY);
    assert.equal(body.conversation.externalId, 'e2e-1');
    const header = delivery.headers[SIGNATURE_HEADER];
    assert.match(String(header), /^t=\d+,v1=[0-9a-f]{64}$/);
    assert.deepEqual(verifySignature(secret, delivery.text, String(header)), { valid: true, timestamp: Number(/t=(\d+)/.exec(String(header))![1]) });

    await entry.getByText('Envoyée', { exact: true }).waitFor();
    await assertNoInjection();
  });

  await step('the PR adviser imports a file into the press channel: counts, the refused line, then only duplicates', async () => {
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Canaux' }).click();
    await page.getByRole('heading', { level: 1, name: 'Canaux' }).waitFor();
    await page.getByRole('link', { name: 'Presse / Press', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Presse / Press' }).waitFor();
    const result = page.getByRole('region', { name: `Résultat de l’import de ${IMPORT_FILE}` });
    const upload = async () => {
      await page.getByLabel('Fichier CSV ou JSONL').setInputFiles({ name: IMPORT_FILE, mimeType: 'text/csv', buffer: Buffer.from(IMPORT_CSV) });
      await page.getByRole('button', { name: 'Importer le fichier' }).click();
    };

    await upload();
    await result.getByText('2 conversations acceptées', { exact: true }).waitFor();
    await result.getByText('0 doublon', { exact: true }).waitFor();
    await result.getByText('1 ligne refusée', { exact: true }).waitFor();
    const refused = result.getByRole('row').filter({ has: page.getByRole('cell', { name: '3', exact: true }) });
    await refused.getByText(/invalid createdAt "hier"/).waitFor();
    assert.equal(await result.getByRole('row').count(), 2, 'a header row and one refused line');

    // The same file again stores nothing twice.
    await upload();
    await result.getByText('2 doublons', { exact: true }).waitFor();
    await result.getByText('0 conversation acceptée', { exact: true }).waitFor();
    await assertNoInjection();
  });
});
