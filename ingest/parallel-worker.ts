/**
 * The body of an ingest worker thread (see parallel.ts): processes one file
 * per message and posts back the document or the error's code and message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { IngestDocument } from '../schema/model.ts';
import { PolicyGraphError } from '../schema/errors.ts';
import { processFile } from './pipeline.ts';

/** What every worker is started with. */
export interface WorkerSetup {
  disabled: string[];
  maxFileBytes?: number;
}

export interface WorkerRequest {
  path: string;
}

export type WorkerReply = { ok: true; document: IngestDocument } | { ok: false; error: { code?: string; message: string } };

const setup = workerData as WorkerSetup;

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  try {
    const options = setup.maxFileBytes === undefined ? { disabled: setup.disabled } : { disabled: setup.disabled, maxFileBytes: setup.maxFileBytes };
    return { ok: true, document: await processFile(request.path, options) };
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    return { ok: false, error: err instanceof PolicyGraphError ? { code: err.code, message: error.message } : { message: error.stack ?? error.message } };
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  void handle(request).then((reply) => parentPort?.postMessage(reply));
});
