// A trained model as a plain JSON object (numbers arrays packed as base64), so an organisation's
// model can be stored in a PostgreSQL jsonb column or written to a file and read back unchanged.
import { endianness } from 'node:os';
import type { Model, TrainOptions, TrainingReport } from './classifier.ts';
import { FeatureTable, type FeatureOptions } from './features.ts';

export const MODEL_FORMAT = 'relais.text-classifier';
export const MODEL_VERSION = 1;

export interface SerialisedModel {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  labels: string[];
  outOfScopeClass: boolean;
  temperature: number;
  threshold: number;
  features: FeatureOptions;
  options: Omit<TrainOptions, 'features'>;
  report: TrainingReport;
  /** Feature hashes, sorted, as differences from the previous one (they compress to 4 bytes each anyway). */
  featureKeys: string;
  idf: string;
  /** Non-zero weights per feature (Uint16), their class (Uint8 or Uint16) and value (Int8 steps or Float32). */
  rowLengths: string;
  classes: string;
  values: string;
  step: number;
  bias: number[];
}

// Typed arrays are stored in the machine's byte order; every platform Node supports in practice is
// little-endian, and refusing a big-endian one beats silently reading garbage weights.
function assertLittleEndian(): void {
  if (endianness() !== 'LE') throw new Error('model serialisation requires a little-endian machine');
}

function pack(a: ArrayBufferView): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

function unpack<T>(s: string, make: (b: ArrayBuffer) => T): T {
  const buf = Buffer.from(s, 'base64');
  // Copy into a fresh, aligned ArrayBuffer: a Buffer may sit at any offset of a shared pool.
  const copy = new ArrayBuffer(buf.length);
  new Uint8Array(copy).set(buf);
  return make(copy);
}

export function serialise(model: Model): SerialisedModel {
  assertLittleEndian();
  const w = model.weights;
  const rowLengths = new Uint16Array(w.nFeatures);
  for (let f = 0; f < w.nFeatures; f++) rowLengths[f] = w.rowStart[f + 1] - w.rowStart[f];
  const keys = model.vocab.table.keys;
  const deltas = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) deltas[i] = i === 0 ? keys[0] : keys[i] - keys[i - 1];
  const classes = w.nClasses <= 256 ? Uint8Array.from(w.classes) : w.classes;
  const values = w.step > 0 ? Int8Array.from(w.values, (v) => Math.round(v / w.step)) : w.values;
  const { features, ...options } = model.options;
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    labels: model.labels,
    outOfScopeClass: model.outOfScopeClass,
    temperature: model.temperature,
    threshold: model.threshold,
    features: model.vocab.options,
    options,
    report: model.report,
    featureKeys: pack(deltas),
    idf: pack(model.vocab.idf),
    rowLengths: pack(rowLengths),
    classes: pack(classes),
    values: pack(values),
    step: w.step,
    bias: Array.from(w.bias),
  };
}

export function deserialise(data: unknown): Model {
  assertLittleEndian();
  const s = data as SerialisedModel;
  if (typeof s !== 'object' || s === null || s.format !== MODEL_FORMAT) throw new Error('not a text classifier model');
  if (s.version !== MODEL_VERSION) throw new Error(`unsupported model version ${String(s.version)} (expected ${MODEL_VERSION})`);
  const nClasses = s.labels.length + (s.outOfScopeClass ? 1 : 0);
  const deltas = unpack(s.featureKeys, (b) => new Uint32Array(b));
  const keys = new Uint32Array(deltas.length);
  for (let i = 0; i < deltas.length; i++) keys[i] = i === 0 ? deltas[0] : (keys[i - 1] + deltas[i]) >>> 0;
  const idf = unpack(s.idf, (b) => new Float32Array(b));
  const rowLengths = unpack(s.rowLengths, (b) => new Uint16Array(b));
  if (idf.length !== keys.length || rowLengths.length !== keys.length) throw new Error('corrupt model: feature arrays differ in length');
  const rowStart = new Int32Array(keys.length + 1);
  for (let f = 0; f < keys.length; f++) rowStart[f + 1] = rowStart[f] + rowLengths[f];
  const classes = nClasses <= 256 ? Uint16Array.from(unpack(s.classes, (b) => new Uint8Array(b))) : unpack(s.classes, (b) => new Uint16Array(b));
  const values = s.step > 0 ? Float32Array.from(unpack(s.values, (b) => new Int8Array(b)), (q) => q * s.step) : unpack(s.values, (b) => new Float32Array(b));
  if (classes.length !== rowStart[keys.length] || values.length !== classes.length) throw new Error('corrupt model: weight arrays differ in length');
  if (s.bias.length !== nClasses) throw new Error('corrupt model: wrong number of biases');
  return {
    labels: s.labels,
    outOfScopeClass: s.outOfScopeClass,
    vocab: { options: s.features, table: new FeatureTable(keys), idf },
    weights: { nFeatures: keys.length, nClasses, rowStart, classes, values, bias: Float32Array.from(s.bias), step: s.step },
    temperature: s.temperature,
    threshold: s.threshold,
    options: { ...s.options, features: s.features },
    report: s.report,
  };
}
