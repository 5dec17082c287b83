/**
 * The `policygraph` command (bin/policygraph.mjs imports this file): ingest,
 * extract, serve, export, stats. Errors a user can act on end as one line on
 * stderr and an exit code chosen by the error's code.
 */
import { Command, CommanderError, Option } from 'commander';
import { ValidationError } from '../schema/errors.ts';
import { processFile, toExtraction } from '../ingest/pipeline.ts';
import { EXIT_USAGE, exitCodeFor, reportFailure } from './cli/exit.ts';
import { runExport } from './cli/export.ts';
import { configuredIngest, describeSummary, ingestPaths } from './cli/ingest.ts';
import { applyNeo4jSchema } from './cli/schema.ts';
import { serve } from './cli/serve.ts';
import { formatExtraction } from './cli/text.ts';
import { loadConfig } from './config.ts';
import { EXPORTERS } from './export/registry.ts';
import { openStore, type StoreUse } from './store/index.ts';
import type { GraphStore } from './store/types.ts';

/** Says once on stderr that another process holds the data folder and this one waits for it. */
function sayWaiting(owner: { pid: number; command: string; since: string }): void {
  process.stderr.write(`policygraph: waiting for process ${owner.pid} (${owner.command || 'policygraph'}, since ${owner.since}) to finish with the data folder…\n`);
}

/** Opens the configured store, runs `work`, closes the store. */
async function withStore<T>(work: (store: GraphStore) => Promise<T>, use: StoreUse = { access: 'read' }): Promise<T> {
  const store = await openStore(loadConfig(), use);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Writes chunks to stdout, waiting when the pipe is full. */
async function writeOut(chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!process.stdout.write(chunk)) await new Promise((drain) => process.stdout.once('drain', drain));
  }
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ValidationError(`--port ${value} is not a port; give an integer from 0 to 65535`, 'port');
  }
  return port;
}

function parseDepth(value: string): number {
  const depth = Number(value);
  if (!Number.isInteger(depth) || depth < 0 || depth > 3) {
    throw new ValidationError(`--depth ${value} is not valid; give an integer from 0 to 3`, 'depth');
  }
  return depth;
}

async function ingestCommand(paths: string[]): Promise<void> {
  const options = configuredIngest(loadConfig());
  const summary = await withStore(
    (store) =>
      ingestPaths(
        store,
        paths,
        {
          stored: (_file, r) => {
            const counts = `${r.entities} entities, ${r.relations} relations, ${r.evidence} evidence`;
            process.stdout.write(`${r.status.padEnd(9)} ${r.source} (${counts})\n`);
          },
          skipped: (line) => process.stderr.write(`${line}\n`),
        },
        options,
      ),
    // A killed ingest loses nothing it reported; a power cut at most the last 200 ms (rerun to complete).
    { access: 'write', onLockWait: sayWaiting, syncEveryMs: 200 },
  );
  process.stdout.write(`ingested ${describeSummary(summary)}\n`);
  if (summary.skipped > 0) process.exitCode = exitCodeFor('BAD_INPUT_FILE');
}

async function extractCommand(file: string, options: { format: 'json' | 'text' }): Promise<void> {
  const extraction = toExtraction(await processFile(file));
  process.stdout.write(options.format === 'json' ? `${JSON.stringify(extraction, null, 2)}\n` : formatExtraction(extraction));
}

async function exportCommand(options: { format: string; out?: string; seed?: string[]; depth: number }): Promise<void> {
  await withStore((store) =>
    runExport(store, options, {
      stdout: writeOut,
      written: (path) => process.stderr.write(`wrote ${path}\n`),
    }),
  );
}

async function statsCommand(): Promise<void> {
  const stats = await withStore((store) => store.stats());
  process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
}

async function serveCommand(options: { port?: number; host?: string; seed?: string }): Promise<void> {
  const config = loadConfig();
  await serve(config, {
    port: options.port ?? config.port,
    host: options.host ?? config.host,
    ...(options.seed ? { seed: options.seed } : {}),
  });
}

/** The commander program; exported for tests that want to inspect it. */
export function buildProgram(): Command {
  const program = new Command('policygraph')
    .description(
      'Chinese policy and news texts into a knowledge graph you can explore (embedded store, or Neo4j with NEO4J_URI).',
    )
    .showHelpAfterError('(run policygraph --help for usage)')
    .exitOverride();
  program
    .command('ingest')
    .description('Read files (or folders of .txt files) into the store; a changed file replaces what it said before.')
    .argument('<paths...>', 'files or folders')
    .action(ingestCommand);
  program
    .command('extract')
    .description('Print what one file yields (entities, relations with evidence), without storing it.')
    .argument('<file>', 'a text file')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('json'))
    .action(extractCommand);
  program
    .command('serve')
    .description('Serve the API and the web explorer (PORT, HOST, POLICYGRAPH_DATA, NEO4J_* from the environment).')
    .option('--port <port>', 'port to listen on (default: PORT or 3000)', parsePort)
    .option('--host <host>', 'address to listen on (default: HOST or 0.0.0.0)')
    .option('--seed <dir>', 'ingest this folder first when the store is empty')
    .action(serveCommand);
  program
    .command('export')
    .description('Write the whole graph, or the subgraph around --seed entities, to stdout or --out.')
    .addOption(new Option('--format <format>', 'file format').choices(EXPORTERS.map((e) => e.id)).default('json'))
    .option('--out <path>', 'a file, or a folder (csv writes nodes.csv, relationships.csv and import.txt into it)')
    .option('--seed <id...>', 'entity ids to export around (e.g. person:唐大军); default: the whole graph')
    .option('--depth <n>', 'with --seed: relations away from a seed to include, 0 to 3', parseDepth, 1)
    .action(exportCommand);
  program
    .command('stats')
    .description('Print counts of entities, relations, evidence, sources and articles as JSON.')
    .action(statsCommand);
  program
    .command('schema')
    .description('Manage the Neo4j schema.')
    .command('apply')
    .description('Apply the Neo4j constraints and indexes (idempotent) to the database NEO4J_URI names.')
    .action(() => applyNeo4jSchema(loadConfig(), (line) => process.stdout.write(line)));
  return program;
}

/** A reader that stops early (`| head`) closes the pipe; that ends the output, it is not a failure. */
function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

/** Runs the program on `argv` and sets the exit code. */
export async function main(argv: string[] = process.argv): Promise<void> {
  endQuietlyOnClosedPipe();
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    process.exitCode = reportFailure(error);
  }
}

await main();
