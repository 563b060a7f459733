// Sessions, API tokens and the loading of a principal. Secrets are stored as SHA-256 hashes:
// they are 256-bit random values, so a fast hash is enough and a leaked table gives nothing.
import crypto from 'node:crypto';
import type { Queryable } from '../db/db.ts';
import type { Principal, RoleGrant } from '../policy/policy.ts';

export const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
export const randomSecret = (bytes = 32) => crypto.randomBytes(bytes).toString('base64url');

export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;

export async function findLoginByEmail(q: Queryable, email: string) {
  const { rows } = await q.query<{ id: string; password_hash: string | null; active: boolean }>(
    'SELECT id, password_hash, active FROM people WHERE email = $1',
    [email.trim().toLowerCase()],
  );
  return rows[0];
}

export async function createSession(q: Queryable, personId: string): Promise<{ token: string; csrfToken: string }> {
  const token = randomSecret();
  const csrfToken = randomSecret();
  await q.query('INSERT INTO sessions (token_hash, person_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)', [
    sha256(token),
    personId,
    csrfToken,
    new Date(Date.now() + SESSION_TTL_MS),
  ]);
  return { token, csrfToken };
}

export async function findSession(q: Queryable, token: string) {
  const { rows } = await q.query<{ person_id: string; csrf_token: string }>(
    `SELECT s.person_id, s.csrf_token FROM sessions s JOIN people p ON p.id = s.person_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND p.active`,
    [sha256(token)],
  );
  return rows[0];
}

export async function deleteSession(q: Queryable, token: string): Promise<void> {
  await q.query('DELETE FROM sessions WHERE token_hash = $1', [sha256(token)]);
}

export async function findToken(q: Queryable, token: string): Promise<string | undefined> {
  const { rows } = await q.query<{ person_id: string }>(
    `UPDATE api_tokens t SET last_used_at = now() FROM people p
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND p.id = t.person_id AND p.active
      RETURNING t.person_id`,
    [sha256(token)],
  );
  return rows[0]?.person_id;
}

export async function insertToken(q: Queryable, personId: string, name: string) {
  const token = `rls_${randomSecret()}`;
  const { rows } = await q.query<{ id: string; created_at: Date }>(
    'INSERT INTO api_tokens (person_id, name, token_hash, prefix) VALUES ($1, $2, $3, $4) RETURNING id, created_at',
    [personId, name, sha256(token), token.slice(0, 8)],
  );
  return { id: rows[0].id, token, prefix: token.slice(0, 8), createdAt: rows[0].created_at };
}

export async function listTokens(q: Queryable, personId: string) {
  const { rows } = await q.query<any>(
    `SELECT id, name, prefix, created_at, last_used_at, revoked_at FROM api_tokens
      WHERE person_id = $1 ORDER BY created_at DESC`,
    [personId],
  );
  return rows.map((r) => ({
    id: r.id as string,
    name: r.name as string,
    prefix: r.prefix as string,
    createdAt: new Date(r.created_at).toISOString(),
    lastUsedAt: r.last_used_at ? new Date(r.last_used_at).toISOString() : null,
    revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
  }));
}

export async function revokeToken(q: Queryable, personId: string, id: string) {
  const { rows } = await q.query<{ id: string; name: string }>(
    'UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND person_id = $2 AND revoked_at IS NULL RETURNING id, name',
    [id, personId],
  );
  return rows[0];
}

export async function loadPrincipal(q: Queryable, personId: string, via: Principal['via']): Promise<Principal | undefined> {
  const { rows } = await q.query<{ id: string; email: string; name: string }>(
    'SELECT id, email, name FROM people WHERE id = $1 AND active',
    [personId],
  );
  if (!rows[0]) return undefined;
  const grants = await q.query<{ role: RoleGrant['role']; scope_type: RoleGrant['scopeType']; scope_id: string | null }>(
    'SELECT role, scope_type, scope_id FROM role_assignments WHERE person_id = $1',
    [personId],
  );
  return {
    personId: rows[0].id,
    email: rows[0].email,
    name: rows[0].name,
    via,
    grants: grants.rows.map((g) => ({ role: g.role, scopeType: g.scope_type, scopeId: g.scope_id })),
  };
}
