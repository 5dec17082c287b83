/**
 * Parallel ingest by file: a small pool of worker threads (one per core by
 * default) each runs the whole pipeline on one file at a time. Results come
 * back in the order of the input paths, and at most `window` files are in a
 * worker or waiting to be taken, so memory stays bounded however many files
 * there are and however slowly the caller consumes them (backpressure).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IngestDocument } from '../schema/model.ts';
import { BadInputFileError, ValidationError } from '../schema/errors.ts';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './parallel-worker.ts';

export interface PoolOptions {
  /** Worker threads; default: the available cores. */
  workers?: number;
  /** Ids of extractors to leave out (as ProcessOptions.disabled). */
  disabled?: readonly string[];
  /** Largest file read, in bytes (as ProcessOptions.maxFileBytes). */
  maxFileBytes?: number;
}

export interface RunOptions {
  /** Files in flight or finished but not yet taken; default: twice the workers. */
  window?: number;
  /** Clock for Source.ingestedAt, read when a file's result is taken. */
  now?: () => Date;
}

export interface ParallelOptions extends PoolOptions, RunOptions {}

/** One file's result: its document, or why it could not be ingested. */
export type FileOutcome = { path: string; document: IngestDocument } | { path: string; error: Error };

/** Worker threads kept for several runs (a server, a benchmark); close it when done. */
export interface IngestPool {
  readonly workers: number;
  /** Outcomes for `paths`, in input order (see processFilesParallel). */
  process(paths: readonly string[], options?: RunOptions): AsyncGenerator<FileOutcome>;
  close(): Promise<void>;
}

/** Starts `workers` ingest worker threads. */
export function createIngestPool(options: PoolOptions = {}): IngestPool {
  const workers = checkedCount(options.workers ?? availableParallelism(), 'workers');
  const setup: WorkerSetup = { disabled: [...(options.disabled ?? [])] };
  if (options.maxFileBytes !== undefined) setup.maxFileBytes = options.maxFileBytes;
  const pool = new WorkerPool(workers, setup);
  return {
    workers,
    process: (paths, run = {}) => ordered(pool, paths, checkedCount(run.window ?? workers * 2, 'window'), run.now ?? (() => new Date())),
    close: () => pool.close(),
  };
}

/**
 * Processes `paths` on worker threads and yields one outcome per path, in
 * input order. A file that cannot be read or decoded gives an outcome with a
 * BadInputFileError; the other files go on. The workers stop when the loop
 * ends, also when the caller breaks out of it.
 */
export async function* processFilesParallel(paths: readonly string[], options: ParallelOptions = {}): AsyncGenerator<FileOutcome> {
  const workers = Math.min(options.workers ?? availableParallelism(), Math.max(1, paths.length));
  const pool = createIngestPool({ ...options, workers });
  try {
    yield* pool.process(paths, options);
  } finally {
    await pool.close();
  }
}

async function* ordered(pool: WorkerPool, paths: readonly string[], window: number, now: () => Date): AsyncGenerator<FileOutcome> {
  const pending = new Map<number, Promise<FileOutcome>>();
  let dispatched = 0;
  for (let i = 0; i < paths.length; i++) {
    for (; dispatched < paths.length && dispatched < i + window; dispatched++) pending.set(dispatched, pool.run(paths[dispatched] as string));
    const outcome = await (pending.get(i) as Promise<FileOutcome>);
    pending.delete(i);
    if ('document' in outcome) outcome.document.source.ingestedAt = now().toISOString();
    yield outcome;
  }
}

function checkedCount(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1 || value > 256) {
    throw new ValidationError(`${name} must be a whole number from 1 to 256, got ${String(value)}`, name);
  }
  return value;
}

interface Task {
  path: string;
  resolve(outcome: FileOutcome): void;
}

/** Worker threads that take one file at a time from a shared queue. */
class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private readonly retired = new WeakSet<Worker>();
  private closed = false;

  constructor(
    size: number,
    private readonly setup: WorkerSetup,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  /** The outcome of processing `path` on the next free worker. */
  run(path: string): Promise<FileOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ path, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.resolve({ path: task.path, error: new Error('ingest stopped before this file') });
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./parallel-worker.mjs', import.meta.url), { workerData: this.setup });
    worker.on('message', (reply: WorkerReply) => this.settle(worker, outcomeOf(reply)));
    worker.on('error', (err) => this.replace(worker, err));
    worker.on('exit', (code) => {
      if (code !== 0 && !this.closed) this.replace(worker, new Error(`ingest worker stopped with exit code ${code}`));
    });
    return worker;
  }

  private dispatch(): void {
    while (!this.closed && this.queue.length > 0 && this.idle.length > 0) {
      const worker = this.idle.pop() as Worker;
      const task = this.queue.shift() as Task;
      this.busy.set(worker, task);
      const request: WorkerRequest = { path: task.path };
      worker.postMessage(request);
    }
  }

  private settle(worker: Worker, outcome: (path: string) => FileOutcome): void {
    const task = this.busy.get(worker);
    if (!task) return;
    this.busy.delete(worker);
    this.idle.push(worker);
    task.resolve(outcome(task.path));
    this.dispatch();
  }

  /** A worker that failed outside a file's processing is replaced, once (an error is followed by an exit); its file gets the error. */
  private replace(worker: Worker, err: Error): void {
    if (this.retired.has(worker)) return;
    this.retired.add(worker);
    const task = this.busy.get(worker);
    this.busy.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    void worker.terminate();
    if (this.closed) return;
    this.idle.push(this.spawn());
    task?.resolve({ path: task.path, error: err });
    this.dispatch();
  }
}

/** Rebuilds what a worker sent: the document, or a typed error decided by its code. */
function outcomeOf(reply: WorkerReply): (path: string) => FileOutcome {
  return (path) => {
    if (reply.ok) return { path, document: reply.document };
    if (reply.error.code === 'BAD_INPUT_FILE') {
      const prefix = `${path}: `;
      const reason = reply.error.message.startsWith(prefix) ? reply.error.message.slice(prefix.length) : reply.error.message;
      return { path, error: new BadInputFileError(path, reason) };
    }
    return { path, error: new Error(reply.error.message) };
  };
}
