// Channels: contact points owned by a department. No contact point without someone ready to
// manage it: a channel of a department with no social adviser cannot be active.
import crypto from 'node:crypto';
import type { Db } from '../db/db.ts';
import { can, type Principal } from '../policy/policy.ts';
import { record } from '../audit/audit.repo.ts';
import { conflict, forbidden, HttpError, notFound, badRequest } from '../http/errors.ts';
import { departmentTarget } from '../org/org.repo.ts';
import { invalidate } from '../conversations/pipeline.context.ts';
import * as repo from './channels.repo.ts';
import { publicChannel } from './connectors.ts';

export interface ChannelInput {
  name: string;
  kind: 'api' | 'feed' | 'import';
  departmentId: string;
  active?: boolean;
  config?: Record<string, unknown>;
  lang?: string[];
}

const noAdviser = () =>
  new HttpError(
    409,
    'no_adviser',
    'this department has no social adviser: name one before opening a contact point it would have to answer',
  );

function checkConfig(kind: string, config: Record<string, unknown>) {
  if (kind === 'feed') {
    const url = config.url;
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw badRequest('a feed needs an http(s) url', [{ field: 'config.url', message: 'required' }]);
  }
  if (config.outboundUrl !== undefined && (typeof config.outboundUrl !== 'string' || !/^https?:\/\//.test(config.outboundUrl))) {
    throw badRequest('outboundUrl must be an http(s) URL', [{ field: 'config.outboundUrl', message: 'invalid' }]);
  }
}

export async function createChannel(db: Db, p: Principal, input: ChannelInput) {
  const target = await departmentTarget(db, input.departmentId);
  if (!target) throw badRequest('unknown department', [{ field: 'departmentId', message: 'no such department' }]);
  if (!can(p, 'channels.manage', target)) throw forbidden('you cannot add a channel to this department');
  const config = { ...(input.config ?? {}) };
  checkConfig(input.kind, config);
  // Every API channel signs what it sends with a secret of its own.
  if (input.kind === 'api') config.secret = crypto.randomBytes(24).toString('base64url');
  const active = input.active ?? true;
  if (active && (await repo.adviserCount(db, input.departmentId)) === 0) throw noAdviser();
  if (await repo.getChannelByName(db, input.name)) throw conflict('a channel with this name exists', [{ field: 'name', message: 'taken' }]);
  const id = await db.tx(async (q) => {
    const id = await repo.insertChannel(q, { ...input, active, config, lang: input.lang ?? ['fr', 'en'] });
    await record(q, p, 'channel.create', { type: 'channel', id }, null, { ...input, active, config: { ...config, secret: undefined } });
    return id;
  });
  invalidate();
  return publicChannel((await repo.getChannel(db, id))!, true);
}

export async function updateChannel(db: Db, p: Principal, id: string, patch: Partial<Omit<ChannelInput, 'kind'>>) {
  const before = await repo.getChannel(db, id);
  if (!before) throw notFound('channel');
  if (!can(p, 'channels.manage', await departmentTarget(db, before.department.id))) throw forbidden();
  const next = {
    id,
    name: patch.name ?? before.name,
    departmentId: patch.departmentId ?? before.department.id,
    active: patch.active ?? before.active,
    config: patch.config ? { ...patch.config, secret: before.config.secret } : before.config,
    lang: patch.lang ?? before.lang,
  };
  checkConfig(before.kind, next.config);
  if (next.departmentId !== before.department.id) {
    const target = await departmentTarget(db, next.departmentId);
    if (!target) throw badRequest('unknown department', [{ field: 'departmentId', message: 'no such department' }]);
    if (!can(p, 'channels.manage', target)) throw forbidden('you cannot move the channel there');
  }
  if (next.active && (await repo.adviserCount(db, next.departmentId)) === 0) throw noAdviser();
  await db.tx(async (q) => {
    await repo.updateChannel(q, next);
    await record(q, p, 'channel.update', { type: 'channel', id }, publicChannel(before), { ...next, config: { ...next.config, secret: undefined } });
  });
  invalidate();
  return publicChannel((await repo.getChannel(db, id))!, true);
}
