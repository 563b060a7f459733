// Every error leaves the API as {"error":{"code","message","details"}} with its status.
import type { FastifyError, FastifyInstance } from 'fastify';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found`);
export const forbidden = (message = 'you are not allowed to do this') => new HttpError(403, 'forbidden', message);
export const badRequest = (message: string, details?: unknown) => new HttpError(400, 'invalid_request', message, details);
export const conflict = (message: string, details?: unknown) => new HttpError(409, 'conflict', message, details);

interface ValidationItem {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

function fieldOf(v: ValidationItem, context?: string): string {
  const base = (v.instancePath || '').replace(/^\//, '').replace(/\//g, '.');
  const missing = v.params?.missingProperty as string | undefined;
  const extra = v.params?.additionalProperty as string | undefined;
  const name = [base, missing ?? extra].filter(Boolean).join('.');
  return name || context || 'body';
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | HttpError, req, reply) => {
    if (err instanceof HttpError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, details: err.details ?? null } });
    }
    const fe = err as FastifyError & { validation?: ValidationItem[]; validationContext?: string };
    if (fe.validation) {
      const details = fe.validation.map((v) => ({ field: fieldOf(v, fe.validationContext), message: v.message ?? 'invalid' }));
      const fields = [...new Set(details.map((d) => d.field))].join(', ');
      return reply
        .status(400)
        .send({ error: { code: 'invalid_request', message: `invalid ${fe.validationContext ?? 'request'}: ${fields}`, details } });
    }
    if (fe.statusCode && fe.statusCode < 500) {
      const code = fe.statusCode === 429 ? 'rate_limited' : fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'invalid_json' : 'invalid_request';
      return reply.status(fe.statusCode).send({ error: { code, message: fe.message, details: null } });
    }
    // Database constraint errors that reach here are caller mistakes the schema could not see.
    const pgCode = (err as any).code as string | undefined;
    if (pgCode === '23505') return reply.status(409).send({ error: { code: 'conflict', message: 'this already exists', details: (err as any).detail ?? null } });
    if (pgCode === '23503') return reply.status(400).send({ error: { code: 'invalid_reference', message: 'a referenced item does not exist', details: null } });
    if (pgCode === '22P02') return reply.status(400).send({ error: { code: 'invalid_request', message: 'malformed identifier', details: null } });
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal', message: 'internal error', details: null } });
  });

}

export function notFoundBody(method: string, url: string) {
  return { error: { code: 'not_found', message: `no route ${method} ${url.split('?')[0]}`, details: null } };
}
