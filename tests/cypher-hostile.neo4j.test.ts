/**
 * Hostile Cypher against the real Neo4j through POST /api/cypher: writes (in
 * every disguise the guard must see through), LOAD CSV from files and the
 * network, procedures that write, administer, read files or reach out (dbms.*,
 * apoc.*, gds.*, db.create*, …), schema and user administration, several
 * statements, and queries that would run too long, use too much memory or
 * return too many rows. Each is refused with 400 problem+json or stopped, and
 * the graph is unchanged after every one.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CypherResponseSchema, ProblemSchema } from '../schema/api.ts';
import { createApp } from '../server/app.ts';
import { Neo4jStore } from '../server/store/neo4j.ts';
import { JIANGJIN, TONGNAN } from './fixtures/documents/index.ts';
import { emptyDatabase, testDriver } from './setup/neo4j-target.ts';

const target = inject('neo4j');
const driver = testDriver(target);
const store = new Neo4jStore(target);
let server: Server;
let base: string;
const refusedCount = { n: 0 };

async function post(query: string, params?: Record<string, unknown>) {
  const res = await fetch(`${base}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params ? { query, params } : { query }),
    signal: AbortSignal.timeout(60_000),
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as unknown };
}

/** Every node and relationship with its properties: a change anywhere changes this. */
async function fingerprint(): Promise<string> {
  const result = await driver.executeQuery(
    'MATCH (n) OPTIONAL MATCH (n)-[r]->() WITH n, collect(properties(r)) AS rs RETURN count(n) AS nodes, collect([labels(n), properties(n), rs]) AS all',
  );
  return JSON.stringify(result.records[0]?.toObject());
}

