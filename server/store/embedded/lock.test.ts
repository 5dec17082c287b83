/** The embedded store's writer lock: one writer per data folder, stale locks taken over, live ones waited for. */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JIANGJIN, TONGNAN } from '../../../tests/fixtures/documents/index.ts';
import { EmbeddedStore } from '../embedded.ts';
import { acquireLock, type LockOwner } from './lock.ts';

let dir: string;
let lockPath: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'policygraph-lock-'));
  lockPath = join(dir, 'store.lock');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('data folder lock', () => {
  it('refuses a second writer after waiting, naming the process that holds it', async () => {
    const held = await acquireLock(lockPath, { waitMs: 0 });
    const waited: LockOwner[] = [];
    const error = await acquireLock(lockPath, { waitMs: 300, pollMs: 20, onWait: (o) => waited.push(o) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((error as Error).message).toContain(`process ${process.pid} on ${hostname()}`);
    expect((error as Error).message).toContain('POLICYGRAPH_LOCK_WAIT');
    expect(waited.map((o) => o.pid)).toEqual([process.pid]);
    await held.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('gives the lock to a waiting writer once the holder releases it', async () => {
    const held = await acquireLock(lockPath, { waitMs: 0 });
    const second = acquireLock(lockPath, { waitMs: 10_000, pollMs: 20 });
    setTimeout(() => void held.release(), 100);
    const got = await second;
    expect(JSON.parse(await readFile(lockPath, 'utf8'))).toMatchObject({ pid: process.pid });
    await got.release();
  });

  it('takes over a lock whose process is gone (kill -9), and one cut short while being written', async () => {
    const stale = { pid: deadPid(), host: hostname(), command: 'policygraph ingest', since: '2025-01-01T00:00:00Z', token: 'dead' };
    await writeFile(lockPath, JSON.stringify(stale));
    const got = await acquireLock(lockPath, { waitMs: 0 });
    expect(JSON.parse(await readFile(lockPath, 'utf8'))).toMatchObject({ pid: process.pid });
    await got.release();
    await writeFile(lockPath, '{"pid":');
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPath, old, old);
    const again = await acquireLock(lockPath, { waitMs: 0 });
    await again.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a lock of another host only once its owner has stopped touching it (a replaced container)', async () => {
    await writeFile(lockPath, JSON.stringify({ pid: deadPid(), host: 'elsewhere', command: 'policygraph serve', since: 'x', token: 't' }));
    await expect(acquireLock(lockPath, { waitMs: 0 })).rejects.toMatchObject({ message: expect.stringContaining('on elsewhere') });
    const old = new Date(Date.now() - 10 * 60_000);
    await utimes(lockPath, old, old);
    const got = await acquireLock(lockPath, { waitMs: 0 });
    expect(JSON.parse(await readFile(lockPath, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    await got.release();
  });

  it('lets a reader open the folder beside the writer, and refuses writes through it', async () => {
    const writer = new EmbeddedStore({ dataDir: dir });
    await writer.open();
    await writer.upsertDocument(JIANGJIN);
    const reader = new EmbeddedStore({ dataDir: dir, access: 'read' });
    await reader.open();
    expect((await reader.stats()).sources).toBe(1);
    await expect(reader.upsertDocument(TONGNAN)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining('read-only') });
    const second = new EmbeddedStore({ dataDir: dir, lockWaitMs: 0 });
    await expect(second.open()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining('in use') });
    await reader.close();
    await writer.close();
  });
});
