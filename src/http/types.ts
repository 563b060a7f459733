import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type TLiteral, type TSchema, type TUnion } from 'typebox';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import type { EventBus } from '../events/bus.ts';
import type { PublishingDeps } from '../publishing/publishing.service.ts';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

/** What route modules receive: the app's shared parts, built once in buildApp. */
export interface Ctx {
  db: Db;
  config: Config;
  bus: EventBus;
  /**
   * Governance in the path of outgoing messages (the charter's check, approvals, freezes), used by
   * replies and publishing. buildApp fills it in with the real thing when a caller leaves it out.
   */
  governance?: Required<Pick<PublishingDeps, 'checkOutgoing' | 'requestApproval' | 'frozen'>>;
}

export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid });
export const Names = Type.Object({
  fr: Type.String({ minLength: 1, maxLength: 200 }),
  en: Type.String({ minLength: 1, maxLength: 200 }),
});

type Literals<T extends readonly string[]> = { -readonly [K in keyof T]: TLiteral<T[K]> };

/** A union of string literals from a constant list, typed as that list (not as `never`). */
export function literals<const T extends readonly string[]>(values: T): TUnion<Literals<T> extends TSchema[] ? Literals<T> : never> {
  return Type.Union(values.map((v) => Type.Literal(v))) as any;
}
