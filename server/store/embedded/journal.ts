/**
 * The embedded store's write-ahead journal (journal.jsonl): what changed since
 * the snapshot, one upsert or delete per line, appended and fsynced before the
 * change is applied in memory, so a write costs the size of its document rather
 * than of the whole store. Its header names a generation; only the journal of
 * the generation the snapshot names is replayed, which makes compaction (a new
 * snapshot, then a new empty journal) safe to interrupt at any point.
 *
 * A line is whole or it is not there: a line cut short by a crash is the last
 * one and is dropped (and cut off by the next writer); a failed append is
 * truncated away before the error is reported.
 */
import { randomUUID } from 'node:crypto';
import type * as nodeFs from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { StoreUnavailableError } from '../../../schema/errors.ts';
import { IngestDocumentSchema, type IngestDocument } from '../../../schema/model.ts';
import { isErrno, safeJson, syncFolder, unavailable, type SnapshotFs } from './snapshot.ts';

const FORMAT = 'policygraph-embedded-journal';
const VERSION = 1;

export type JournalEntry = { op: 'upsert'; doc: IngestDocument } | { op: 'delete'; source: string };

export interface JournalContents {
  entries: JournalEntry[];
  /** Bytes of whole lines; anything after is a cut-short line. */
  validBytes: number;
  bytes: number;
}

/** The JSON line of an upsert, from the document's own JSON line (not stringified again). */
export function upsertLine(documentLine: string): string {
  return `{"op":"upsert","doc":${documentLine}}`;
}

export function deleteLine(source: string): string {
  return JSON.stringify({ op: 'delete', source });
}

export class JournalFile {
  readonly path: string;
  private handle: nodeFs.FileHandle | undefined;
  private generation: string | undefined;
  /** Bytes of whole lines, where the next append starts. */
  size = 0;
  private lastSync = 0;

  /**
   * `syncEveryMs` 0: every append is fsynced before it returns. Above 0 (bulk
   * ingest): at most that often, and at close; a process crash loses nothing
   * (the lines are in the OS's cache), a power cut at most that much time of
   * writes, and the journal stays whole either way.
   */
  constructor(
    folder: string,
    private readonly fs: SnapshotFs,
    private readonly syncEveryMs = 0,
  ) {
    this.path = join(folder, 'journal.jsonl');
  }

  /** The entries of generation `generation`; none when the file is missing or of another generation. */
  async read(generation: string): Promise<JournalContents> {
    let text: string;
    try {
      const handle = await this.fs.open(this.path, 'r');
      try {
        text = await handle.readFile('utf8');
      } finally {
        await handle.close();
      }
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return { entries: [], validBytes: 0, bytes: 0 };
      throw unavailable(`Could not read the journal ${this.path}`, error);
    }
    return this.parse(text, generation);
  }

  private parse(text: string, generation: string): JournalContents {
    const bytes = Buffer.byteLength(text);
    const lines = text.split('\n');
    // The part after the last newline is a line cut short (or nothing).
    const tail = lines.pop() ?? '';
    const header = safeJson(lines[0] ?? '') as { format?: unknown; version?: unknown; generation?: unknown } | undefined;
    if (header?.format !== FORMAT || header.version !== VERSION || header.generation !== generation) {
      return { entries: [], validBytes: 0, bytes };
    }
    const entries = lines.slice(1).map((line, i) => this.parseEntry(line, i + 2));
    return { entries, validBytes: bytes - Buffer.byteLength(tail), bytes };
  }

  private parseEntry(line: string, n: number): JournalEntry {
    const value = safeJson(line) as { op?: unknown; doc?: unknown; source?: unknown } | undefined;
    if (value?.op === 'delete' && typeof value.source === 'string') return { op: 'delete', source: value.source };
    if (value?.op === 'upsert') {
      const doc = IngestDocumentSchema.safeParse(value.doc);
      if (doc.success) return { op: 'upsert', doc: doc.data };
    }
    throw new StoreUnavailableError(
      `The journal ${this.path} is damaged at line ${n}. Move snapshot.jsonl and journal.jsonl away and ingest the sources again, or point POLICYGRAPH_DATA at another folder.`,
    );
  }

  /** Opens the journal of `generation` for appending after its `validBytes` whole lines (cutting off a cut-short line). */
  async resume(generation: string, validBytes: number): Promise<void> {
    try {
      const handle = await this.fs.open(this.path, 'r+');
      await handle.truncate(validBytes);
      await handle.sync();
      await handle.close();
      this.handle = await this.fs.open(this.path, 'a');
      this.generation = generation;
      this.size = validBytes;
    } catch (error) {
      throw unavailable(`Could not open the journal ${this.path} for writing`, error);
    }
  }

  /** Replaces the journal with an empty one of `generation` (atomically: temp file, fsync, rename). */
  async start(generation: string): Promise<void> {
    await this.close();
    const temp = `${this.path}.${randomUUID()}.tmp`;
    const header = `${JSON.stringify({ format: FORMAT, version: VERSION, generation })}\n`;
    try {
      const handle = await this.fs.open(temp, 'w');
      try {
        await handle.write(header);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await this.fs.rename(temp, this.path);
      await syncFolder(this.fs, dirname(this.path));
      this.handle = await this.fs.open(this.path, 'a');
      this.generation = generation;
      this.size = Buffer.byteLength(header);
    } catch (error) {
      await this.fs.rm(temp, { force: true }).catch(() => undefined);
      throw unavailable(`Could not start a new journal ${this.path}`, error);
    }
  }

  /** Whether appends go to generation `generation` right now. */
  isOpenFor(generation: string): boolean {
    return this.handle !== undefined && this.generation === generation;
  }

  /**
   * Appends one entry line and makes it durable. On failure the file is cut back
   * to where it was, so no partial line stays; if even that fails the journal is
   * closed and the next append must start a new one.
   */
  async append(line: string): Promise<void> {
    const handle = this.handle;
    if (!handle) throw new StoreUnavailableError(`The journal ${this.path} is not open for writing; reopen the store`);
    const data = `${line}\n`;
    try {
      await handle.write(data);
      if (Date.now() - this.lastSync >= this.syncEveryMs) {
        await handle.datasync();
        this.lastSync = Date.now();
      }
      this.size += Buffer.byteLength(data);
    } catch (error) {
      await this.cutBack(handle);
      throw unavailable(`Could not write the journal ${this.path}; the store is unchanged`, error);
    }
  }

  private async cutBack(handle: nodeFs.FileHandle): Promise<void> {
    try {
      await handle.truncate(this.size);
      await handle.datasync();
    } catch {
      await this.close();
    }
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    this.generation = undefined;
    await handle?.datasync().catch(() => undefined);
    await handle?.close().catch(() => undefined);
  }
}
