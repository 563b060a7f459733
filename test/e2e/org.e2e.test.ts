// The coordinator's first job, in a real browser against a real server: see which departments
// have no social adviser, add a department, give it one, and find both changes in the audit log.
// Data from people is shown as text, never as markup: the new department carries HTML in its name.
import { after, before, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { PASSWORD, startE2e, stepper, type E2e } from '../helpers/browser.ts';


const MARKUP = '<img src=x onerror="window.__injected=1">';
const DEPT_FR = `Juridique Canada ${MARKUP}`;
const DEPT_EN = 'Legal Canada <b>bold</b>';
const ADVISER = 'Mehdi Saïdi';



let e2e: E2e;
let page: Page;
let base: string;
let dialogs: string[];

before(async () => {
  e2e = await startE2e({});
  ({ page, base, dialogs } = e2e);
});

after(async () => {
  await e2e?.close();
});

/** Markup in the data must stay text: no element made from it, no script run. */
async function assertNoInjection() {
  assert.equal(await page.locator('img').count(), 0, 'an <img> was created from data');
  assert.equal(await page.evaluate(() => (window as any).__injected), undefined, 'markup from data ran');
  assert.deepEqual(dialogs, []);
}

async function flaggedCount(): Promise<number> {
  const text = await page.getByTestId('chart-health').innerText();
  const m = /(\d+)/.exec(text);
  return m ? Number(m[1]) : 0;
}

function card(name: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
}

test('a coordinator gives a new department a social adviser, and the audit log shows it', { timeout: 240_000 }, async (t: TestContext) => {
  const step = stepper(t, () => page);
  let initiallyFlagged = 0;

  await step('the web app is served to a visitor who is not signed in yet', async () => {
    const html = await fetch(base + '/').then(async (r) => ({ status: r.status, body: await r.text() }));
    assert.equal(html.status, 200, 'GET / must answer the web app');
    for (const [, asset] of html.body.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) {
      assert.equal((await fetch(base + asset)).status, 200, `GET ${asset} must answer before sign-in`);
    }
    assert.equal((await fetch(base + '/people/someone')).status, 200, 'page addresses fall back to the web app');
  });

  await step('a wrong password is refused with a message', async () => {
    await page.goto(base + '/');
    await page.getByLabel('Adresse e-mail').fill('coordinator@relais.example');
    await page.getByLabel('Mot de passe').fill('not-the-password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();
  });

  await step('the coordinator signs in and sees the flagged departments', async () => {
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Groupe Maison Lumière' }).waitFor();
    initiallyFlagged = await flaggedCount();
    assert.ok(initiallyFlagged > 0, 'the demo organisation has departments without a social adviser');
    const flaggedCards = page.getByRole('listitem').filter({ hasText: 'Aucun relais social' });
    assert.equal(await flaggedCards.count(), initiallyFlagged);
  });

  await step('the coordinator adds a department to an entity', async () => {
    await page.getByRole('button', { name: 'Ajouter une direction / un service à Maison Lumière Canada' }).click();
    await page.getByLabel('Type', { exact: true }).selectOption('legal');
    await page.getByLabel('Nom en français').fill(DEPT_FR);
    await page.getByLabel('Nom en anglais').fill(DEPT_EN);
    await page.getByRole('button', { name: 'Ajouter une direction / un service', exact: true }).click();
    await card(DEPT_FR).waitFor();
    await card(DEPT_FR).getByText('Aucun relais social').waitFor();
    await page.getByTestId('chart-health').getByText(`${initiallyFlagged + 1} directions / services sans relais social`).waitFor();
    await assertNoInjection();
  });

  await step('the coordinator gives it a social adviser', async () => {
    await page.getByRole('link', { name: DEPT_FR, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: DEPT_FR }).waitFor();
    await page.getByText(DEPT_EN).waitFor();
    await page.getByLabel('Rechercher une personne').fill('Mehdi');
    await page.getByRole('radio', { name: new RegExp(ADVISER) }).check();
    assert.equal(await page.getByLabel('Rôle').inputValue(), 'social_adviser');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: ADVISER });
    await row.getByRole('cell', { name: 'Relais social', exact: true }).waitFor();
    await assertNoInjection();
  });

  await step('the chart no longer flags it', async () => {
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Organigramme' }).click();
    await card(DEPT_FR).getByRole('link', { name: ADVISER }).waitFor();
    assert.equal(await card(DEPT_FR).getByText('Aucun relais social').count(), 0);
    await page.getByTestId('chart-health').getByText(`${initiallyFlagged} directions / services sans relais social`).waitFor();
  });

  await step('the audit log shows the department created', async () => {
    await page.getByRole('link', { name: 'Journal d’audit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journal d’audit' }).waitFor();
    await page.getByLabel('Action', { exact: true }).selectOption('department.create');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL(/action=department\.create/);
    const entry = page.getByRole('listitem').filter({ hasText: 'department.create' }).first();
    await entry.getByRole('link', { name: DEPT_FR }).waitFor();
    await entry.getByText('coordinator@relais.example').waitFor();
    // The names as recorded, in the JSON of the "after" state.
    await entry.locator('pre').getByText(DEPT_EN, { exact: false }).waitFor();
    await assertNoInjection();
  });

  await step('the audit log shows the role granted, naming the person and the department', async () => {
    await page.getByLabel('Action', { exact: true }).selectOption('role.grant');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL(/action=role\.grant/);
    const entry = page.getByRole('listitem').filter({ hasText: 'role.grant' }).first();
    await entry.getByRole('link', { name: ADVISER }).waitFor();
    await entry.getByText(`Relais social — ${DEPT_FR} — Maison Lumière Canada`).waitFor();
    await assertNoInjection();
  });

  await step('the language switches to English and stays so', async () => {
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Organisation chart' }).click();
    await card(DEPT_EN).getByRole('link', { name: ADVISER }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await assertNoInjection();
  });
});
