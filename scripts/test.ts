// Runs every test: builds the web app when its sources changed, prepares one migrated
// database template (PGlite, or a server database when TEST_DATABASE_URL is set) that each
// test file clones, then hands the files to node's test runner.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { prepareTemplate } from '../test/helpers/template.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newest(dir: string): number {
  let t = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

function findTests(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findTests(p, out);
    else if (e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const filter = process.argv.slice(2);
const files = findTests(path.join(root, 'test'))
  .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
  .sort();

const built = path.join(root, 'web', 'dist', 'index.html');
const needsWeb = files.some((f) => f.includes(`${path.sep}e2e${path.sep}`));
if (needsWeb && fs.existsSync(path.join(root, 'web', 'vite.config.ts'))) {
  const stale = !fs.existsSync(built) || Math.max(newest(path.join(root, 'web', 'src')), newest(path.join(root, 'src'))) > fs.statSync(built).mtimeMs;
  if (stale) {
    const r = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-test-'));
const started = Date.now();
const env = { ...process.env, ...(await prepareTemplate(workDir)) };
console.log(`# database template ready (${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'}) in ${Date.now() - started} ms`);

const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
  { cwd: root, stdio: 'inherit', env },
);
fs.rmSync(workDir, { recursive: true, force: true });
process.exit(r.status ?? 1);
