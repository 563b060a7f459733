// The learned routing model: its figures over time, training on demand, and what it suggests for
// a text. Training runs in the request (under a second on a few hundred conversations, ~20 s on
// ten thousand); the scheduled retrain is the worker's (retrainIfDue).
import { Type } from 'typebox';
import type { App, Ctx } from '../http/types.ts';
import { principalOf } from '../http/auth.plugin.ts';
import { HttpError } from '../http/errors.ts';
import { TrainingRefused } from './routing-model.domain.ts';
import { modelOverview, suggestionFor, trainModel, TrainingBusy } from './routing-model.service.ts';

const SuggestInput = Type.Object({ text: Type.String({ minLength: 1, maxLength: 20000 }) }, { additionalProperties: false });

export function routingModelRoutes(app: App, { db }: Ctx) {
  app.get(
    '/api/routing/model',
    { config: { action: 'routing.read' }, schema: { tags: ['routing'], summary: 'The active routing model’s figures and the history of trainings, newest first' } },
    () => modelOverview(db),
  );

  app.post(
    '/api/routing/model/train',
    {
      config: { action: 'routing.model' },
      schema: { tags: ['routing'], summary: 'Train the routing model now on the resolved conversations and hand-offs; it becomes the active model' },
    },
    async (req, reply) => {
      try {
        const model = await trainModel({ db }, principalOf(req));
        reply.status(201);
        return model;
      } catch (err) {
        if (err instanceof TrainingRefused) throw new HttpError(409, 'not_enough_data', err.message, err.details);
        if (err instanceof TrainingBusy) throw new HttpError(409, 'training_in_progress', err.message);
        throw err;
      }
    },
  );

  app.post(
    '/api/routing/model/suggest',
    {
      config: { action: 'routing.read' },
      schema: { tags: ['routing'], summary: 'The department the active model suggests for a text, with its confidence (null below its threshold)', body: SuggestInput },
    },
    async (req) => {
      const s = await suggestionFor(db, req.body.text);
      if (!s) throw new HttpError(409, 'no_model', 'no routing model has been trained yet');
      return s;
    },
  );
}
