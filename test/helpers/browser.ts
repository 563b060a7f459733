// End-to-end setup shared by the browser tests: a real server (PGlite in its own folder, or a
// fresh database on the test server) with its workers, Debian's Chromium driven by
// playwright-core, and a local HTTP receiver standing for the networks a channel sends to.
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../src/server.ts';
import { loadConfig } from '../../src/config.ts';
import { freshServerDatabase } from './template.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = '/usr/bin/chromium';
// Without these flags Chromium waits on network calls a machine without internet refuses.
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const PASSWORD = 'demo-password-1';

export interface E2e {
  server: Awaited<ReturnType<typeof startServer>>;
  base: string;
  browser: BrowserContext;
  page: Page;
  /** Every alert(), confirm() or prompt() the page opened: markup from data that ran would show here. */
  dialogs: string[];
  close(): Promise<void>;
}

export interface E2eOptions {
  /** Per step: the first page load also waits for the server's first compile of each module. */
  stepTimeout?: number;
  viewport?: { width: number; height: number };
  timezoneId?: string;
  /** Loads the demo conversations too (RELAIS_DEMO=1 does both); the organisation is always loaded. */
  env?: Record<string, string>;
}

export async function startE2e(opts: E2eOptions = {}): Promise<E2e> {
  assert.ok(fs.existsSync(path.join(ROOT, 'web/dist/index.html')), 'web/dist/index.html is missing: build the web app first (npm run build:web)');
  assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium package`);
  const dirs = [fs.mkdtempSync(path.join(os.tmpdir(), 'relais-e2e-')), fs.mkdtempSync(path.join(os.tmpdir(), 'relais-e2e-profile-'))];
  const [dataDir, profileDir] = dirs;
  const database = process.env.TEST_DATABASE_URL ? await freshServerDatabase() : undefined;
  const server = await startServer(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      RELAIS_DATA_DIR: dataDir,
      RELAIS_DEMO_PASSWORD: PASSWORD,
      LOG_LEVEL: 'warn',
      ...opts.env,
      ...(database ? { DATABASE_URL: database.url } : {}),
    }),
    () => {},
  );
  const browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    locale: 'fr-FR',
    timezoneId: opts.timezoneId,
    viewport: opts.viewport ?? { width: 1280, height: 900 },
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(opts.stepTimeout ?? 30_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return {
    server,
    base: `http://127.0.0.1:${server.port}`,
    browser,
    page,
    dialogs,
    async close() {
      await browser.close().catch(() => {});
      await server.close();
      await database?.drop();
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Received {
  at: number;
  headers: http.IncomingHttpHeaders;
  /** The body as sent, for checking its signature. */
  text: string;
  /** The body parsed, or undefined when it is not JSON. */
  body: any;
}

/** The customer's system: records what Relais sends to a channel's outbound webhook. */
export async function startReceiver(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: any;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      received.push({ at: Date.now(), headers: req.headers, text, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Steps of one journey as subtests: a step after a failed one is skipped (it would only fail for
 * the same reason), and a failed step leaves a screenshot of the page behind.
 */
export function stepper(t: TestContext, page: () => Page) {
  let failed = false;
  return (name: string, fn: () => Promise<void>) =>
    t.test(name, { skip: failed && 'an earlier step failed' }, async () => {
      try {
        await fn();
      } catch (err) {
        failed = true;
        const shot = path.join(os.tmpdir(), `relais-e2e-${name.replace(/\W+/g, '-')}.png`);
        await page().screenshot({ path: shot, fullPage: true }).catch(() => {});
        t.diagnostic(`screenshot of the failed step: ${shot}`);
        throw err;
      }
    });
}
