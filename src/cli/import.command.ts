// `relais import FILE --channel NAME`: a progress bar on the terminal, each bad line reported
// with its number and reason, the counts at the end.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import type { CliContext } from './extra.ts';
import { importFile } from '../conversations/import.service.ts';
import { pipelineContext } from '../conversations/pipeline.context.ts';
import { detectFormat } from '../ingest/import.parse.ts';

export function registerImportCommand(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description('import conversations from a CSV or JSONL file into a channel')
    .argument('<file>', 'a .csv or .jsonl file')
    .requiredOption('--channel <name>', 'the channel the items belong to (name or id)')
    .option('--format <format>', 'csv or jsonl (guessed from the file by default)')
    .action((file: string, opts: { channel: string; format?: string }) =>
      ctx.withDb(async (db) => {
        if (!fs.existsSync(file)) throw new Error(`no such file: ${file}`);
        const pipeline = await pipelineContext(db);
        const channel = pipeline.channelsByName.get(opts.channel) ?? pipeline.channels.get(opts.channel);
        if (!channel) throw new Error(`unknown channel "${opts.channel}"; known: ${[...pipeline.channelsByName.keys()].join(', ')}`);
        const head = fs.readFileSync(file, { encoding: 'utf8', flag: 'r' }).slice(0, 4096);
        const format = (opts.format as 'csv' | 'jsonl' | undefined) ?? detectFormat(path.basename(file), head);
        if (format !== 'csv' && format !== 'jsonl') throw new Error('cannot tell the format of the file: pass --format csv or --format jsonl');
        const size = fs.statSync(file).size;
        const stream = fs.createReadStream(file);
        const tty = process.stderr.isTTY;
        const bar = new cliProgress.SingleBar(
          { format: ' {bar} {percentage}% | {value}/{total} bytes | inserted {inserted} duplicates {duplicates} rejected {rejected}', stream: process.stderr, noTTYOutput: false },
          cliProgress.Presets.shades_classic,
        );
        if (tty) bar.start(size, 0, { inserted: 0, duplicates: 0, rejected: 0 });
        const report = await importFile({ db }, channel.id, stream, format, { system: 'import' }, (p, error) => {
          if (error) {
            if (tty) bar.stop();
            console.error(`line ${error.line}: ${error.reason}`);
            if (tty) bar.start(size, stream.bytesRead, p);
          } else if (tty) bar.update(stream.bytesRead, p);
        });
        if (tty) {
          bar.update(size, report);
          bar.stop();
        }
        console.log(`inserted ${report.inserted}, duplicates ${report.duplicates}, rejected ${report.rejected}`);
      }),
    );
}