beforeAll(async () => {
  await emptyDatabase(driver, target);
  await store.open();
  await store.upsertDocument(JIANGJIN);
  await store.upsertDocument(TONGNAN);
  const app = createApp({ store, cypher: { timeoutMs: 2000, maxRows: 100 }, http: { cypherPerMinute: 0 } });
  server = await new Promise<Server>((ready) => {
    const s = app.listen(0, '127.0.0.1', () => ready(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  console.info(`hostile Cypher: ${refusedCount.n} queries refused, the graph unchanged after each`);
  await new Promise((done) => server.close(done));
  await store.close();
  await driver.close();
});

/** [query, what the refusal must say]. */
const REFUSED: [string, RegExp][] = [
  // Writes, plain and disguised.
  ['CREATE (n) RETURN n', /CREATE/],
  ["MERGE (p:Person {id: 'person:x'}) RETURN p", /MERGE/],
  ["MATCH (p:Person) SET p.name = 'x' RETURN p", /SET/],
  ['MATCH (n) DETACH DELETE n', /DETACH|DELETE/],
  ['MATCH (p:Person) REMOVE p.name RETURN p', /REMOVE/],
  ['MATCH (p) FOREACH (x IN [1] | CREATE (:X))', /FOREACH|CREATE/],
  ['cReAtE (n:Mixed) RETURN n', /CREATE/],
  ['MATCH (n)/**/SET/**/n.x = 1', /SET/],
  ['MATCH (n)\u00a0SET n.x = 1', /SET/],
  ["RETURN 'a\\\\' CREATE (x) //'", /CREATE/],
  ['CALL { CREATE (x) } IN TRANSACTIONS', /CREATE/],
  ['MATCH (n) CALL (n) { SET n.x = 1 } RETURN n', /SET/],
  ["MATCH (n:Person) SET n:$('Admin') RETURN n", /SET/],
  ["CALL db.index.fulltext.queryNodes('entity_names', '江津') YIELD node SET node.hit = true RETURN node", /SET/],
  ['PROFILE CREATE (n:Profiled) RETURN n', /CREATE/],
  // Files and the network.
  ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD/],
  ["LOAD CSV WITH HEADERS FROM 'http://169.254.169.254/latest/meta-data/' AS row RETURN row", /LOAD/],
  ["load csv from 'https://example.com/x.csv' as l return l", /LOAD/],
  ["USING PERIODIC COMMIT LOAD CSV FROM 'file:///x' AS l CREATE (:X)", /LOAD|PERIODIC|CREATE/],
  // Procedures and functions that write, administer, read files or reach out.
  ['CALL dbms.listConfig()', /dbms/],
  ["CALL dbms.security.createUser('x', 'password123', false)", /dbms/],
  ['CALL dbms.components() YIELD name RETURN name', /dbms/],
  ["CALL dbms.killQuery('query-1')", /dbms/],
  ['CALL `dbms`.`listConfig`()', /procedure/],
  ["CALL apoc.load.json('file:///etc/passwd')", /apoc/],
  ['RETURN apoc.util.sleep(10000)', /apoc/],
  ["CALL gds.graph.project('g', '*', '*')", /gds/],
  ["CALL db.createLabel('Evil')", /db\.createLabel/],
  ["CALL db.createProperty('evil')", /db\.createProperty/],
  ["CALL db.createRelationshipType('EVIL')", /db\.createRelationshipType/],
  ["CALL db.index.fulltext.drop('entity_names')", /db\.index\.fulltext\.drop/],
  ['CALL db.clearQueryCaches()', /db\.clearQueryCaches/],
  ['CALL tx.setMetaData({who: "x"})', /tx\.setMetaData/],
  // Schema, users, databases.
  ['DROP CONSTRAINT entity_id', /DROP/],
  ['CREATE INDEX evil FOR (n:Person) ON (n.code)', /CREATE/],
  ['SHOW USERS', /SHOW/],
  ['SHOW PROCEDURES', /SHOW/],
  ['CREATE DATABASE evil', /CREATE/],
  ["ALTER USER neo4j SET PASSWORD 'changed-password'", /ALTER/],
  ['GRANT ALL ON DATABASE * TO PUBLIC', /GRANT/],
  ['STOP DATABASE neo4j', /STOP/],
  ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE/],
  ['USE system MATCH (n) RETURN n', /USE/],
  // Several statements.
  ['MATCH (n) RETURN n; MATCH (m) DETACH DELETE m', /several statements/],
  ["RETURN ';'; CREATE (x)", /several statements|CREATE/],
  ['RETURN 1;\nRETURN 2', /several statements/],
];

describe('POST /api/cypher refuses hostile queries on the real Neo4j', { timeout: 120_000 }, () => {
  it(`has at least 30 of them`, () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(30);
  });

  for (const [query, reason] of REFUSED) {
    it(`refuses ${JSON.stringify(query)}`, async () => {
      const before = await fingerprint();
      const { status, type, body } = await post(query);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(type).toContain('application/problem+json');
      const problem = ProblemSchema.parse(body);
      expect(problem.type).toContain('forbidden-query');
      expect(problem.detail).toMatch(reason);
      expect(await fingerprint()).toBe(before);
      refusedCount.n++;
    });
  }
});

describe('POST /api/cypher stops what runs too long, takes too much or returns too much', { timeout: 180_000 }, () => {
  it('stops a query past the time limit', async () => {
    const { status, body } = await post('UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)');
    expect(status).toBe(400);
    expect(ProblemSchema.parse(body).detail).toContain('time limit');
  });

  it('stops a query that would gather more memory than one query may use, without running it again', async () => {
    const { status, body } = await post('UNWIND range(1, 60000000) AS x WITH collect(x) AS xs RETURN size(xs)');
    expect(status).toBe(400);
    expect(ProblemSchema.parse(body).detail).toMatch(/memory|time limit/);
  });

  it('cuts the rows at the cap and says so', async () => {
    const answer = CypherResponseSchema.parse((await post('UNWIND range(1, 100000) AS x RETURN x')).body);
    expect(answer.rows).toHaveLength(100);
    expect(answer.truncated).toBe(true);
  });

  it('treats parameters as data: a value shaped like Cypher changes nothing', async () => {
    const before = await fingerprint();
    const { status, body } = await post('MATCH (p:Person) WHERE p.name = $name RETURN p.name AS name', { name: "x'}) DETACH DELETE p //" });
    expect(status).toBe(200);
    expect(CypherResponseSchema.parse(body).rows).toEqual([]);
    expect(await fingerprint()).toBe(before);
  });

  it('runs at most 4 user queries at once, answering more with 503 at once, while lookups go on', async () => {
    const slow = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)';
    const queries = Array.from({ length: 6 }, () => post(slow));
    // While the slow ones hold their connections, a lookup still gets one.
    const lookup = await fetch(`${base}/api/search?q=${encodeURIComponent('唐大军')}`, { signal: AbortSignal.timeout(60_000) });
    expect(lookup.status).toBe(200);
    const answers = await Promise.all(queries);
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([400, 400, 400, 400, 503, 503]);
    for (const busy of answers.filter((a) => a.status === 503)) expect(ProblemSchema.parse(busy.body).detail).toContain('running already');
  });

  it('answers reads again after all of it', async () => {
    const answer = CypherResponseSchema.parse((await post("MATCH (p:Person {name: '唐大军'}) RETURN p.name AS name")).body);
    expect(answer.rows).toEqual([['唐大军']]);
  });
});
