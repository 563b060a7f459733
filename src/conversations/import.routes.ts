// Upload of a CSV or JSONL file into a channel: the body is streamed into the import, never held
// whole in memory. The answer carries the counts and every bad line's number and reason.
import type { App, Ctx } from '../http/types.ts';
import { IdParams } from '../http/types.ts';
import { principalOf } from '../http/auth.plugin.ts';
import { badRequest, forbidden, notFound } from '../http/errors.ts';
import { can } from '../policy/policy.ts';
import { departmentTarget } from '../org/org.repo.ts';
import { pipelineContext } from './pipeline.context.ts';
import { importFile } from './import.service.ts';

const FORMATS: Record<string, 'csv' | 'jsonl'> = {
  'text/csv': 'csv',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
};
const MAX_BYTES = 200 * 1024 * 1024;

export function importRoutes(app: App, { db, bus }: Ctx) {
  app.addContentTypeParser(Object.keys(FORMATS), (_req, payload, done) => done(null, payload));

  app.post(
    '/api/channels/:id/import',
    {
      config: { action: 'conversations.ingest' },
      schema: { tags: ['conversations'], summary: 'Import a CSV (text/csv) or JSONL (application/x-ndjson) file', params: IdParams },
    },
    async (req) => {
      const ctx = await pipelineContext(db);
      const channel = ctx.channels.get(req.params.id);
      if (!channel) throw notFound('channel');
      if (!can(principalOf(req), 'conversations.ingest', await departmentTarget(db, channel.departmentId))) {
        throw forbidden(`you cannot import into "${channel.name}"`);
      }
      const type = String(req.headers['content-type'] ?? '').split(';')[0].trim();
      const format = FORMATS[type];
      if (!format) throw badRequest('send the file as text/csv or application/x-ndjson', [{ field: 'content-type', message: type || 'missing' }]);
      let bytes = 0;
      const body = req.body as NodeJS.ReadableStream;
      async function* limited() {
        for await (const chunk of body) {
          bytes += (chunk as Buffer).length;
          if (bytes > MAX_BYTES) throw badRequest(`the file is larger than ${MAX_BYTES / 1024 / 1024} MB: split it or use \`relais import\``);
          yield chunk as Buffer;
        }
      }
      return importFile({ db, bus }, channel.id, limited(), format, principalOf(req));
    },
  );
}
