/**
 * What the Neo4j store promises beyond the shared contract, on a real Neo4j:
 * the schema applies twice without harm; the graph reads as DESIGN.md's model
 * with plain Cypher; a document that fails midway leaves nothing behind; an
 * unreachable server or a refused login is STORE_UNAVAILABLE; neo4j:// works.
 */
import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { entityId } from '../schema/ids.ts';
import type { Subgraph } from '../schema/api.ts';
import type { IngestDocument } from '../schema/model.ts';
import { Neo4jStore } from '../server/store/neo4j.ts';
import { freePort } from '../tools/neo4j/local-neo4j.ts';
import { JIANGJIN, TONGNAN } from './fixtures/documents/index.ts';
import { emptyDatabase, testDriver } from './setup/neo4j-target.ts';

const target = inject('neo4j');
const driver = testDriver(target);
const TANG = entityId('Person', '唐大军');

async function query(text: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const result = await driver.executeQuery(text, params, target.database ? { database: target.database } : {});
  return result.records.map((r) => r.toObject());
}

async function rejection(promise: Promise<unknown>): Promise<{ code?: unknown; message?: unknown }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: unknown; message?: unknown };
  }
  throw new Error('expected the call to fail');
}

let store: Neo4jStore;

beforeEach(async () => {
  await emptyDatabase(driver, target);
  store = new Neo4jStore(target);
  await store.open();
});

afterEach(async () => {
  await store.close();
});

afterAll(async () => {
  await driver.close();
});

