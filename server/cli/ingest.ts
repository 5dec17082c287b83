/**
 * Ingests files and folders into a store, one document at a time: a bad file
 * is reported (one line naming it and why) and skipped, the rest go on. Used by
 * `policygraph ingest` and by `serve --seed`.
 */
import { BadInputFileError, PolicyGraphError } from '../../schema/errors.ts';
import type { UpsertResult } from '../../schema/api.ts';
import { listInputFiles, processFile } from '../../ingest/pipeline.ts';
import type { GraphStore } from '../store/types.ts';

export interface IngestSummary {
  created: number;
  replaced: number;
  unchanged: number;
  skipped: number;
}

export interface IngestOptions {
  /** Largest file read, in bytes (POLICYGRAPH_MAX_FILE_SIZE). */
  maxFileBytes?: number;
}

export interface IngestReporter {
  stored(file: string, result: UpsertResult): void;
  /** One line: the file and why it was skipped. */
  skipped(line: string): void;
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
  for (const file of files) {
    try {
      const result = await store.upsertDocument(await processFile(file, options));
      summary[result.status]++;
      report.stored(file, result);
    } catch (error) {
      if (!isPerFileError(error)) throw error;
      report.skipped(error instanceof BadInputFileError ? error.message : `${file}: ${error.message}`);
      summary.skipped++;
    }
  }
  return summary;
}

/** Errors that concern one file only; anything else (the store is down) stops the run. */
function isPerFileError(error: unknown): error is PolicyGraphError {
  return error instanceof PolicyGraphError && (error.code === 'BAD_INPUT_FILE' || error.code === 'VALIDATION');
}

/** "5 files: 3 created, 1 replaced, 1 unchanged, 0 skipped" */
export function describeSummary(s: IngestSummary): string {
  const total = s.created + s.replaced + s.unchanged + s.skipped;
  const counts = `${s.created} created, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.skipped} skipped`;
  return `${total} ${total === 1 ? 'path' : 'paths'}: ${counts}`;
}
