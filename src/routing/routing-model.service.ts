// Training, storing and serving the routing model. Training runs under a lease (one at a time
// across every process), reads the history outside any transaction (a training may take seconds;
// PGlite would block every other query meanwhile), then stores the run, activates it and audits
// it in one short transaction.
import type { Db } from '../db/db.ts';
import { record, type Actor } from '../audit/audit.repo.ts';
import { trainClassifier, type TrainSettings } from '../nlp/classifier.ts';
import { deserialise, serialise } from '../nlp/serialise.ts';
import {
  buildTrainingSet,
  checkMinimum,
  evaluateHeldOut,
  MINIMUM,
  MODEL_NAME,
  ROUTING_GATE,
  routesAtIngest,
  suggestDepartment,
  TrainingRefused,
  type ActiveModel,
  type Suggestion,
} from './routing-model.domain.ts';
import * as repo from './routing-model.repo.ts';

export class TrainingBusy extends Error {
  constructor() {
    super('a training of the routing model is already running; try again in a moment');
  }
}

export interface TrainDeps {
  db: Db;
  /** Classifier settings; the defaults suit a few hundred to tens of thousands of conversations. */
  settings?: TrainSettings;
}

/** A run's figures, and whether they let it route at ingest (ROUTING_GATE). */
export type ModelFigures = repo.ModelRow & { routesAtIngest: boolean };
const withGate = (m: repo.ModelRow): ModelFigures => ({ ...m, routesAtIngest: routesAtIngest(m) });

async function leased<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  if (!(await repo.claimLease(db))) throw new TrainingBusy();
  let outcome = 'failed';
  try {
    const result = await fn();
    outcome = 'done';
    return result;
  } catch (err) {
    outcome = err instanceof TrainingRefused ? 'refused' : 'failed';
    throw err;
  } finally {
    await repo.releaseLease(db, outcome).catch(() => {});
  }
}

async function trainUnderLease({ db, settings }: TrainDeps, actor: Actor): Promise<ModelFigures> {
  const trainedAt = await repo.dbNow(db);
  const rows = await repo.loadHistory(db);
  const set = buildTrainingSet(rows);
  const refused = checkMinimum(set);
  if (refused) throw refused;
  const model = trainClassifier(set.examples, settings);
  const figures = evaluateHeldOut(model, set.heldOut);
  const stored = await db.tx(async (q) => {
    const before = await repo.activeFigures(q);
    const row = await repo.insertActive(q, {
      trainedAt,
      trainedBy: 'system' in actor ? actor.system : actor.email,
      examples: set.conversations,
      handoffs: set.handoffs,
      outOfScope: set.outOfScope,
      classes: set.classes,
      ...figures,
      threshold: model.threshold,
      seconds: model.report.seconds,
      model: serialise(model),
    });
    await record(q, actor, 'routing_model.train', { type: 'routing_model', id: String(row.id) }, before, row);
    return row;
  });
  expireCache(db);
  return withGate(stored);
}

/** Trains now on the whole history; throws TrainingRefused (too little data) or TrainingBusy. */
export function trainModel(deps: TrainDeps, actor: Actor): Promise<ModelFigures> {
  return leased(deps.db, () => trainUnderLease(deps, actor));
}

export type RetrainResult =
  | { trained: true; model: ModelFigures }
  | { trained: false; reason: 'not_due' | 'too_few_new' | 'busy' | 'refused'; newExamples?: number; message?: string };

/**
 * The scheduled retrain: when the last model (or the last attempt, so a refused training is not
 * retried every minute) is older than `everyHours` and enough conversations were resolved or
 * handed off since. Cheap when nothing is due: two small queries.
 */
