// The `relais` command as a new user runs it: real processes, a real data folder.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { freshServerDatabase } from '../helpers/template.ts';

const bin = path.resolve('bin/relais.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-cli-'));
const children: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];
after(async () => {
  for (const c of children) c.kill('SIGKILL');
  for (const f of cleanups) await f();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function databaseEnv(): Promise<Record<string, string>> {
  if (!process.env.TEST_DATABASE_URL) return { RELAIS_DATA_DIR: dir };
  const { url, drop } = await freshServerDatabase();
  cleanups.push(drop);
  return { DATABASE_URL: url };
}

function run(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
}

function startServer(env: Record<string, string>): Promise<{ port: number; child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [bin, 'start'], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env } });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /Relais ready on http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve({ port: Number(m[1]), child, output: () => out });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

test('a wrong or unreachable database gives one clear line and a non-zero exit', () => {
  const wrong = run(['migrate'], { DATABASE_URL: 'mysql://localhost/x' });
  assert.equal(wrong.status, 1);
  assert.match(wrong.stderr, /^relais: DATABASE_URL must start with postgres:\/\//);
  assert.equal(wrong.stderr.trim().split('\n').length, 1);
  const unreachable = run(['migrate'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
  assert.equal(unreachable.status, 1);
  assert.match(unreachable.stderr, /^relais: cannot reach the database at postgres:\/\/postgres@127\.0\.0\.1:1\/none/);
});

test('first start: bootstrap admin, sign in, second process on the same folder refused, tokens from the CLI', async () => {
  const env = { ...(await databaseEnv()), RELAIS_DEMO: '0', RELAIS_BOOTSTRAP_ADMIN: 'it@relais.example:first-admin-pass' };
  const server = await startServer(env);
  assert.match(server.output(), /first admin created: it@relais\.example/);
  const base = `http://127.0.0.1:${server.port}`;
  const health = await (await fetch(`${base}/api/health`)).json();
  assert.equal(health.status, 'ok');
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'it@relais.example', password: 'first-admin-pass' }),
  });
  assert.equal(login.status, 200);

  if (!process.env.TEST_DATABASE_URL) {
    const second = run(['migrate'], env);
    assert.equal(second.status, 1);
    assert.match(second.stderr, /in use by another Relais process/);
  }
  server.child.kill('SIGTERM');
  await new Promise((r) => server.child.once('exit', r));

  const created = run(['token', 'create', '--user', 'it@relais.example', '--name', 'ci'], env);
  assert.equal(created.status, 0, created.stderr);
  const token = created.stdout.trim().split('\n').pop()!;
  assert.match(token, /^rls_[\w-]{20,}$/);
  const user = run(['create-user', '--email', 'ana@relais.example', '--name', 'Ana', '--password', 'ana-password-1', '--role', 'coordinator'], env);
  assert.equal(user.status, 0, user.stderr);

  const again = await startServer(env);
  const me = await (await fetch(`http://127.0.0.1:${again.port}/api/me`, { headers: { authorization: `Bearer ${token}` } })).json();
  assert.equal(me.email, 'it@relais.example');
  assert.deepEqual(me.roles.map((r: any) => r.role), ['admin']);
  assert.doesNotMatch(again.output(), /first admin created/, 'the bootstrap admin is made once');
});

test('npx relais --help lists the commands', () => {
  const r = run(['--help'], {});
  assert.equal(r.status, 0);
  for (const c of ['start', 'migrate', 'create-user', 'token']) assert.match(r.stdout, new RegExp(`\\b${c}\\b`));
});
