// English words of the learned routing model, typed against the French file.
import type { frRoutingModel } from './fr.routingModel.ts';

export const enRoutingModel: Record<keyof typeof frRoutingModel, string> = {
  'model.title': 'Learned routing model',
  'model.intro':
    'Relais learns from the organisation’s history: resolved conversations and hand-offs between departments. A held-out slice measures its accuracy at every training.',
  'model.none': 'No model has been trained yet.',
  'model.train': 'Train now',
  'model.training': 'Training…',
  'model.trained': 'Model #{id} trained on {examples} conversations.',
  'model.active': 'Active model: #{id}, trained on {at}',
  'model.routes': 'It routes the conversations the rules leave to triage.',
  'model.suggests': 'It only suggests: its accuracy is still below the bar ({gate}) to route on its own.',
  'model.newExamples': '{n} conversations resolved or handed off since the last training (minimum to train: {min}).',
  'model.history': 'Accuracy over time',
  'model.col.at': 'Date',
  'model.col.examples': 'Examples',
  'model.col.heldout': 'Held out',
  'model.col.accuracy': 'Accuracy',
  'model.col.macroF1': 'Macro-F1',
  'model.col.coverage': 'Coverage',
  'model.col.routes': 'Routes alone',
  'model.chart': 'Accuracy on the held-out slice, training after training',
  'model.suggestion': 'Model’s suggestion',
  'model.suggestion.value': '{department} ({confidence} confidence)',
  'model.suggestion.unsure': 'Not sure enough ({confidence} confidence)',
};
