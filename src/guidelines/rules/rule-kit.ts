// What every rule kind provides: a compile step run once per rule set, returning a check run on
// each message. Checks read the message through a shared context so that folding and term
// look-ups are done once per message, whatever the number of rules.

import type { FoldedText } from '../normalise.ts';
import type { TermHit, TermIndex } from '../term-index.ts';
import type { CheckInput, Localized, RuleKind, RuleOf, Span } from '../guidelines.types.ts';

export interface RawFinding {
  message: Localized;
  span: Span | null;
}

export interface CheckContext {
  readonly input: CheckInput;
  folded(): FoldedText;
  /** Term hits of one owner registered at compile time, exceptions already applied. */
  hits(owner: number): TermHit[];
}

export interface CompileContext {
  readonly terms: TermIndex;
}

export interface CompiledCheck {
  check: (ctx: CheckContext) => RawFinding[];
  /** Term owners this rule reads, so look-ups skip the terms of rules out of scope. */
  owners?: number[];
}

export type RuleCompiler<K extends RuleKind> = (rule: RuleOf<K>, cc: CompileContext) => CompiledCheck;

/** Quotes a value the way each language does. */
export function quoted(value: string): Localized {
  return { fr: `« ${value} »`, en: `"${value}"` };
}
