/** Embedded-store behaviour beyond the shared contract: the snapshot on disk. */
import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JIANGJIN, TONGNAN, TONGNAN_CHANGED } from '../../tests/fixtures/documents/index.ts';
import { EmbeddedStore } from './embedded.ts';
import type { SnapshotFs } from './embedded/snapshot.ts';
import type { GraphStore } from './types.ts';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'policygraph-embedded-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function opened(options: { fs?: SnapshotFs; compactAtBytes?: number } = {}): Promise<EmbeddedStore> {
  const store = new EmbeddedStore({ dataDir, ...options });
  await store.open();
  return store;
}

/** Everything a reader can see, to compare two stores or one store over time. */
async function observe(store: GraphStore) {
  const graph = await store.exportGraph();
  return {
    stats: await store.stats(),
    nodes: graph.nodes.sort((a, b) => a.id.localeCompare(b.id)),
    edges: graph.edges.sort((a, b) => a.key.localeCompare(b.key)),
    sources: await store.listSources(),
    search: await store.search({ q: '江津', limit: 10 }),
  };
}

/** A file system whose writes fail with ENOSPC once `full` is set, after writing half of what they were given. */
function fullDisk(): { fs: SnapshotFs; fill(): void } {
  let full = false;
  const fs: SnapshotFs = {
    ...nodeFs,
    open: (async (...args: Parameters<typeof nodeFs.open>) => {
      const handle = await nodeFs.open(...args);
      const write = handle.write.bind(handle) as (data: string) => Promise<unknown>;
      Object.assign(handle, {
        write: async (data: string) => {
          if (!full) return write(data);
          await write(data.slice(0, Math.floor(data.length / 2)));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        },
      });
      return handle;
    }) as SnapshotFs['open'],
  };
  return { fs, fill: () => (full = true) };
}

const filesOf = async () => Object.fromEntries(await Promise.all((await readdir(dataDir)).sort().map(async (n) => [n, await readFile(join(dataDir, n))] as const)));

