import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig, ConfigError } from '../../src/config.ts';

test('defaults: port 8080, embedded database in ./data, demo on', () => {
  const c = loadConfig({}, '/srv/relais');
  assert.equal(c.port, 8080);
  assert.equal(c.databaseUrl, undefined);
  assert.equal(c.dataDir, '/srv/relais/data');
  assert.equal(c.demo, true);
  assert.equal(c.secureCookies, false);
});

test('environment overrides are read and validated', () => {
  const c = loadConfig({ PORT: '9000', RELAIS_DATA_DIR: '/var/relais', RELAIS_DEMO: '0', RELAIS_PUBLIC_URL: 'https://relais.example' }, '/x');
  assert.equal(c.port, 9000);
  assert.equal(c.dataDir, '/var/relais');
  assert.equal(c.demo, false);
  assert.equal(c.secureCookies, true, 'https public URL makes cookies Secure');
});

test('bad values fail with a message naming the variable', () => {
  assert.throws(() => loadConfig({ PORT: 'eighty' }), (e: Error) => e instanceof ConfigError && /PORT/.test(e.message));
  assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL/);
  assert.throws(() => loadConfig({ DATABASE_URL: 'not a url' }), /DATABASE_URL/);
  assert.throws(() => loadConfig({ RELAIS_BOOTSTRAP_ADMIN: 'nopassword' }), /RELAIS_BOOTSTRAP_ADMIN/);
  assert.throws(() => loadConfig({ RELAIS_BOOTSTRAP_ADMIN: 'a@b.c:short' }), /10 characters/);
  assert.throws(() => loadConfig({ RELAIS_DEMO: 'maybe' }), /RELAIS_DEMO/);
});

test('bootstrap admin is parsed as email:password, password may contain colons', () => {
  const c = loadConfig({ RELAIS_BOOTSTRAP_ADMIN: 'Admin@Example.org:pa:ss:word-long' });
  assert.deepEqual(c.bootstrapAdmin, { email: 'admin@example.org', password: 'pa:ss:word-long' });
});
