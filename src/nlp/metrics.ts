// Figures for judging a classifier against reference labels. A null label ("no label": out of
// scope, or not confident enough) is a class of its own here, so refusing an out-of-scope text
// counts as right and refusing an in-scope text counts as wrong.

/** How "no label" is shown in reports. */
export const NO_LABEL = '(no label)';

export interface ClassFigures {
  label: string;
  /** Reference examples of this label. */
  support: number;
  /** Examples predicted as this label. */
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Confusion {
  expected: string;
  predicted: string;
  count: number;
}

export interface Evaluation {
  total: number;
  accuracy: number;
  /** Mean F1 over the labels present in the reference (a label never expected does not dilute it). */
  macroF1: number;
  perClass: ClassFigures[];
  /** Most frequent (expected, predicted) pairs among the errors. */
  confusions: Confusion[];
  /** Share of texts that received a label. */
  coverage: number;
  /** Over reference examples that have a label: right label given (no label counts as wrong). */
  inScopeAccuracy: number | null;
  /** Over reference examples without a label: share left without a label. */
  outOfScopeRecall: number | null;
}

const key = (label: string | null) => label ?? NO_LABEL;

function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

export function evaluate(expected: readonly (string | null)[], predicted: readonly (string | null)[], topConfusions = 10): Evaluation {
  if (expected.length !== predicted.length) throw new Error('expected and predicted differ in length');
  const support = new Map<string, number>();
  const predictedCount = new Map<string, number>();
  const hits = new Map<string, number>();
  const pairs = new Map<string, Confusion>();
  let correct = 0, labelled = 0, inScope = 0, inScopeRight = 0, outOfScope = 0, outOfScopeRefused = 0;
  for (let i = 0; i < expected.length; i++) {
    const e = key(expected[i]);
    const p = key(predicted[i]);
    support.set(e, (support.get(e) ?? 0) + 1);
    predictedCount.set(p, (predictedCount.get(p) ?? 0) + 1);
    if (predicted[i] !== null) labelled++;
    if (expected[i] === null) {
      outOfScope++;
      if (predicted[i] === null) outOfScopeRefused++;
    } else {
      inScope++;
      if (e === p) inScopeRight++;
    }
    if (e === p) {
      correct++;
      hits.set(e, (hits.get(e) ?? 0) + 1);
    } else {
      const k = e + '\u0000' + p;
      const pair = pairs.get(k) ?? { expected: e, predicted: p, count: 0 };
      pair.count++;
      pairs.set(k, pair);
    }
  }
  const labels = [...new Set([...support.keys(), ...predictedCount.keys()])].sort();
  const perClass = labels.map((label): ClassFigures => {
    const tp = hits.get(label) ?? 0;
    const precision = ratio(tp, predictedCount.get(label) ?? 0);
    const recall = ratio(tp, support.get(label) ?? 0);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, support: support.get(label) ?? 0, predicted: predictedCount.get(label) ?? 0, precision, recall, f1 };
  });
  const referenced = perClass.filter((c) => c.support > 0);
  const confusions = [...pairs.values()]
    .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected) || a.predicted.localeCompare(b.predicted))
    .slice(0, topConfusions);
  return {
    total: expected.length,
    accuracy: ratio(correct, expected.length),
    macroF1: ratio(referenced.reduce((s, c) => s + c.f1, 0), referenced.length),
    perClass,
    confusions,
    coverage: ratio(labelled, expected.length),
    inScopeAccuracy: inScope ? inScopeRight / inScope : null,
    outOfScopeRecall: outOfScope ? outOfScopeRefused / outOfScope : null,
  };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/** Plain-text report: headline figures, per-label table, then the most frequent confusions. */
export function formatEvaluation(ev: Evaluation): string {
  const lines: string[] = [];
  lines.push(`examples        ${ev.total}`);
  lines.push(`accuracy        ${ev.accuracy.toFixed(4)}`);
  lines.push(`macro-F1        ${ev.macroF1.toFixed(4)}`);
  lines.push(`coverage        ${ev.coverage.toFixed(4)}  (share given a label)`);
  if (ev.inScopeAccuracy !== null && ev.outOfScopeRecall !== null) {
    lines.push(`in-scope acc.   ${ev.inScopeAccuracy.toFixed(4)}  (no label counts as wrong)`);
    lines.push(`out-of-scope    ${ev.outOfScopeRecall.toFixed(4)}  (recall: share left without a label)`);
  }
  const width = Math.max(5, ...ev.perClass.map((c) => c.label.length));
  lines.push('', `${'label'.padEnd(width)}  precision  recall     F1  support  predicted`);
  for (const c of ev.perClass) {
    lines.push(
      `${c.label.padEnd(width)}      ${pct(c.precision)}   ${pct(c.recall)}  ${pct(c.f1)}  ${String(c.support).padStart(7)}  ${String(c.predicted).padStart(9)}`,
    );
  }
  lines.push('', 'most confused (expected -> predicted: count)');
  if (ev.confusions.length === 0) lines.push('  none');
  for (const c of ev.confusions) lines.push(`  ${c.expected} -> ${c.predicted}: ${c.count}`);
  return lines.join('\n');
}