describe('EmbeddedStore snapshot and journal', () => {
  it('survives a reopen with the same answers', async () => {
    const first = await opened();
    await first.upsertDocument(JIANGJIN);
    await first.upsertDocument(TONGNAN);
    await first.upsertDocument(TONGNAN_CHANGED);
    const before = await observe(first);
    await first.close();
    const second = await opened();
    expect(await observe(second)).toEqual(before);
    expect((await second.upsertDocument(JIANGJIN)).status).toBe('unchanged');
    await second.close();
  });

  it('keeps the files on disk and memory as they were when the disk is full', async () => {
    const disk = fullDisk();
    const store = await opened({ fs: disk.fs });
    await store.upsertDocument(JIANGJIN);
    const before = await observe(store);
    const onDisk = await filesOf();
    disk.fill();
    const error = await store.upsertDocument(TONGNAN).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((error as Error).message).toMatch(/ENOSPC.*POLICYGRAPH_DATA/);
    await expect(store.deleteSource(JIANGJIN.source.id)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(await observe(store)).toEqual(before);
    // The half-written line was cut off again: the journal is byte for byte what it was.
    expect(await filesOf()).toEqual(onDisk);
    await store.close();
    const reopened = await opened();
    expect(await observe(reopened)).toEqual(before);
    await reopened.close();
  });

  it('drops a journal line cut short by a crash, and replays the whole ones', async () => {
    const store = await opened();
    await store.upsertDocument(JIANGJIN);
    await store.upsertDocument(TONGNAN);
    const before = await observe(store);
    await store.close();
    const journal = join(dataDir, 'journal.jsonl');
    const whole = await readFile(journal);
    await writeFile(journal, Buffer.concat([whole, Buffer.from('{"op":"upsert","doc":{"source":{"id":"sou')]));
    const again = await opened();
    expect(await observe(again)).toEqual(before);
    expect(await readFile(journal)).toEqual(whole);
    await again.close();
  });

  it('compacts the journal into a new snapshot, and a compaction cut short replays nothing twice', async () => {
    const store = await opened({ compactAtBytes: 1 });
    await store.upsertDocument(JIANGJIN);
    await store.upsertDocument(TONGNAN);
    await store.upsertDocument(TONGNAN_CHANGED);
    const before = await observe(store);
    await store.close();
    // The journal outgrew the snapshot and was folded into it: the snapshot holds documents now.
    const snapshotLines = (await readFile(join(dataDir, 'snapshot.jsonl'), 'utf8')).trim().split('\n');
    const journalLines = (await readFile(join(dataDir, 'journal.jsonl'), 'utf8')).trim().split('\n');
    expect(snapshotLines.length).toBeGreaterThan(1);
    expect(JSON.parse(snapshotLines[0] ?? '')).toMatchObject({ journal: JSON.parse(journalLines[0] ?? '').generation });
    const again = await opened();
    expect(await observe(again)).toEqual(before);
    await again.close();
  });

  it('stays whole when a compaction stops between the new snapshot and the new journal', async () => {
    // The journal's rename fails, as a crash right after the snapshot's rename would leave it.
    const failingJournal: SnapshotFs = {
      ...nodeFs,
      rename: async (from, to) => {
        if (String(to).endsWith('journal.jsonl')) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
        return nodeFs.rename(from, to);
      },
    };
    const healthy = await opened();
    await healthy.upsertDocument(TONGNAN);
    await healthy.close();
    const store = await opened({ fs: failingJournal, compactAtBytes: 1 });
    await store.upsertDocument(JIANGJIN);
    const before = await observe(store);
    // The next write needs the new journal first, and says it cannot have one.
    await expect(store.upsertDocument(TONGNAN_CHANGED)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(await observe(store)).toEqual(before);
    await store.close();
    const snapshotHeader = JSON.parse((await readFile(join(dataDir, 'snapshot.jsonl'), 'utf8')).split('\n')[0] ?? '');
    const journalHeader = JSON.parse((await readFile(join(dataDir, 'journal.jsonl'), 'utf8')).split('\n')[0] ?? '');
    expect(snapshotHeader.journal).not.toBe(journalHeader.generation);
    const again = await opened();
    expect(await observe(again)).toEqual(before);
    await again.close();
  });

  it('reads a version 1 snapshot and goes on with a journal', async () => {
    const line = JSON.stringify(JIANGJIN);
    await writeFile(join(dataDir, 'snapshot.jsonl'), `{"format":"policygraph-embedded-snapshot","version":1,"documents":1}\n${line}\n`);
    const store = await opened();
    expect((await store.stats()).sources).toBe(1);
    await store.upsertDocument(TONGNAN);
    await store.close();
    const again = await opened();
    expect((await again.stats()).sources).toBe(2);
    await again.close();
  });

  it('writes nothing for an unchanged document', async () => {
    const disk = fullDisk();
    const store = await opened({ fs: disk.fs });
    await store.upsertDocument(JIANGJIN);
    disk.fill();
    expect((await store.upsertDocument(JIANGJIN)).status).toBe('unchanged');
    await store.close();
  });

  it('refuses a damaged snapshot with a message that says what to do', async () => {
    await writeFile(join(dataDir, 'snapshot.jsonl'), '{"format":"policygraph-embedded-snapshot","version":1,"documents":2}\n{}\n');
    const store = new EmbeddedStore({ dataDir });
    await expect(store.open()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining('Move it away') });
  });

  it('removes temp files a crash left behind', async () => {
    await writeFile(join(dataDir, 'snapshot.jsonl.0b1e.tmp'), 'half a snapshot');
    await writeFile(join(dataDir, 'journal.jsonl.77aa.tmp'), 'half a journal');
    const store = await opened();
    expect((await readdir(dataDir)).sort()).toEqual(['journal.jsonl', 'snapshot.jsonl', 'store.lock']);
    await store.close();
    expect((await readdir(dataDir)).sort()).toEqual(['journal.jsonl', 'snapshot.jsonl']);
  });

  it('serialises concurrent writes', async () => {
    const store = await opened();
    const results = await Promise.all([JIANGJIN, TONGNAN, JIANGJIN].map((doc) => store.upsertDocument(doc)));
    expect(results.map((r) => r.status)).toEqual(['created', 'created', 'unchanged']);
    await store.close();
    const reopened = await opened();
    expect((await reopened.stats()).sources).toBe(2);
    await reopened.close();
  });
});

describe('EmbeddedStore without Cypher', () => {
  it('says how to run Cypher on Neo4j', async () => {
    const store = await opened();
    await expect(store.cypher('MATCH (n) RETURN n', {}, { timeoutMs: 1000, maxRows: 10 })).rejects.toMatchObject({
      code: 'UNSUPPORTED',
      message: expect.stringContaining('NEO4J_URI'),
    });
    await store.close();
  });

  it('refuses reads once closed', async () => {
    const store = await opened();
    await store.close();
    await expect(store.stats()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await expect(store.ping()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });
});
