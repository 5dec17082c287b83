/**
 * Ingests files and folders into a store, each document whole: a file that
 * cannot be read or processed is reported (one line naming it and why) and
 * skipped, the rest go on; only a failing store stops the run. Many files are
 * processed on worker threads (ingest/parallel.ts) while the store writes, and
 * a store that writes several documents at once gets them in groups
 * (ingest-groups.ts).
 * Used by `policygraph ingest` and by `serve --seed`.
 */
import { BadInputFileError } from '../../schema/errors.ts';
import type { UpsertResult } from '../../schema/api.ts';
import type { IngestDocument } from '../../schema/model.ts';
import { processFilesParallel, type FileOutcome } from '../../ingest/parallel.ts';
import { listInputFiles, processFile } from '../../ingest/pipeline.ts';
import type { GraphStore } from '../store/types.ts';
import type { Config } from '../config.ts';
import { DEFAULT_GROUP, GroupWriter, type GroupLimits } from './ingest-groups.ts';

export interface IngestSummary {
  created: number;
  replaced: number;
  unchanged: number;
  skipped: number;
}

export interface IngestOptions {
  /** Largest file read, in bytes (POLICYGRAPH_MAX_FILE_SIZE). */
  maxFileBytes?: number;
  /** Worker threads from this many files on (default 32); below it files are processed in this thread. */
  parallelFrom?: number;
  /** How many documents a store that writes several at once (GraphStore.upsertDocuments) gets per write. */
  group?: Partial<GroupLimits>;
}

export interface IngestReporter {
  stored(file: string, result: UpsertResult): void;
  /** One line: the file and why it was skipped. */
  skipped(line: string): void;
}

const PARALLEL_FROM = 32;

/** The ingest options set by the configuration (POLICYGRAPH_MAX_FILE_SIZE, POLICYGRAPH_GROUP_RELATIONS). */
export function configuredIngest(config: Pick<Config, 'maxFileBytes' | 'groupRelations'>): IngestOptions {
  return { maxFileBytes: config.maxFileBytes, ...(config.groupRelations === undefined ? {} : { group: { relations: config.groupRelations } }) };
}

/** Ingests `paths` (files or folders of .txt files); store failures stop it, bad files do not. */
export async function ingestPaths(
  store: GraphStore,
  paths: string[],
  report: IngestReporter,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { created: 0, replaced: 0, unchanged: 0, skipped: 0 };
  const { files, missing } = await listInputFiles(paths);
  for (const path of missing) {
    report.skipped(new BadInputFileError(path, 'no such file or folder').message);
    summary.skipped++;
  }
  const writer = new GroupWriter(store, report, summary, { ...DEFAULT_GROUP, ...options.group });
  for await (const outcome of processAll(files, options)) {
    if ('error' in outcome) {
      report.skipped(skipLine(outcome.path, outcome.error));
      summary.skipped++;
      continue;
    }
    await writer.add(outcome.path, outcome.document);
  }
  await writer.finish();
  return summary;
}

/** Each file's document or processing error, in order; worker threads for many files. */
function processAll(files: string[], options: IngestOptions): AsyncIterable<FileOutcome> {
  const maxFileBytes = options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes };
  if (files.length >= (options.parallelFrom ?? PARALLEL_FROM)) return processFilesParallel(files, maxFileBytes);
  return (async function* sequential() {
    for (const path of files) {
      let document: IngestDocument;
      try {
        document = await processFile(path, maxFileBytes);
      } catch (error) {
        yield { path, error: error instanceof Error ? error : new Error(String(error)) };
        continue;
      }
      yield { path, document };
    }
  })();
}

/**
 * The line for a file that was not ingested. A BadInputFileError's message
 * names the file already; any other failure here is the pipeline's own (the
 * store has not been asked yet), so the file is skipped and the run goes on.
 */
function skipLine(path: string, error: Error): string {
  if (error instanceof BadInputFileError) return error.message;
  const first = error.message.split('\n')[0] ?? 'unknown error';
  return `${path}: could not be processed (${first}); skipped — please report this file`;
}

/** "5 files: 3 created, 1 replaced, 1 unchanged, 0 skipped" */
export function describeSummary(s: IngestSummary): string {
  const total = s.created + s.replaced + s.unchanged + s.skipped;
  const counts = `${s.created} created, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.skipped} skipped`;
  return `${total} ${total === 1 ? 'path' : 'paths'}: ${counts}`;
}
