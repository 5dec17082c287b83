/**
 * The embedded store's files together: the writer lock (lock.ts), the snapshot
 * (snapshot.ts) and the journal that continues it (journal.ts). A writer holds
 * the lock from open to close, appends each change to the journal before it is
 * applied, and compacts (a new snapshot, a new journal) when the journal has
 * grown past the snapshot, so writes cost O(document) and compaction O(store)
 * amortised over as many writes as the store holds. A reader (`stats`,
 * `export` beside a running server) takes no lock and reads a consistent pair.
 */
import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { StoreUnavailableError } from '../../../schema/errors.ts';
import type { IngestDocument } from '../../../schema/model.ts';
import { JournalFile, type JournalEntry } from './journal.ts';
import { acquireLock, type HeldLock, type LockOwner } from './lock.ts';
import { SnapshotFile, unavailable, type SnapshotFs } from './snapshot.ts';

export type Access = 'read' | 'write';

export interface StoreFilesOptions {
  access: Access;
  fs: SnapshotFs;
  /** How long a writer waits for another process's lock, in ms. */
  lockWaitMs: number;
  onLockWait?: (owner: LockOwner) => void;
  /** The journal is compacted once it is larger than this and than the snapshot. */
  compactAtBytes?: number;
  /** 0: fsync every write; above: at most that often (see JournalFile). */
  syncEveryMs?: number;
}

/** What open() found: the snapshot's documents, then the journal entries to replay after them. */
export interface StoredChanges {
  documents: IngestDocument[];
  entries: JournalEntry[];
}

const COMPACT_AT_BYTES = 4 * 1024 * 1024;
const READ_TRIES = 5;

export class StoreFiles {
  private readonly snapshot: SnapshotFile;
  private readonly journal: JournalFile;
  private lock: HeldLock | undefined;
  private generation: string | undefined;
  private snapshotBytes = 0;

  constructor(
    readonly folder: string,
    private readonly options: StoreFilesOptions,
  ) {
    this.snapshot = new SnapshotFile(folder, options.fs);
    this.journal = new JournalFile(folder, options.fs, options.syncEveryMs ?? 0);
  }

  /** Opens for the configured access; a writer takes the lock and cleans up after a crash. */
  async open(): Promise<StoredChanges> {
    if (this.options.access === 'read') return this.readConsistent();
    await this.makeFolder();
    this.lock = await acquireLock(join(this.folder, 'store.lock'), {
      waitMs: this.options.lockWaitMs,
      ...(this.options.onLockWait ? { onWait: this.options.onLockWait } : {}),
    });
    try {
      await this.snapshot.prepare();
      return await this.openForWriting();
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  private async openForWriting(): Promise<StoredChanges> {
    const { documents, generation, bytes } = await this.snapshot.read();
    this.snapshotBytes = bytes;
    if (generation === undefined) return { documents, entries: [] };
    this.generation = generation;
    const journal = await this.journal.read(generation);
    // A journal of another generation was left by a compaction cut short: the snapshot already holds it.
    if (journal.validBytes === 0) await this.journal.start(generation);
    else await this.journal.resume(generation, journal.validBytes);
    return { documents, entries: journal.entries };
  }

  /** Snapshot and journal of one generation, read again if a writer compacted in between. */
  private async readConsistent(): Promise<StoredChanges> {
    for (let attempt = 1; ; attempt++) {
      const { documents, generation } = await this.snapshot.read();
      if (generation === undefined) return { documents, entries: [] };
      const { entries } = await this.journal.read(generation);
      if ((await this.snapshot.generation()) === generation || attempt >= READ_TRIES) return { documents, entries };
    }
  }

  private async makeFolder(): Promise<void> {
    try {
      await this.options.fs.mkdir(this.folder, { recursive: true });
    } catch (error) {
      throw unavailable(`Could not create the data folder ${this.folder}`, error);
    }
  }

  /** Whether open() found no journal for the snapshot (none yet, or a version 1 snapshot): compact() before writing. */
  needsJournal(): boolean {
    return this.options.access === 'write' && (this.generation === undefined || !this.journal.isOpenFor(this.generation));
  }

  /**
   * Makes `line` durable. `documents` gives every document's line as memory
   * holds them before this change, for a compaction the journal may need first.
   */
  async append(line: string, documents: () => string[]): Promise<void> {
    if (this.options.access !== 'write' || !this.lock) {
      throw new StoreUnavailableError('This embedded store was opened read-only (stats, export); writes go through `policygraph ingest` or the server');
    }
    if (this.needsJournal()) await this.compact(documents());
    await this.journal.append(line);
  }

  /** Compacts when the journal has outgrown the snapshot; a failure leaves the journal in use, so it is not an error. */
  async compactIfDue(documents: () => string[]): Promise<void> {
    const threshold = Math.max(this.options.compactAtBytes ?? COMPACT_AT_BYTES, this.snapshotBytes);
    if (this.journal.size <= threshold) return;
    await this.compact(documents()).catch(() => undefined);
  }

  /** A new snapshot of `documents` under a new generation, then an empty journal for it. */
  async compact(documents: string[]): Promise<void> {
    const generation = randomUUID();
    this.snapshotBytes = await this.snapshot.write(documents, generation);
    // From here the old journal is part of the snapshot: appends must wait for the new one.
    this.generation = generation;
    await this.journal.start(generation);
  }

  async close(): Promise<void> {
    await this.journal.close();
    const lock = this.lock;
    this.lock = undefined;
    await lock?.release().catch(() => undefined);
  }
}

/** The real file system, for callers that inject none. */
export const NODE_FS: SnapshotFs = nodeFs;
