/**
 * A fact the corpus repeats more often than a relationship keeps evidence for
 * (EVIDENCE_ON_RELATION): Neo4j holds the first entries on the relationship and
 * the rest in EvidenceBatch nodes, and still answers exactly as the embedded
 * store does — whole relations, entity pages (evidence limits, totals, date
 * filters), neighbourhoods — after group writes, one-by-one writes, a replaced
 * source and deleted ones; leaves no batch behind a relation that is gone; and
 * the console's "positions" example reads the batches too.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Subgraph } from '../schema/api.ts';
import type { IngestDocument } from '../schema/model.ts';
import { EmbeddedStore } from '../server/store/embedded.ts';
import { EVIDENCE_ON_RELATION } from '../server/store/neo4j-evidence.ts';
import { Neo4jStore } from '../server/store/neo4j.ts';
import type { GraphStore } from '../server/store/types.ts';
import { CYPHER_EXAMPLES } from '../web/src/cypher/examples.ts';
import { buildDocument } from './fixtures/documents/build.ts';
import { emptyDatabase, testDriver } from './setup/neo4j-target.ts';

const target = inject('neo4j');
const driver = testDriver(target);
const database = target.database ? { database: target.database } : {};
const PERSON = 'person:唐大军';
const SENTENCES_PER_DOCUMENT = 3;
const DOCUMENTS = 12;

/** Document `i`: the same fact in three sentences of its own, its evidence dated 2025-01-(i+1). */
function repeating(i: number, fact: { title: string; org: string } = { title: '书记', org: '江津区委' }): IngestDocument {
  const sentences = Array.from({ length: SENTENCES_PER_DOCUMENT }, (_, k) => `第${i}号通报第${k + 1}段：${fact.org}${fact.title}唐大军调研。`);
  const date = `2025-01-${String(i + 1).padStart(2, '0')}`;
  const doc = buildDocument({
    file: `repeat_${String(i).padStart(2, '0')}.txt`,
    articles: [{ title: `调研${i}`, date, sentences }],
    entities: [
      ['Person', '唐大军'],
      ['Organization', fact.org],
    ],
    relations: sentences.map((sentence) => ({
      type: 'HOLDS_POSITION' as const,
      from: ['Person', '唐大军'] as ['Person', string],
      to: ['Organization', fact.org] as ['Organization', string],
      title: fact.title,
      sentence,
    })),
  });
  const article = doc.articles[0]!.id;
  return { ...doc, relations: doc.relations.map((r) => ({ ...r, evidence: { ...r.evidence, article, date } })) };
}

const docs = Array.from({ length: DOCUMENTS }, (_, i) => repeating(i));
const dirs: string[] = [];

async function embeddedWith(write: (store: EmbeddedStore) => Promise<unknown>): Promise<EmbeddedStore> {
  const dataDir = await mkdtemp(join(tmpdir(), 'policygraph-evidence-'));
  dirs.push(dataDir);
  const store = new EmbeddedStore({ dataDir });
  await store.open();
  await write(store);
  return store;
}

async function neo4jWith(write: (store: Neo4jStore) => Promise<unknown>): Promise<Neo4jStore> {
  await emptyDatabase(driver, target);
  const store = new Neo4jStore(target);
  await store.open();
  await write(store);
  return store;
}

async function oneByOne(store: GraphStore, list: readonly IngestDocument[]): Promise<void> {
  for (const doc of list) await store.upsertDocument(doc);
}

function sorted(graph: Subgraph): Subgraph {
  return { ...graph, nodes: [...graph.nodes].sort((a, b) => a.id.localeCompare(b.id)), edges: [...graph.edges].sort((a, b) => a.key.localeCompare(b.key)) };
}

/** What readers see of the repeated fact, through every read that returns evidence. */
async function answers(store: GraphStore) {
  const page = { direction: 'both' as const, offset: 0, limit: 10 };
  return {
    graph: sorted(await store.exportGraph()),
    entity: await store.getEntity(PERSON),
    defaultPage: await store.entityPage(PERSON, { ...page, evidenceLimit: EVIDENCE_ON_RELATION }),
    widePage: await store.entityPage(PERSON, { ...page, evidenceLimit: 1000 }),
    lastDay: await store.entityPage(PERSON, { ...page, evidenceLimit: 1000, since: `2025-01-${DOCUMENTS}`, until: `2025-01-${DOCUMENTS}` }),
    neighbours: sorted(await store.neighbors(PERSON, { depth: 1, limit: 10 })),
    relations: await store.relations({ type: 'HOLDS_POSITION', from: PERSON, limit: 10 }),
  };
}

