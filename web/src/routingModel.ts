// The learned routing model as the API shows it: figures per training, and a suggestion per conversation.
import { request } from './api.ts';

export interface ModelFigures {
  id: number;
  trainedAt: string;
  examples: number;
  handoffs: number;
  heldout: number;
  accuracy: number | null;
  macroF1: number | null;
  coverage: number | null;
  coveredAccuracy: number | null;
  active: boolean;
  routesAtIngest: boolean;
}

export interface ModelOverview {
  active: ModelFigures | null;
  /** Newest first. */
  history: ModelFigures[];
  newExamples: number;
  minimum: { examples: number; classes: number };
  gate: { coveredAccuracy: number; heldout: number };
  training: { running: boolean; lastAttemptAt: string | null; lastOutcome: string | null };
}

export interface ModelSuggestion {
  departmentId: string | null;
  confidence: number;
  model: { name: string; version: string; trainedAt: string; routesAtIngest: boolean };
}

export const routingModelApi = {
  overview: () => request<ModelOverview>('GET', '/api/routing/model'),
  train: () => request<ModelFigures>('POST', '/api/routing/model/train'),
};
