// Governance in a real browser against a real server (with its own workers): an adviser's reply
// is checked as it is typed and the phone number it gives away is highlighted until removed; an
// HR post waits for the HR adviser's approval and then publishes at its time; a crisis freeze
// declared in the interface holds a scheduled post past its time, and lifting it releases it.
// What leaves goes to a local receiver standing for the networks.
import { after, before, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { PASSWORD, startE2e, stepper, startReceiver, type E2e } from '../helpers/browser.ts';


const REPLY_CHANNEL = 'X @MaisonLumiere';
const HR_CHANNEL = 'Carrières / Careers';
const MARKETING_CHANNEL = 'Instagram @maisonlumiere';
const PHONE = '06 12 34 56 78';
const LEAKY = `Bonjour Julie, appelez-nous au ${PHONE} et nous réglons cela aujourd’hui.`;
const FIXED = 'Bonjour Julie, écrivez-nous en message privé et nous réglons cela aujourd’hui.';
const HR_TITLE = 'Forum de l’emploi à Lyon <i>jeudi</i>';
const HR_TEXT = 'Nous recrutons des conseillers et conseillères de vente : venez nous rencontrer au forum de l’emploi de Lyon jeudi !';
const MKT_TITLE = 'Nouvelle collection de luminaires';
const FREEZE_REASON = 'Rappel produit : lampes de chevet défectueuses';
/** When the HR post goes out, counted from the moment its form is filled: room for the approval first. */
const HR_DELAY_MS = 16_000;
/** When the marketing post is due, counted from its submission: room to declare the freeze first. */
const MKT_DELAY_MS = 10_000;


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
  e2e = await startE2e({ env: { RELAIS_DEMO: '1' }, viewport: { width: 1400, height: 950 }, timezoneId: 'Europe/Paris', stepTimeout: 20_000 });
  ({ page, base, dialogs } = e2e);
});

after(async () => {
  await e2e?.close();
  await receiver?.close();
});

type Call = (method: string, url: string, body?: unknown) => Promise<{ status: number; json: any }>;

/** The API as a person, with the session cookie and the CSRF token, as the web app sends them. */
async function apiAs(email: string): Promise<Call> {
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  assert.equal(login.status, 200, `${email} signs in`);
  const cookie = /relais_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method, url, body) => {
    const res = await fetch(base + url, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  };
}

async function signIn(email: string) {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
}