/** How Neo4j laid the evidence out: entries on the relationship, the count, and the batches' starts. */
async function layout() {
  const { records } = await driver.executeQuery(
    `MATCH ()-[r:HOLDS_POSITION]->()
     RETURN r.key AS key, size(r.evidence_text) AS onRelation, r.evidence_count AS count,
            COLLECT { MATCH (b:EvidenceBatch {relation: r.key}) RETURN b.at ORDER BY b.at } AS batches`,
    {},
    database,
  );
  return records.map((r) => ({ onRelation: Number(r.get('onRelation')), count: Number(r.get('count')), batches: (r.get('batches') as unknown[]).map(Number) }));
}

async function batchCount(): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (b:EvidenceBatch) RETURN count(b) AS n', {}, database);
  return Number(records[0]?.get('n'));
}

const open: GraphStore[] = [];
beforeEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()));
});

afterAll(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()));
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  await driver.close();
});

describe('evidence beyond what a relationship keeps', () => {
  it('group writes keep the first entries on the relationship and the rest in batches, and read as the embedded store', async () => {
    const embedded = await embeddedWith((store) => oneByOne(store, docs));
    const neo4j = await neo4jWith(async (store) => {
      await store.upsertDocuments(docs.slice(0, 5));
      await store.upsertDocuments(docs.slice(5));
    });
    open.push(embedded, neo4j);
    const total = DOCUMENTS * SENTENCES_PER_DOCUMENT;
    // The first group's 15 entries fit; the second group's 21 fill the relationship to 20 and start a batch at 20.
    expect(await layout()).toEqual([{ onRelation: EVIDENCE_ON_RELATION, count: total, batches: [EVIDENCE_ON_RELATION] }]);
    const expected = await answers(embedded);
    expect(expected.widePage.relations[0]?.evidence).toHaveLength(total);
    expect(expected.lastDay.relations[0]?.evidence).toHaveLength(SENTENCES_PER_DOCUMENT);
    expect(await answers(neo4j)).toEqual(expected);
  });

  it('one-by-one writes start a batch per document once the relationship is full, and read the same', async () => {
    const embedded = await embeddedWith((store) => oneByOne(store, docs));
    const neo4j = await neo4jWith((store) => oneByOne(store, docs));
    open.push(embedded, neo4j);
    // Six documents give 18 entries; the seventh puts 2 on the relationship and 1 in a batch at 20.
    const starts = [20, 21, 24, 27, 30, 33];
    expect(await layout()).toEqual([{ onRelation: EVIDENCE_ON_RELATION, count: DOCUMENTS * SENTENCES_PER_DOCUMENT, batches: starts }]);
    expect(await answers(neo4j)).toEqual(await answers(embedded));
  });

  it('a replaced source and deleted ones take their entries out wherever they were, and lay the rest out again', async () => {
    const changed = repeating(0, { title: '副书记', org: '江津区委' });
    const edit = async (store: GraphStore) => {
      await store.upsertDocument(changed);
      await store.deleteSource(docs[3]!.source.id);
      await store.deleteSource(docs[DOCUMENTS - 1]!.source.id);
    };
    const embedded = await embeddedWith(async (store) => {
      await oneByOne(store, docs);
      await edit(store);
    });
    const neo4j = await neo4jWith(async (store) => {
      await store.upsertDocuments(docs);
      await edit(store);
    });
    open.push(embedded, neo4j);
    const left = (DOCUMENTS - 3) * SENTENCES_PER_DOCUMENT;
    expect(await layout()).toContainEqual({ onRelation: EVIDENCE_ON_RELATION, count: left, batches: [EVIDENCE_ON_RELATION] });
    expect(await answers(neo4j)).toEqual(await answers(embedded));
  });

  it('leaves no batch once every source of the fact is gone', async () => {
    const neo4j = await neo4jWith((store) => store.upsertDocuments(docs));
    open.push(neo4j);
    expect(await batchCount()).toBe(1);
    for (const doc of docs.slice(1)) await neo4j.deleteSource(doc.source.id);
    expect(await layout()).toEqual([{ onRelation: SENTENCES_PER_DOCUMENT, count: SENTENCES_PER_DOCUMENT, batches: [] }]);
    expect(await batchCount()).toBe(0);
    await neo4j.deleteSource(docs[0]!.source.id);
    expect(await layout()).toEqual([]);
    expect(await batchCount()).toBe(0);
  });

  it('the console example "positions" gives every sentence of a repeated fact, batches included, in order', async () => {
    const neo4j = await neo4jWith((store) => store.upsertDocuments(docs));
    open.push(neo4j);
    const example = CYPHER_EXAMPLES.find((e) => e.id === 'positions');
    const { records } = await driver.executeQuery(example?.query ?? '', { organization: '江津区委' }, database);
    const stored = await neo4j.getEntity(PERSON);
    expect(records.map((r) => r.get('evidence'))).toEqual(stored.relations[0]?.evidence.map((e) => e.text));
    expect(records).toHaveLength(DOCUMENTS * SENTENCES_PER_DOCUMENT);
    expect(records.at(-1)?.get('reported_on')).toBe(`2025-01-${DOCUMENTS}`);
  });
});
