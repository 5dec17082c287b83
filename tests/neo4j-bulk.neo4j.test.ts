/**
 * The Neo4j store's bulk write (upsertDocuments, one transaction per group) on a
 * real Neo4j: it leaves the graph that writing the documents one by one leaves —
 * new sources, a group that replaces one, a group that names a source twice —
 * and a group that fails midway leaves nothing of any of its documents.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Subgraph } from '../schema/api.ts';
import { RELATION_TYPES, type IngestDocument } from '../schema/model.ts';
import { processFile } from '../ingest/pipeline.ts';
import { Neo4jStore } from '../server/store/neo4j.ts';
import { JIANGJIN, TONGNAN, TONGNAN_CHANGED } from './fixtures/documents/index.ts';
import { emptyDatabase, testDriver } from './setup/neo4j-target.ts';

const target = inject('neo4j');
const driver = testDriver(target);
const SAMPLES = join(import.meta.dirname, '..', 'data', 'samples');
let samples: IngestDocument[];

beforeAll(async () => {
  const files = (await readdir(SAMPLES)).filter((f) => f.endsWith('.txt')).sort();
  samples = await Promise.all(files.map((f) => processFile(join(SAMPLES, f), { now: () => new Date('2025-01-20T08:00:00Z') })));
});

afterAll(async () => {
  await driver.close();
});

beforeEach(async () => {
  await emptyDatabase(driver, target);
});

/** Everything a reader sees: stats, every entity and relation with its evidence, every source. */
async function contents(store: Neo4jStore) {
  const graph: Subgraph = await store.exportGraph();
  return {
    stats: await store.stats(),
    nodes: [...graph.nodes].sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...graph.edges].sort((a, b) => a.key.localeCompare(b.key)),
    sources: (await store.listSources()).map((s) => s.id).sort(),
  };
}

/** The contents after `write` on an emptied database. */
async function after(write: (store: Neo4jStore) => Promise<unknown>) {
  await emptyDatabase(driver, target);
  const store = new Neo4jStore(target);
  await store.open();
  try {
    await write(store);
    return await contents(store);
  } finally {
    await store.close();
  }
}

async function oneByOne(store: Neo4jStore, docs: IngestDocument[]): Promise<string[]> {
  const statuses: string[] = [];
  for (const doc of docs) statuses.push((await store.upsertDocument(doc)).status);
  return statuses;
}