export async function retrainIfDue(
  db: Db,
  { everyHours = 24, minNewExamples = 20, actor = { system: 'scheduler' } as Actor } = {},
): Promise<RetrainResult> {
  const dueIfBefore = async () => Date.parse(await repo.dbNow(db)) - everyHours * 3_600_000;
  const recent = (at: string | null, limit: number) => at !== null && Date.parse(at) > limit;
  const limit = await dueIfBefore();
  const [latest, attempt] = await Promise.all([repo.latestTrainedAt(db), repo.lastAttempt(db)]);
  if (attempt.leased) return { trained: false, reason: 'busy' };
  if (recent(latest, limit) || recent(attempt.at, limit)) return { trained: false, reason: 'not_due' };
  const newExamples = await repo.countNewExamples(db, latest);
  if (newExamples < Math.max(minNewExamples, latest ? 0 : MINIMUM.examples)) return { trained: false, reason: 'too_few_new', newExamples };
  try {
    return await leased(db, async (): Promise<RetrainResult> => {
      // Another worker may have trained between our check and our claim.
      if (recent(await repo.latestTrainedAt(db), await dueIfBefore())) return { trained: false, reason: 'not_due' };
      return { trained: true, model: await trainUnderLease({ db }, actor) };
    });
  } catch (err) {
    if (err instanceof TrainingBusy) return { trained: false, reason: 'busy' };
    if (err instanceof TrainingRefused) return { trained: false, reason: 'refused', message: err.message, newExamples };
    throw err;
  }
}

// The active model, per database, checked at most every TTL_MS: ingest asks for it on every batch,
// and a new model (trained here or by another process) is picked up within that delay.
const TTL_MS = 2000;
interface Cached {
  checkedAt: number;
  id: number | null;
  active: ActiveModel | null;
}
const cache = new WeakMap<Db, Cached>();
const pending = new WeakMap<Db, Promise<ActiveModel | null>>();

function expireCache(db: Db): void {
  const c = cache.get(db);
  if (c) c.checkedAt = 0;
}

async function refresh(db: Db): Promise<ActiveModel | null> {
  const previous = cache.get(db);
  const id = await repo.activeId(db);
  let active = previous && previous.id === id ? previous.active : null;
  if (id !== null && !active) {
    const row = await repo.loadModel(db, id);
    try {
      active = row && { id: row.id, trainedAt: row.trainedAt, examples: row.examples, routes: routesAtIngest(row), model: deserialise(row.model) };
    } catch {
      // A model this version cannot read routes nothing; the rules still do, and a retrain fixes it.
      active = null;
    }
  }
  cache.set(db, { checkedAt: Date.now(), id, active });
  return active;
}

export function loadActiveModel(db: Db): Promise<ActiveModel | null> {
  const c = cache.get(db);
  if (c && Date.now() - c.checkedAt < TTL_MS) return Promise.resolve(c.active);
  let p = pending.get(db);
  if (!p) {
    p = refresh(db).finally(() => pending.delete(db));
    pending.set(db, p);
  }
  return p;
}

export interface SuggestionOf extends Suggestion {
  /** `routesAtIngest` false: the model only suggests, the rules still route (ROUTING_GATE). */
  model: { name: string; version: string; trainedAt: string; routesAtIngest: boolean };
}

/** What the active model would say of a text (null when no model was trained yet). */
export async function suggestionFor(db: Db, text: string): Promise<SuggestionOf | null> {
  const active = await loadActiveModel(db);
  if (!active) return null;
  const model = { name: MODEL_NAME, version: String(active.id), trainedAt: active.trainedAt, routesAtIngest: active.routes };
  return { ...suggestDepartment(active, text), model };
}

const HISTORY_LIMIT = 100;

/** The active model's figures, the runs before it, and how much new history awaits the next run. */
export async function modelOverview(db: Db) {
  const [active, runs, attempt, latest] = await Promise.all([repo.activeFigures(db), repo.history(db, HISTORY_LIMIT), repo.lastAttempt(db), repo.latestTrainedAt(db)]);
  return {
    active: active && withGate(active),
    // Newest first; each run's figures, so the accuracy can be followed over time.
    history: runs.map(({ threshold: _t, seconds: _s, ...figures }) => ({ ...figures, routesAtIngest: routesAtIngest(figures) })),
    newExamples: await repo.countNewExamples(db, latest),
    minimum: MINIMUM,
    gate: ROUTING_GATE,
    training: { running: attempt.leased, lastAttemptAt: attempt.at, lastOutcome: attempt.outcome },
  };
}
