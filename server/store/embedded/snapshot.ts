/**
 * The embedded store's snapshot file: one header line, then one ingested
 * document per line (JSON Lines), in ingest order. The graph is rebuilt from the
 * documents on open, so the file holds nothing that could disagree with them.
 * The header names the journal generation that continues it (journal.ts).
 * Writes are atomic: a temp file in the same folder, fsync, rename, so a crash
 * leaves either the old snapshot or the new one, never half of one.
 */
import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { StoreUnavailableError } from '../../../schema/errors.ts';
import { IngestDocumentSchema, type IngestDocument } from '../../../schema/model.ts';

/** The file operations the snapshot needs; injectable so tests can make them fail. */
export type SnapshotFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm' | 'mkdir' | 'readdir'>;

const FORMAT = 'policygraph-embedded-snapshot';
/** Version 1 had no journal; it is still read, and rewritten as version 2 by the next writer. */
const VERSIONS = [1, 2];
const VERSION = 2;
const FLUSH_AT = 1 << 20;

interface Header {
  format: string;
  version: number;
  documents: number;
  /** The journal generation whose entries follow this snapshot (version 2). */
  journal?: string;
}

export interface SnapshotContents {
  documents: IngestDocument[];
  /** Undefined for a version 1 snapshot or none at all. */
  generation: string | undefined;
  /** Size of the file in bytes (0 when there is none). */
  bytes: number;
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
      // Temp files of the snapshot and the journal (journal.ts) alike.
      const leftover = /^(?:snapshot|journal)\.jsonl\..+\.tmp$/;
      for (const name of await this.fs.readdir(this.folder)) {
        if (leftover.test(name)) await this.fs.rm(join(this.folder, name), { force: true });
      }
    } catch (error) {
      throw unavailable(`Could not prepare the data folder ${this.folder}`, error);
    }
  }

  /** The documents of the last snapshot, in ingest order, and its journal generation; none when there is no snapshot yet. */
  async read(): Promise<SnapshotContents> {
    let handle: nodeFs.FileHandle;
    try {
      handle = await this.fs.open(this.path, 'r');
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return { documents: [], generation: undefined, bytes: 0 };
      throw unavailable(`Could not open the snapshot ${this.path}`, error);
    }
    try {
      const bytes = (await handle.stat()).size;
      return { ...(await this.parse(handle)), bytes };
    } finally {
      await handle.close();
    }
  }

  /** The journal generation the current snapshot names, without reading its documents. */
  async generation(): Promise<string | undefined> {
    const handle = await this.fs.open(this.path, 'r').catch(() => undefined);
    if (!handle) return undefined;
    try {
      for await (const line of handle.readLines()) return this.parseHeader(line).journal;
      return undefined;
    } finally {
      await handle.close();
    }
  }

  private async parse(handle: nodeFs.FileHandle): Promise<Omit<SnapshotContents, 'bytes'>> {
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
    return { documents, generation: header.journal };
  }

  private parseHeader(line: string): Header {
    const header = safeJson(line) as Partial<Header> | undefined;
    const known = header?.format === FORMAT && VERSIONS.includes(header.version ?? 0) && typeof header.documents === 'number';
    if (!known || (header.journal !== undefined && typeof header.journal !== 'string')) {
      throw this.corrupt(`its first line is not a ${FORMAT} version ${VERSIONS.join(' or ')} header`);
    }
    return header as Header;
  }

  private parseDocument(line: string, n: number): IngestDocument {
    const parsed = IngestDocumentSchema.safeParse(safeJson(line));
    if (!parsed.success) throw this.corrupt(`document ${n} is not a valid IngestDocument`);
    return parsed.data;
  }

  /**
   * Replaces the snapshot with `documents` (each already one JSON line), followed by
   * journal `generation`, atomically. Returns its size in bytes. Throws
   * StoreUnavailableError and leaves the old file when it fails.
   */
  async write(documents: readonly string[], generation: string): Promise<number> {
    const temp = `${this.path}.${randomUUID()}.tmp`;
    let handle: nodeFs.FileHandle | undefined;
    let bytes = 0;
    try {
      handle = await this.fs.open(temp, 'w');
      bytes = await writeLines(handle, documents, generation);
      await handle.sync();
      await handle.close();
      handle = undefined;
      await this.fs.rename(temp, this.path);
    } catch (error) {
      await handle?.close().catch(() => undefined);
      await this.fs.rm(temp, { force: true }).catch(() => undefined);
      throw unavailable(`Could not write the snapshot ${this.path}; the store is unchanged`, error);
    }
    await syncFolder(this.fs, dirname(this.path));
    return bytes;
  }

  private corrupt(why: string): StoreUnavailableError {
    return new StoreUnavailableError(
      `The snapshot ${this.path} is damaged (${why}). Move it away and ingest the sources again, or point POLICYGRAPH_DATA at another folder.`,
    );
  }
}

/** Makes a rename in `folder` durable; best effort, since the renamed file is already in place. */
export async function syncFolder(fs: SnapshotFs, folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

async function writeLines(handle: nodeFs.FileHandle, documents: readonly string[], generation: string): Promise<number> {
  const header: Header = { format: FORMAT, version: VERSION, documents: documents.length, journal: generation };
  let batch = [JSON.stringify(header)];
  let size = 0;
  let written = 0;
  for (const line of documents) {
    batch.push(line);
    size += line.length;
    if (size >= FLUSH_AT) {
      written += (await handle.write(`${batch.join('\n')}\n`)).bytesWritten;
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) written += (await handle.write(`${batch.join('\n')}\n`)).bytesWritten;
  return written;
}

export function safeJson(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

export function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

export function unavailable(what: string, error: unknown): StoreUnavailableError {
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreUnavailableError(`${what}: ${reason}. Check that POLICYGRAPH_DATA is a writable folder with free space.`, {
    cause: error,
  });
}