async function signOut() {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByRole('button', { name: 'Se connecter' }).waitFor();
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** "2026-12-01T09:00:05" in Paris: what a person there types in the date-time field. */
function parisLocal(at: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

async function assertNoInjection() {
  assert.equal(await page.locator('i', { hasText: 'jeudi' }).count(), 0, 'an <i> element was made from a post title');
  assert.deepEqual(dialogs, []);
}

const banner = () => page.getByRole('region', { name: 'Gel de crise en cours' });

test('guidelines, approvals and a crisis freeze, from the composer to the channel', { timeout: 240_000 }, async (t: TestContext) => {
  const step = stepper(t, () => page);
  let coordinator: Call;
  let conversationId = 0;
  const channels = new Map<string, any>();
  const departments = new Map<string, any>();
  let hrPost: { id: number; at: number } | undefined;
  let mktPost: { id: number; at: number } | undefined;

  await step('the coordinator makes phone numbers blocking and points the channels at the receiver', async () => {
    coordinator = await apiAs('coordinator@relais.example');
    const rules = (await coordinator('GET', '/api/guidelines')).json;
    const personal = rules.find((r: any) => r.kind === 'personal_data' && r.params.detect.includes('phone'));
    assert.equal(personal.severity, 'warn', 'the starter charter only warns about phone numbers');
    const patched = await coordinator('PATCH', `/api/guidelines/${personal.id}`, { severity: 'block' });
    assert.equal(patched.status, 200, JSON.stringify(patched.json));
    assert.equal(patched.json.version, 2);
    for (const c of (await coordinator('GET', '/api/channels')).json) channels.set(c.name, c);
    for (const name of [REPLY_CHANNEL, HR_CHANNEL, MARKETING_CHANNEL]) {
      const c = channels.get(name);
      const r = await coordinator('PATCH', `/api/channels/${c.id}`, { config: { ownHandle: c.config.ownHandle, outboundUrl: receiverUrl } });
      assert.equal(r.status, 200, JSON.stringify(r.json));
      assert.equal(r.json.capabilities.publish, true);
    }
    for (const d of (await coordinator('GET', '/api/departments')).json) departments.set(`${d.entity.name}/${d.kind}`, d);
    const pushed = await coordinator('POST', '/api/conversations', {
      channel: REPLY_CHANNEL,
      externalId: 'gov-e2e-1',
      author: { handle: '@julie_m' },
      text: 'Ma commande est arrivée abîmée, comment obtenir un échange ?',
      createdAt: new Date().toISOString(),
    });
    assert.equal(pushed.status, 201, JSON.stringify(pushed.json));
    conversationId = pushed.json.id;
    const routed = (await coordinator('GET', `/api/conversations/${conversationId}`)).json;
    assert.equal(routed.department?.kind, 'customer_service');
  });

  await step('the adviser types a phone number into a reply and sees it highlighted as blocking', async () => {
    await page.goto(`${base}/conversations/${conversationId}`);
    await signIn('sav@relais.example');
    await page.getByRole('heading', { level: 1, name: 'Conversation avec @julie_m' }).waitFor();
    await page.getByLabel('Votre réponse (publique)').fill(LEAKY);
    const mark = page.locator('.draft-mirror mark', { hasText: PHONE });
    await mark.waitFor();
    assert.match((await mark.getAttribute('class')) ?? '', /sev-block/);
    // The verdict is what a screen reader hears as the check changes.
    await page.getByRole('status').filter({ hasText: 'Bloqué : corrigez le texte avant l’envoi · 1 point relevé' }).waitFor();
    await page.getByText('Une adresse ou un numéro en public', { exact: false }).first().waitFor();
    // The server refuses it too, with the same finding shown against the text sent.
    await page.getByRole('button', { name: 'Envoyer la réponse' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'La charte bloque cette réponse' });
    await alert.locator('mark', { hasText: PHONE }).first().waitFor();
    assert.equal(received.length, 0, 'nothing left');
  });

  await step('the adviser removes the number, the check clears, and the reply reaches the channel', async () => {
    await page.getByLabel('Votre réponse (publique)').fill(FIXED);
    await page.getByRole('status').filter({ hasText: 'Conforme à la charte' }).waitFor();
    assert.equal(await page.locator('.draft-mirror mark').count(), 0, 'nothing is highlighted any more');
    await page.getByRole('button', { name: 'Envoyer la réponse' }).click();
    const reply = await until('the reply at the receiver', () => received.find((r) => r.body.reply?.text === FIXED));
    assert.equal(reply.body.conversation.externalId, 'gov-e2e-1');
    await page.getByRole('listitem').filter({ hasText: FIXED }).getByText('Envoyée', { exact: true }).waitFor();
  });

  await step('a change champion writes an HR post in the editor; it waits for the HR adviser', async () => {
    await signOut();
    await signIn('champion@relais.example');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Calendrier' }).click();
    await page.getByRole('link', { name: 'Nouvelle publication' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvelle publication' }).waitFor();
    const hr = departments.get('Maison Lumière France/hr');
    await page.getByLabel('Titre (interne)').fill(HR_TITLE);
    await page.getByLabel('Direction / service').selectOption(hr.id);
    await page.getByRole('checkbox', { name: HR_CHANNEL }).check();
    await page.getByLabel(`Texte pour ${HR_CHANNEL}`).fill(HR_TEXT);
    const at = new Date(Date.now() + HR_DELAY_MS);
    await page.getByLabel('Date et heure de publication').fill(parisLocal(at));
    await page.getByRole('button', { name: 'Soumettre' }).click();
    await page.getByRole('heading', { level: 1, name: HR_TITLE }).waitFor();
    await page.getByRole('status').getByText('En attente de validation', { exact: true }).waitFor();
    await page.getByText('Étape 1 sur 1, chez Karim Haddad').waitFor();
    const id = Number(/\/posts\/(\d+)/.exec(page.url())?.[1]);
    const post = (await coordinator('GET', `/api/posts/${id}`)).json;
    assert.equal(post.status, 'pending_approval');
    assert.equal(Math.abs(new Date(post.scheduledAt).getTime() - at.getTime()) < 1000, true, 'scheduled at the local time typed, read in Paris time');
    hrPost = { id, at: new Date(post.scheduledAt).getTime() };
    await assertNoInjection();
  });

  await step('the HR adviser approves it from the approvals page', async () => {
    await signOut();
    await signIn('rh@relais.example');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Validations' }).click();
    const waiting = page.getByRole('region', { name: /^À valider/ });
    const item = waiting.getByRole('listitem').filter({ hasText: 'Forum de l’emploi' });
    await item.getByRole('button', { name: /^Examiner/ }).click();
    await item.getByText(HR_TEXT, { exact: false }).first().waitFor();
    await item.getByRole('button', { name: 'Valider', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Message validé.' }).waitFor();
    const post = (await coordinator('GET', `/api/posts/${hrPost!.id}`)).json;
    assert.equal(post.status, 'scheduled', 'approved: it now waits for its time');
    assert.ok(Date.now() < hrPost!.at, 'approved before its time');
    assert.equal(received.filter((r) => r.body.type === 'post').length, 0, 'not published before its time');
    await assertNoInjection();
  });

  await step('the coordinator schedules a marketing post, then declares a freeze over marketing in the interface', async () => {
    const mkt = departments.get('Maison Lumière France/marketing');
    const at = new Date(Date.now() + MKT_DELAY_MS);
    const created = await coordinator('POST', '/api/posts', {
      departmentId: mkt.id,
      title: MKT_TITLE,
      scheduledAt: at.toISOString(),
      variants: [{ channelId: channels.get(MARKETING_CHANNEL).id, text: 'Découvrez notre nouvelle collection de luminaires en boutique.' }],
    });
    assert.equal(created.status, 201, JSON.stringify(created.json));
    const submitted = await coordinator('POST', `/api/posts/${created.json.id}/submit`);
    assert.equal(submitted.json.status, 'scheduled', JSON.stringify(submitted.json));
    mktPost = { id: created.json.id, at: at.getTime() };

    await signOut();
    await signIn('coordinator@relais.example');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Charte' }).click();
    await page.getByRole('link', { name: 'Gel de crise' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gel de crise' }).waitFor();
    await page.getByRole('button', { name: 'Déclarer un gel' }).click();
    await page.getByRole('radio', { name: 'Des directions / services' }).check();
    await page.getByRole('checkbox', { name: `${mkt.names.fr} — ${mkt.entity.name}` }).check();
    await page.getByLabel('Motif').fill(FREEZE_REASON);
    await page.getByRole('button', { name: 'Déclarer le gel' }).click();
    await banner().getByText(FREEZE_REASON).waitFor();
    assert.ok(Date.now() < mktPost.at, `the freeze must be in force before the post is due (${mktPost.at - Date.now()} ms left)`);
    // The banner shows on every page.
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Calendrier' }).click();
    await banner().getByText(FREEZE_REASON).waitFor();
  });

  await step('the approved HR post publishes at its time, the freeze over marketing does not touch it', async () => {
    const sent = await until('the HR post at the receiver', () => received.find((r) => r.body.post?.id === hrPost!.id), HR_DELAY_MS + 10_000);
    assert.equal(sent.body.post.text, HR_TEXT);
    assert.equal(sent.body.channel, HR_CHANNEL);
    assert.ok(sent.at >= hrPost!.at, 'not before its time');
    assert.ok(sent.at < hrPost!.at + 8_000, `at its time (${sent.at - hrPost!.at} ms late)`);
    await until('the HR post published', async () => (await coordinator('GET', `/api/posts/${hrPost!.id}`)).json.status === 'published');
  });

  await step('the frozen marketing post waits past its time and shows as paused', async () => {
    const wait = mktPost!.at + 2_500 - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    assert.equal(received.filter((r) => r.body.post?.id === mktPost!.id).length, 0, 'the freeze holds the post');
    assert.equal((await coordinator('GET', `/api/posts/${mktPost!.id}`)).json.status, 'scheduled');
    await page.goto(`${base}/posts/${mktPost!.id}`);
    await page.getByRole('heading', { level: 1, name: MKT_TITLE }).waitFor();
    await page.getByText('En pause : gel de crise').waitFor();
  });

  await step('lifting the freeze with a note releases the post, and the calendar shows both published', async () => {
    await banner().getByRole('link', { name: 'Gérer le gel' }).click();
    await page.getByRole('button', { name: /^Lever le gel : / }).click();
    await page.getByLabel('Note de levée').fill('Lots défectueux retirés, communiqué publié');
    await page.getByRole('button', { name: 'Lever le gel', exact: true }).click();
    await page.getByText('Aucun gel en cours.').waitFor();
    await banner().waitFor({ state: 'detached' });
    const sent = await until('the marketing post at the receiver', () => received.find((r) => r.body.post?.id === mktPost!.id));
    assert.ok(sent.at > mktPost!.at + 2_000, 'it left after the freeze, not at its time');
    await until('the marketing post published', async () => (await coordinator('GET', `/api/posts/${mktPost!.id}`)).json.status === 'published');
    const audit = (await coordinator('GET', '/api/audit?subjectType=freeze')).json.items.map((e: any) => e.action);
    assert.deepEqual(audit.slice(0, 2), ['freeze.lift', 'freeze.start']);

    await page.goto(`${base}/calendar?view=week`);
    for (const title of [HR_TITLE, MKT_TITLE]) {
      await page.getByRole('link', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).getByText('Publiée', { exact: true }).waitFor();
    }
    await assertNoInjection();
  });
});
