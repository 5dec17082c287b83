/** Embedded-store behaviour beyond the shared contract: the snapshot on disk. */
import * as fs from 'node:fs/promises';
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

async function opened(options: { fs?: SnapshotFs } = {}): Promise<EmbeddedStore> {
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

/** A file system whose rename fails, as a full or read-only disk would make it. */
const failingRename: SnapshotFs = {
  ...fs,
  rename: async () => {
    throw Object.assign(new Error('EROFS: read-only file system, rename'), { code: 'EROFS' });
  },
};

describe('EmbeddedStore snapshot', () => {
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

  it('keeps the previous snapshot and memory when writing the snapshot fails', async () => {
    const healthy = await opened();
    await healthy.upsertDocument(JIANGJIN);
    await healthy.close();
    const snapshotBefore = await readFile(join(dataDir, 'snapshot.jsonl'));

    const store = await opened({ fs: failingRename });
    const before = await observe(store);
    const error = await store.upsertDocument(TONGNAN).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((error as Error).message).toContain('POLICYGRAPH_DATA');
    await expect(store.deleteSource(JIANGJIN.source.id)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(await observe(store)).toEqual(before);
    expect(await readFile(join(dataDir, 'snapshot.jsonl'))).toEqual(snapshotBefore);
    expect(await readdir(dataDir)).toEqual(['snapshot.jsonl']);
    await store.close();
  });

  it('writes nothing for an unchanged document', async () => {
    const store = await opened();
    await store.upsertDocument(JIANGJIN);
    await store.close();
    const again = await opened({ fs: failingRename });
    expect((await again.upsertDocument(JIANGJIN)).status).toBe('unchanged');
    await again.close();
  });

  it('refuses a damaged snapshot with a message that says what to do', async () => {
    await writeFile(join(dataDir, 'snapshot.jsonl'), '{"format":"policygraph-embedded-snapshot","version":1,"documents":2}\n{}\n');
    const store = new EmbeddedStore({ dataDir });
    await expect(store.open()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining('Move it away') });
  });

  it('removes temp files a crash left behind', async () => {
    await writeFile(join(dataDir, 'snapshot.jsonl.0b1e.tmp'), 'half a snapshot');
    const store = await opened();
    expect(await readdir(dataDir)).toEqual([]);
    await store.close();
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
