/**
 * Files sent over HTTP through the same pipeline as `policygraph ingest` and
 * `extract`: bytes decoded by ingest/read.ts (encoding detected, binary refused),
 * processed by ingest/pipeline.ts, and upserted one document at a time. A bad
 * file is skipped with its reason; a store failure stops the request.
 */
import type { Logger } from 'pino';
import type { IngestFileResult, IngestResponse } from '../schema/api.ts';
import { BadInputFileError, PolicyGraphError, ValidationError } from '../schema/errors.ts';
import type { Extraction, IngestDocument } from '../schema/model.ts';
import { processText, toExtraction } from '../ingest/pipeline.ts';
import { decodeBytes } from '../ingest/read.ts';
import type { UploadedFile } from './routes/route.ts';
import type { GraphStore } from './store/types.ts';

/**
 * The document an uploaded file makes: as processFile() would make it from the
 * same bytes (sha256 of the raw bytes, the detected encoding), so uploading a
 * file that was ingested from disk finds it unchanged.
 */
export function documentFromUpload(file: UploadedFile, maxBytes?: number): IngestDocument {
  if (file.name === '') throw new BadInputFileError('(unnamed file)', 'has no usable file name; name the file, e.g. report.txt');
  const decoded = decodeBytes(file.bytes, file.name, maxBytes === undefined ? {} : { maxBytes });
  const doc = processText(decoded.text, file.name);
  return { ...doc, source: { ...doc.source, sha256: decoded.sha256, encoding: decoded.encoding } };
}

/** What `policygraph extract` prints for the same file. */
export function extractUpload(file: UploadedFile, maxBytes?: number): Extraction {
  return toExtraction(documentFromUpload(file, maxBytes));
}

/** Errors that concern one file only; anything else (the store is down) stops the request. */
function isPerFileError(error: unknown): error is PolicyGraphError {
  return error instanceof PolicyGraphError && (error.code === 'BAD_INPUT_FILE' || error.code === 'VALIDATION');
}

async function ingestOne(store: GraphStore, file: UploadedFile, maxBytes?: number): Promise<IngestFileResult> {
  try {
    const result = await store.upsertDocument(documentFromUpload(file, maxBytes));
    return { file: file.name, ...result };
  } catch (error) {
    if (!isPerFileError(error)) throw error;
    return { file: file.name || '(unnamed file)', status: 'skipped', reason: error.message };
  }
}

/** Ingests every file in order and reports each; ValidationError('files') when every file was skipped. */
export async function ingestUploads(store: GraphStore, files: UploadedFile[], log: Logger, maxBytes?: number): Promise<IngestResponse> {
  if (files.length === 0) {
    throw new ValidationError(
      'No file was sent: POST multipart/form-data with one or more files in the form field "files" (curl -F files=@report.txt).',
      'files',
    );
  }
  const results: IngestFileResult[] = [];
  const summary = { created: 0, replaced: 0, unchanged: 0, skipped: 0 };
  for (const file of files) {
    const result = await ingestOne(store, file, maxBytes);
    summary[result.status]++;
    results.push(result);
    log.info({ file: result.file, status: result.status, source: result.source, reason: result.reason }, 'upload ingested');
  }
  if (summary.skipped === results.length) {
    const reasons = results.map((r) => r.reason ?? r.file).join('; ');
    throw new ValidationError(`No file could be ingested, nothing was stored: ${reasons}`, 'files');
  }
  return { results, summary };
}