describe('schema', () => {
  it('applies idempotently: a second store creates nothing and the indexes are online', async () => {
    const again = new Neo4jStore(target);
    await again.open();
    expect(again.schema?.created).toBe(0);
    expect(again.schema?.statements.length).toBeGreaterThan(20);
    await again.close();
    const fulltext = await query(
      "SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes, properties, options WHERE name = 'entity_names' RETURN *",
    );
    expect(fulltext).toHaveLength(1);
    expect(fulltext[0]).toMatchObject({ state: 'ONLINE', labelsOrTypes: ['Entity'], properties: ['name', 'aliases'] });
    expect(JSON.stringify(fulltext[0]?.options)).toContain('cjk');
    const constraints = await query('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(constraints[0]?.names).toEqual(expect.arrayContaining(['entity_id', 'source_id', 'article_id', 'holds_position_key']));
  });
});

describe('the graph in Neo4j', () => {
  beforeEach(async () => {
    await store.upsertDocument(JIANGJIN);
    await store.upsertDocument(TONGNAN);
  });

  it('reads as the model with plain Cypher: labels, types, properties, evidence lists', async () => {
    const [fact] = await query(
      `MATCH (p:Entity:Person {name: '唐大军'})-[r:HOLDS_POSITION {title: '书记'}]->(o:Entity:Organization {name: '江津区委'})
       RETURN p.id AS id, r.key AS key, r.confidence AS confidence, r.rule AS rule,
              r.evidence_source AS sources, r.evidence_text AS texts, r.evidence_start AS starts`,
    );
    expect(fact).toMatchObject({ id: TANG, rule: 'fixture', sources: [JIANGJIN.source.id, TONGNAN.source.id] });
    expect(fact?.texts).toEqual(['市人大代表、江津区委书记唐大军出席重报圆桌会。', expect.any(String)]);
    const [attended] = await query("MATCH (:Person {name: '唐大军'})-[r:ATTENDED]->(e:Event) RETURN r.role AS role, e.name AS event");
    expect(attended).toEqual({ role: '嘉宾', event: '重报圆桌会' });
  });

  it('links entities to the articles that mention them, and articles to their source', async () => {
    const rows = await query(
      `MATCH (:Person {name: '唐大军'})-[m:MENTIONED_IN]->(a:Article)<-[:HAS_ARTICLE]-(s:Source)
       RETURN s.id AS source, a.title AS article, m.count AS count ORDER BY source, article`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows[0]).toMatchObject({ source: JIANGJIN.source.id, article: '两会圆桌' });
    const [source] = await query('MATCH (s:Source {id: $id}) RETURN s.sha256 AS sha256, s.text AS text', { id: JIANGJIN.source.id });
    expect(source).toEqual({ sha256: JIANGJIN.source.sha256, text: JIANGJIN.text });
  });

  it('keeps every entity node with exactly one type label besides Entity', async () => {
    const rows = await query('MATCH (e:Entity) RETURN e.id AS id, [l IN labels(e) WHERE l <> "Entity"] AS types');
    expect(rows.length).toBe(12);
    for (const row of rows) expect((row.types as string[]).length, String(row.id)).toBe(1);
  });
});

describe('atomic writes', () => {
  // A test-only constraint that the document below breaks with its last Person row:
  // after its source, articles and earlier rows are already written in the transaction.
  const twin = (name: string) => ({ id: `person:${name}`, type: 'Person' as const, name, aliases: [], attributes: { code: 'same' } });
  const withImpostor = (doc: IngestDocument): IngestDocument => ({
    ...doc,
    source: { ...doc.source, sha256: `${doc.source.sha256}-changed` },
    entities: [...doc.entities, twin('甲'), twin('乙')],
  });

  beforeEach(async () => {
    await query('CREATE CONSTRAINT test_person_code IF NOT EXISTS FOR (p:Person) REQUIRE p.code IS UNIQUE');
  });

  afterEach(async () => {
    await query('DROP CONSTRAINT test_person_code IF EXISTS');
  });

  it('leaves no half document when a new document fails midway', async () => {
    await store.upsertDocument(TONGNAN);
    const before = await store.exportGraph();
    const stats = await store.stats();
    const failure = await rejection(store.upsertDocument(withImpostor(JIANGJIN)));
    expect(failure.code).toBe('Neo.ClientError.Schema.ConstraintValidationFailed');
    expect(await query('MATCH (s:Source {id: $id}) RETURN s', { id: JIANGJIN.source.id })).toEqual([]);
    expect(await query('MATCH (a:Article {source: $id}) RETURN a', { id: JIANGJIN.source.id })).toEqual([]);
    expect(await query('MATCH ()-[m:MENTIONED_IN {source: $id}]->() RETURN m', { id: JIANGJIN.source.id })).toEqual([]);
    expect(await store.stats()).toEqual(stats);
    expect(await store.exportGraph()).toEqual(before);
  });

  it('leaves a source as it was when its new version fails midway', async () => {
    await store.upsertDocument(JIANGJIN);
    await store.upsertDocument(TONGNAN);
    const before = await store.exportGraph();
    const source = await store.getSource(JIANGJIN.source.id);
    await expect(store.upsertDocument(withImpostor(JIANGJIN))).rejects.toBeDefined();
    expect(await store.exportGraph()).toEqual(before);
    expect(await store.getSource(JIANGJIN.source.id)).toEqual(source);
  });
});

describe('concurrent writes', () => {
  it('lose nothing when two documents that share entities are written at once', async () => {
    const other = new Neo4jStore(target);
    await other.open();
    try {
      const sequential = new Neo4jStore(target);
      await sequential.open();
      await sequential.upsertDocument(JIANGJIN);
      await sequential.upsertDocument(TONGNAN);
      const expected = await sequential.exportGraph();
      await sequential.close();
      const byId = (g: Subgraph) => [...g.nodes].sort((a, b) => a.id.localeCompare(b.id));
      for (let round = 0; round < 3; round++) {
        await emptyDatabase(driver, target);
        await Promise.all([store.upsertDocument(JIANGJIN), other.upsertDocument(TONGNAN)]);
        const graph = await store.exportGraph();
        expect(byId(graph).map((n) => [n.id, n.mentions, [...n.aliases].sort()])).toEqual(
          byId(expected).map((n) => [n.id, n.mentions, [...n.aliases].sort()]),
        );
        expect(graph.edges.reduce((n, e) => n + e.evidence.length, 0)).toBe(14);
      }
    } finally {
      await other.close();
    }
  });
});

describe('revision', () => {
  it('changes with every write, from any store on the database, and not for an unchanged document', async () => {
    const other = new Neo4jStore(target);
    await other.open();
    try {
      const empty = await store.revision();
      await store.upsertDocument(JIANGJIN);
      const one = await store.revision();
      expect(one).not.toBe(empty);
      expect(await other.revision()).toBe(one);
      await other.upsertDocument(JIANGJIN);
      expect(await store.revision()).toBe(one);
      await other.upsertDocument(TONGNAN);
      const two = await store.revision();
      expect(two).not.toBe(one);
      await store.deleteSource(TONGNAN.source.id);
      expect(await store.revision()).not.toBe(two);
    } finally {
      await other.close();
    }
  });
});

describe('connections', () => {
  it('says STORE_UNAVAILABLE, naming what to check, when nothing listens at NEO4J_URI', async () => {
    const nobody = new Neo4jStore({ ...target, uri: `bolt://127.0.0.1:${await freePort()}` });
    const error = await rejection(nobody.open());
    expect(error.code).toBe('STORE_UNAVAILABLE');
    expect(String(error.message)).toContain('NEO4J_URI');
  });

  it('says STORE_UNAVAILABLE, naming the credentials, when the login is refused', async () => {
    const stranger = new Neo4jStore({ ...target, password: 'not-the-password' });
    const error = await rejection(stranger.open());
    expect(error.code).toBe('STORE_UNAVAILABLE');
    expect(String(error.message)).toContain('NEO4J_PASSWORD');
  });

  it('accepts a neo4j:// routing URI as well as bolt://', async () => {
    const routed = new Neo4jStore({ ...target, uri: target.uri.replace(/^bolt:/, 'neo4j:') });
    await routed.open();
    await store.upsertDocument(JIANGJIN);
    expect((await routed.getEntity(TANG)).entity.name).toBe('唐大军');
    await routed.close();
  });

  it('refuses calls after close with STORE_UNAVAILABLE', async () => {
    await store.close();
    expect((await rejection(store.stats())).code).toBe('STORE_UNAVAILABLE');
  });
});
