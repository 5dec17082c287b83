/**
 * POST /api/cypher on a real Neo4j: read-only queries answer rows and a graph;
 * writes, LOAD CSV, administration, plugin procedures and several statements are
 * refused with 400 problem+json and change nothing; the timeout and the row cap
 * hold. Also checks that Neo4j itself refuses a write in a READ transaction, the
 * guard's last line.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { CypherResponseSchema, HealthSchema, ProblemSchema } from '../schema/api.ts';
import { createApp } from '../server/app.ts';
import { Neo4jStore } from '../server/store/neo4j.ts';
import { JIANGJIN, TONGNAN } from './fixtures/documents/index.ts';
import { emptyDatabase, testDriver } from './setup/neo4j-target.ts';

const target = inject('neo4j');
const driver = testDriver(target);
const store = new Neo4jStore(target);
let server: Server;
let base: string;

async function post(query: string, params?: Record<string, unknown>) {
  const res = await fetch(`${base}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params ? { query, params } : { query }),
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as unknown };
}

async function graphSize(): Promise<string> {
  const result = await driver.executeQuery('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) + "/" + count(r) AS size');
  return String(result.records[0]?.get('size'));
}

beforeAll(async () => {
  await emptyDatabase(driver, target);
  await store.open();
  await store.upsertDocument(JIANGJIN);
  await store.upsertDocument(TONGNAN);
  const app = createApp({ store, cypher: { timeoutMs: 1500, maxRows: 50 } });
  server = await new Promise<Server>((ready) => {
    const s = app.listen(0, '127.0.0.1', () => ready(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  await store.close();
  await driver.close();
});

describe('POST /api/cypher refuses what is not a read', () => {
  const hostile: [string, string][] = [
    ['CREATE (n) RETURN n', 'CREATE'],
    ["MERGE (p:Person {id: 'person:x'}) RETURN p", 'MERGE'],
    ["MATCH (p:Person) SET p.name = 'x' RETURN p", 'SET'],
    ['MATCH (p:Person) DETACH DELETE p', 'DETACH'],
    ['MATCH (n) DELETE n', 'DELETE'],
    ['MATCH (p:Person) REMOVE p:Person RETURN p', 'REMOVE'],
    ["MATCH (p) FOREACH (x IN [1] | CREATE (:X))", 'FOREACH'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'LOAD'],
    ["LOAD CSV FROM 'https://example.com/x.csv' AS line RETURN line", 'LOAD'],
    ['CALL dbms.listConfig()', 'dbms'],
    ['CALL dbms.security.createUser("x", "y", false)', 'dbms'],
    ["CALL apoc.load.json('file:///etc/passwd')", 'apoc'],
    ["RETURN apoc.util.sleep(10)", 'apoc'],
    ["CALL db.createLabel('X')", 'db.createLabel'],
    ['CALL `dbms`.`listConfig`()', 'procedure'],
    ['MATCH (n) RETURN n; MATCH (m) DETACH DELETE m', 'several statements'],
    ['MATCH (n) RETURN n; CREATE (x)', 'several statements'],
    ['DROP CONSTRAINT entity_id', 'DROP'],
    ['CREATE INDEX x FOR (n:Person) ON (n.code)', 'CREATE'],
    ['SHOW USERS', 'SHOW'],
    ['USE system MATCH (n) RETURN n', 'USE'],
    ['CALL { CREATE (x) } IN TRANSACTIONS', 'CREATE'],
    ['MATCH (n) CALL (n) { SET n.x = 1 } RETURN n', 'SET'],
  ];

  for (const [query, reason] of hostile) {
    it(`refuses ${query}`, async () => {
      const before = await graphSize();
      const { status, type, body } = await post(query);
      expect(status).toBe(400);
      expect(type).toContain('application/problem+json');
      const problem = ProblemSchema.parse(body);
      expect(problem.type).toContain('forbidden-query');
      expect(problem.detail).toContain(reason);
      expect(await graphSize()).toBe(before);
    });
  }

  it('answers 400 for a query Neo4j cannot parse', async () => {
    const { status, body } = await post('MATCH (n RETURN n');
    expect(status).toBe(400);
    expect(ProblemSchema.parse(body).parameter).toBe('query');
  });

  it('stops a query that runs past the timeout', async () => {
    const { status, body } = await post('UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)');
    expect(status).toBe(400);
    expect(ProblemSchema.parse(body).detail).toContain('time limit');
  });
});

describe('POST /api/cypher answers reads', () => {
  it('reports the Neo4j store in /api/health', async () => {
    const res = await fetch(`${base}/api/health`);
    expect(HealthSchema.parse(await res.json())).toEqual({ status: 'ok', store: 'neo4j' });
  });

  it('returns columns, rows and the graph in them, with parameters', async () => {
    const { status, body } = await post(
      'MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organization {name: $org}) RETURN p, r, o.name AS org ORDER BY p.name',
      { org: '江津区委' },
    );
    expect(status).toBe(200);
    const answer = CypherResponseSchema.parse(body);
    expect(answer.columns).toEqual(['p', 'r', 'org']);
    expect(answer.rows).toHaveLength(1);
    expect(answer.truncated).toBe(false);
    const person = answer.graph.nodes.find((n) => n.properties.name === '唐大军');
    const org = answer.graph.nodes.find((n) => n.properties.name === '江津区委');
    expect(person?.labels.sort()).toEqual(['Entity', 'Person']);
    expect(org).toBeDefined();
    expect(answer.graph.edges).toEqual([
      expect.objectContaining({ type: 'HOLDS_POSITION', source: person?.id, target: org?.id }),
    ]);
    expect(answer.graph.edges[0]?.properties.title).toBe('书记');
  });

  it('draws paths and fetches the ends of relationships returned alone', async () => {
    const paths = CypherResponseSchema.parse((await post("MATCH p = (:Person {name: '唐大军'})-[*1..2]-(:Place) RETURN p")).body);
    expect(paths.rows.length).toBeGreaterThan(0);
    expect(paths.graph.edges.length).toBeGreaterThan(0);
    const alone = CypherResponseSchema.parse((await post('MATCH ()-[r:LOCATED_IN]->() RETURN r')).body);
    const ids = new Set(alone.graph.nodes.map((n) => n.id));
    for (const edge of alone.graph.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });

  it('cuts at the row cap and says so', async () => {
    const answer = CypherResponseSchema.parse((await post('UNWIND range(1, $n) AS x RETURN x', { n: 500 })).body);
    expect(answer.rows).toHaveLength(50);
    expect(answer.rows[0]).toEqual([1]);
    expect(answer.truncated).toBe(true);
  });

  it('gives integers as numbers where exact and as strings beyond', async () => {
    const answer = CypherResponseSchema.parse((await post('RETURN 42 AS small, 9007199254740993 AS big, date("2025-01-20") AS day')).body);
    expect(answer.rows[0]).toEqual([42, '9007199254740993', '2025-01-20']);
  });

  it('lets keywords appear inside strings, comments and property names', async () => {
    const { status } = await post("MATCH (n:Person) // CREATE nothing\nWHERE n.name <> 'DELETE; CREATE' RETURN n.name AS set LIMIT 1");
    expect(status).toBe(200);
  });

  it('allows the read-only procedures a researcher needs', async () => {
    const answer = CypherResponseSchema.parse(
      (await post("CALL db.index.fulltext.queryNodes('entity_names', '\"江津\"') YIELD node RETURN node.name AS name")).body,
    );
    expect(answer.rows.map((r) => r[0])).toContain('江津区委');
    expect((await post('CALL db.labels() YIELD label RETURN label')).status).toBe(200);
  });
});

describe('Neo4j behind the guard', () => {
  it('refuses a write in a READ transaction by itself', async () => {
    const session = driver.session({ defaultAccessMode: 'READ', ...(target.database ? { database: target.database } : {}) });
    try {
      await expect(session.executeRead((tx) => tx.run('CREATE (n:Guarded) RETURN n'))).rejects.toMatchObject({
        code: expect.stringMatching(/AccessMode|Forbidden/),
      });
    } finally {
      await session.close();
    }
  });
});
