// Commands of the features beyond the foundation, registered in one place.
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { registerAnalyzeCommand } from '../understanding/understanding.cli.ts';
import { registerImportCommand } from './import.command.ts';
import { registerNlpCommands } from '../nlp/nlp.cli.ts';

export interface CliContext {
  withDb<T>(fn: (db: Db, config: Config) => Promise<T>): Promise<T>;
}

export function registerExtraCommands(program: Command, ctx: CliContext): void {
  const nlp = program.command('nlp').description('language models: train, predict, evaluate, analyze');
  registerNlpCommands(nlp);
  registerAnalyzeCommand(nlp);
  registerImportCommand(program, ctx);
}
