/**
 * The embedded store's writer lock: one process at a time may write a data
 * folder (its snapshot and journal live in memory and on disk together, so a
 * second writer would overwrite the first's documents). The lock is a file
 * created with O_EXCL holding the owner's pid, host and command. A lock whose
 * process is gone (kill -9, power loss) is taken over; a live one is waited for
 * up to a limit, then refused with a message naming its owner.
 *
 * The owner touches the file every HEARTBEAT_MS; a lock of another host (a
 * container that was replaced, with a new host name) is taken over once it has
 * not been touched for FOREIGN_STALE_MS, since its pid cannot be checked.
 *
 * Taking over is itself exclusive: the taker first creates `<lock>.break-<token>`
 * for the stale owner's token, so two processes finding the same stale lock
 * cannot both remove it (the second would remove the first's fresh lock).
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import * as nodeFs from 'node:fs/promises';
import { StoreUnavailableError } from '../../../schema/errors.ts';

export interface LockOwner {
  pid: number;
  host: string;
  command: string;
  since: string;
  token: string;
}

export interface LockOptions {
  /** How long to wait for a live owner, in ms (0: refuse at once). */
  waitMs: number;
  /** Told once, when the lock is held by a live process and waiting starts. */
  onWait?: (owner: LockOwner) => void;
  /** Delay between tries, in ms. */
  pollMs?: number;
}

export interface HeldLock {
  readonly path: string;
  release(): Promise<void>;
}

/** Locks this process holds, by path: a second store in the same process waits like another process would. */
const heldHere = new Set<string>();

/** A file whose contents cannot be read yet is being written; after this long it is a crash's leftover. */
const UNREADABLE_GRACE_MS = 2000;
const HEARTBEAT_MS = 10_000;
const FOREIGN_STALE_MS = 120_000;

/** Takes the lock at `path`, waiting for a live owner up to `options.waitMs`. */
export async function acquireLock(path: string, options: LockOptions): Promise<HeldLock> {
  const started = Date.now();
  const me: LockOwner = { pid: process.pid, host: hostname(), command: process.argv.slice(1).join(' ').slice(0, 300), since: new Date().toISOString(), token: randomUUID() };
  let toldWaiting = false;
  for (;;) {
    if (await tryCreate(path, me)) {
      heldHere.add(path);
      const heartbeat = setInterval(() => {
        const now = new Date();
        void nodeFs.utimes(path, now, now).catch(() => undefined);
      }, HEARTBEAT_MS);
      heartbeat.unref();
      return {
        path,
        release: () => {
          clearInterval(heartbeat);
          return release(path, me.token);
        },
      };
    }
    const owner = await readOwner(path);
    if (owner === 'gone') continue;
    if (owner === 'unreadable' ? await untouchedFor(path, UNREADABLE_GRACE_MS) : await isStale(path, owner)) {
      await breakLock(path, owner === 'unreadable' ? 'unreadable' : owner.token);
      continue;
    }
    if (Date.now() - started >= options.waitMs) throw busy(path, owner);
    if (!toldWaiting && owner !== 'unreadable') options.onWait?.(owner);
    toldWaiting = true;
    await sleep(options.pollMs ?? 100);
  }
}

async function tryCreate(path: string, owner: LockOwner): Promise<boolean> {
  let handle: nodeFs.FileHandle;
  try {
    handle = await nodeFs.open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new StoreUnavailableError(
      `Cannot create the lock file ${path} (${(error as Error).message}); the data folder must be writable. Check POLICYGRAPH_DATA, its permissions and free space.`,
      { cause: error },
    );
  }
  try {
    await handle.writeFile(JSON.stringify(owner));
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

async function readOwner(path: string): Promise<LockOwner | 'gone' | 'unreadable'> {
  let text: string;
  try {
    text = await nodeFs.readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && typeof owner.token === 'string' && typeof owner.host === 'string') return owner as LockOwner;
  } catch {
    // Being written right now, or cut short by a crash: decided by its age.
  }
  return 'unreadable';
}

async function untouchedFor(path: string, ms: number): Promise<boolean> {
  const info = await nodeFs.stat(path).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs > ms;
}

/**
 * Whether the owner is gone: on this host, no such process (or it is us, in an
 * earlier life); on another host, no heartbeat for FOREIGN_STALE_MS.
 */
async function isStale(path: string, owner: LockOwner): Promise<boolean> {
  if (owner.host !== hostname()) return untouchedFor(path, FOREIGN_STALE_MS);
  if (owner.pid === process.pid) return !heldHere.has(path);
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Removes the stale lock with `token`, unless another taker is already doing so. */
async function breakLock(path: string, token: string): Promise<void> {
  const breaker = `${path}.break-${token}`;
  let handle: nodeFs.FileHandle;
  try {
    handle = await nodeFs.open(breaker, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another taker is at it; if it died meanwhile, its breaker file is a leftover after the grace time.
    if (await untouchedFor(breaker, UNREADABLE_GRACE_MS)) await nodeFs.rm(breaker, { force: true });
    else await sleep(50);
    return;
  }
  await handle.close();
  try {
    const owner = await readOwner(path);
    const same = owner === 'unreadable' ? token === 'unreadable' : owner !== 'gone' && owner.token === token;
    if (same) await nodeFs.rm(path, { force: true });
  } finally {
    await nodeFs.rm(breaker, { force: true });
  }
}

async function release(path: string, token: string): Promise<void> {
  heldHere.delete(path);
  const owner = await readOwner(path).catch(() => 'gone' as const);
  if (owner !== 'gone' && owner !== 'unreadable' && owner.token === token) await nodeFs.rm(path, { force: true });
}

function busy(path: string, owner: LockOwner | 'unreadable'): StoreUnavailableError {
  const who =
    owner === 'unreadable'
      ? 'another process'
      : `process ${owner.pid} on ${owner.host} (${owner.command || 'policygraph'}, since ${owner.since})`;
  return new StoreUnavailableError(
    `The data folder is in use by ${who}: one process writes it at a time. Wait for it to finish (or raise POLICYGRAPH_LOCK_WAIT), ingest through the running server's POST /api/sources, or delete ${path} if that process no longer runs.`,
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
