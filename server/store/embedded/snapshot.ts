/**
 * The embedded store's snapshot file: one header line, then one ingested
 * document per line (JSON Lines), in ingest order. The graph is rebuilt from the
 * documents on open, so the file holds nothing that could disagree with them.
 * Writes are atomic: a temp file in the same folder, fsync, rename, so a crash
 * leaves either the old snapshot or the new one, never half of one.
 */
import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { StoreUnavailableError } from '../../../schema/errors.ts';
import { IngestDocumentSchema, type IngestDocument } from '../../../schema/model.ts';

/** The file operations the snapshot needs; injectable so tests can make them fail. */
export type SnapshotFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm' | 'mkdir' | 'readdir'>;

const FORMAT = 'policygraph-embedded-snapshot';
const VERSION = 1;
const FLUSH_AT = 1 << 20;

interface Header {
  format: string;
  version: number;
  documents: number;
}

export class SnapshotFile {
  readonly path: string;

  constructor(
    readonly folder: string,
    private readonly fs: SnapshotFs = nodeFs,
  ) {
    this.path = join(folder, 'snapshot.jsonl');
  }

  /** Creates the folder and removes temp files a crash may have left. */
  async prepare(): Promise<void> {
    try {
      await this.fs.mkdir(this.folder, { recursive: true });
      const prefix = `${basename(this.path)}.`;
      for (const name of await this.fs.readdir(this.folder)) {
        if (name.startsWith(prefix) && name.endsWith('.tmp')) await this.fs.rm(join(this.folder, name), { force: true });
      }
    } catch (error) {
      throw unavailable(`Could not prepare the data folder ${this.folder}`, error);
    }
  }

  /** The documents of the last snapshot, in ingest order; none when there is no snapshot yet. */
  async read(): Promise<IngestDocument[]> {
    let handle: nodeFs.FileHandle;
    try {
      handle = await this.fs.open(this.path, 'r');
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return [];
      throw unavailable(`Could not open the snapshot ${this.path}`, error);
    }
    try {
      return await this.parse(handle);
    } finally {
      await handle.close();
    }
  }

  private async parse(handle: nodeFs.FileHandle): Promise<IngestDocument[]> {
    const documents: IngestDocument[] = [];
    let header: Header | undefined;
    for await (const line of handle.readLines()) {
      if (line.trim() === '') continue;
      if (!header) header = this.parseHeader(line);
      else documents.push(this.parseDocument(line, documents.length + 1));
    }
    if (!header || header.documents !== documents.length) {
      throw this.corrupt(`it lists ${header?.documents ?? 'no'} documents but holds ${documents.length}`);
    }
    return documents;
  }

  private parseHeader(line: string): Header {
    const header = safeJson(line) as Partial<Header> | undefined;
    if (header?.format !== FORMAT || header.version !== VERSION || typeof header.documents !== 'number') {
      throw this.corrupt(`its first line is not a ${FORMAT} version ${VERSION} header`);
    }
    return header as Header;
  }

  private parseDocument(line: string, n: number): IngestDocument {
    const parsed = IngestDocumentSchema.safeParse(safeJson(line));
    if (!parsed.success) throw this.corrupt(`document ${n} is not a valid IngestDocument`);
    return parsed.data;
  }

  /**
   * Replaces the snapshot with `documents` (each already one JSON line), atomically.
   * Throws StoreUnavailableError and leaves the old file when it fails.
   */
  async write(documents: readonly string[]): Promise<void> {
    const temp = `${this.path}.${randomUUID()}.tmp`;
    let handle: nodeFs.FileHandle | undefined;
    try {
      handle = await this.fs.open(temp, 'w');
      await writeLines(handle, documents);
      await handle.sync();
      await handle.close();
      handle = undefined;
      await this.fs.rename(temp, this.path);
    } catch (error) {
      await handle?.close().catch(() => undefined);
      await this.fs.rm(temp, { force: true }).catch(() => undefined);
      throw unavailable(`Could not write the snapshot ${this.path}; the store is unchanged`, error);
    }
    await this.syncFolder();
  }

  /** Makes the rename itself durable; best effort, since the new snapshot is already in place. */
  private async syncFolder(): Promise<void> {
    const folder = await this.fs.open(dirname(this.path), 'r').catch(() => undefined);
    await folder?.sync().catch(() => undefined);
    await folder?.close().catch(() => undefined);
  }

  private corrupt(why: string): StoreUnavailableError {
    return new StoreUnavailableError(
      `The snapshot ${this.path} is damaged (${why}). Move it away and ingest the sources again, or point POLICYGRAPH_DATA at another folder.`,
    );
  }
}

async function writeLines(handle: nodeFs.FileHandle, documents: readonly string[]): Promise<void> {
  const header: Header = { format: FORMAT, version: VERSION, documents: documents.length };
  let batch = [JSON.stringify(header)];
  let size = 0;
  for (const line of documents) {
    batch.push(line);
    size += line.length;
    if (size >= FLUSH_AT) {
      await handle.write(`${batch.join('\n')}\n`);
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) await handle.write(`${batch.join('\n')}\n`);
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

function unavailable(what: string, error: unknown): StoreUnavailableError {
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreUnavailableError(`${what}: ${reason}. Check that POLICYGRAPH_DATA is a writable folder with free space.`, {
    cause: error,
  });
}