describe('upsertDocuments', () => {
  it('leaves the graph of one-by-one writes for new sources (the sample corpus, in groups)', async () => {
    const expected = await after((store) => oneByOne(store, samples));
    let statuses: string[] = [];
    const bulk = await after(async (store) => {
      statuses = [...(await store.upsertDocuments(samples.slice(0, 2))), ...(await store.upsertDocuments(samples.slice(2)))].map((r) => r.status);
    });
    expect(statuses).toEqual(samples.map(() => 'created'));
    expect(bulk.stats.relations.total).toBeGreaterThan(100);
    expect(bulk).toEqual(expected);
  });

  it('replaces, keeps unchanged and creates in one group as one-by-one writes do', async () => {
    const group = [TONGNAN_CHANGED, JIANGJIN, samples[0] as IngestDocument];
    let expectedStatuses: string[] = [];
    const expected = await after(async (store) => {
      await oneByOne(store, [TONGNAN, JIANGJIN]);
      expectedStatuses = await oneByOne(store, group);
    });
    let statuses: string[] = [];
    const bulk = await after(async (store) => {
      await store.upsertDocuments([TONGNAN, JIANGJIN]);
      statuses = (await store.upsertDocuments(group)).map((r) => r.status);
    });
    expect(expectedStatuses).toEqual(['replaced', 'unchanged', 'created']);
    expect(statuses).toEqual(expectedStatuses);
    expect(bulk).toEqual(expected);
  });

  it('writes a source named twice in one group as two writes in turn', async () => {
    const expected = await after((store) => oneByOne(store, [TONGNAN, JIANGJIN, TONGNAN_CHANGED]));
    let statuses: string[] = [];
    const bulk = await after(async (store) => {
      statuses = (await store.upsertDocuments([TONGNAN, JIANGJIN, TONGNAN_CHANGED])).map((r) => r.status);
    });
    expect(statuses).toEqual(['created', 'created', 'replaced']);
    expect(bulk).toEqual(expected);
  });

  it('changes the revision once per group, and not for a group of unchanged documents', async () => {
    const store = new Neo4jStore(target);
    await store.open();
    try {
      const empty = await store.revision();
      await store.upsertDocuments([TONGNAN, JIANGJIN]);
      const one = await store.revision();
      expect(one).not.toBe(empty);
      await store.upsertDocuments([TONGNAN, JIANGJIN]);
      expect(await store.revision()).toBe(one);
    } finally {
      await store.close();
    }
  });

  it('leaves nothing of a group whose last document fails (all or none)', async () => {
    const store = new Neo4jStore(target);
    await store.open();
    await driver.executeQuery('CREATE CONSTRAINT test_bulk_code IF NOT EXISTS FOR (p:Person) REQUIRE p.code IS UNIQUE');
    try {
      await store.upsertDocument(samples[0] as IngestDocument);
      const before = await contents(store);
      const twin = (name: string) => ({ id: `person:${name}`, type: 'Person' as const, name, aliases: [], attributes: { code: 'same' } });
      const broken: IngestDocument = { ...JIANGJIN, entities: [...JIANGJIN.entities, twin('甲'), twin('乙')] };
      await expect(store.upsertDocuments([samples[1] as IngestDocument, TONGNAN, broken])).rejects.toMatchObject({
        code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
      });
      expect(await contents(store)).toEqual(before);
    } finally {
      await driver.executeQuery('DROP CONSTRAINT test_bulk_code IF EXISTS');
      await store.close();
    }
  });
});

describe('stored degrees', () => {
  const database = target.database ? { database: target.database } : {};

  /** Every entity's stored degree, and the ids of those whose degree is not their count of relations. */
  async function degrees(): Promise<{ stored: Map<string, number>; wrong: string[] }> {
    const { records } = await driver.executeQuery(
      `MATCH (e:Entity) RETURN e.id AS id, e.degree AS stored, COUNT { (e)-[:${RELATION_TYPES.join('|')}]-() } AS counted`,
      {},
      database,
    );
    const stored = new Map(records.map((r) => [String(r.get('id')), Number(r.get('stored'))]));
    return { stored, wrong: records.filter((r) => Number(r.get('stored')) !== Number(r.get('counted'))).map((r) => String(r.get('id'))) };
  }

  it('match each entity’s relations after group writes, a replacement and a deletion', async () => {
    const store = new Neo4jStore(target);
    await store.open();
    try {
      await store.upsertDocuments(samples.slice(0, 3));
      await store.upsertDocuments([...samples.slice(3), TONGNAN, JIANGJIN]);
      const written = await degrees();
      expect(written.wrong).toEqual([]);
      expect(Math.max(...written.stored.values())).toBeGreaterThan(3);
      await store.upsertDocument(TONGNAN_CHANGED);
      const replaced = await degrees();
      expect(replaced.wrong).toEqual([]);
      await store.deleteSource(JIANGJIN.source.id);
      const deleted = await degrees();
      expect(deleted.wrong).toEqual([]);
      // The writes took relations away: some degree fell, so the checks above saw stored degrees change.
      expect([...deleted.stored].some(([id, degree]) => degree < (written.stored.get(id) ?? 0))).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('are filled in when a store opens on entities written without them', async () => {
    const store = new Neo4jStore(target);
    await store.open();
    await store.upsertDocuments(samples);
    await store.close();
    await driver.executeQuery('MATCH (e:Entity) REMOVE e.degree', {}, database);
    const reopened = new Neo4jStore(target);
    await reopened.open();
    await reopened.close();
    const { stored, wrong } = await degrees();
    expect(wrong).toEqual([]);
    expect([...stored.values()].every(Number.isInteger)).toBe(true);
  });
});
