/**
 * Faults with Neo4j: a server started while Neo4j is down answers 503 (health
 * and data, at once, no hang) and recovers by itself when Neo4j comes up;
 * Neo4j stopped and restarted (same port, same data folder) under a running
 * server, likewise. `policygraph ingest` killed with SIGKILL part way leaves
 * only whole documents and a rerun completes the rest; two ingests of
 * overlapping files at once leave no duplicate and lose no evidence. The
 * stop/restart cases use a Neo4j of their own; the ingest cases the test one.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { IngestDocument } from '../schema/model.ts';
import { HealthSchema, ProblemSchema } from '../schema/api.ts';
import { EmbeddedStore } from '../server/store/embedded.ts';
import { Neo4jStore } from '../server/store/neo4j.ts';
import type { GraphStore } from '../server/store/types.ts';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../tools/neo4j/local-neo4j.ts';
import { lines, runCli, startCli, type CliRun } from './reliability/cli.ts';
import { contents, documentsOf, ingestReference, writeCorpus } from './reliability/corpus.ts';
import { emptyDatabase, testDriver } from './setup/neo4j-target.ts';

const target = inject('neo4j');
const driver = testDriver(target);
const FILES = 120;
let folder: string;
let corpus: string;
let paths: string[];
let docs: Map<string, IngestDocument>;

const neo4jEnv = (uri: string, password: string) => ({ NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password });

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'policygraph-neo4j-faults-'));
  corpus = join(folder, 'corpus');
  paths = await writeCorpus(corpus, FILES);
  docs = await documentsOf(paths);
});

afterAll(async () => {
  await driver.close();
  await rm(folder, { recursive: true, force: true });
});

/** What an embedded store holds after a clean ingest of `sources`: the reference for whole documents. */
async function reference(sources: Iterable<string>, from: Map<string, IngestDocument> = docs): Promise<unknown> {
  const store = new EmbeddedStore({ dataDir: await mkdtemp(join(folder, 'reference-')) });
  await store.open();
  try {
    await ingestReference(store, from, sources);
    return await contents(store);
  } finally {
    await store.close();
  }
}

async function inNeo4j<T>(work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = new Neo4jStore(target);
  await store.open();
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** A request that must be answered, not hang: it is abandoned (and the test fails) after 15 s. */
async function get(base: string, path: string): Promise<{ status: number; type: string; body: unknown }> {
  const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(15_000) });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.json() };
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Checks health and data endpoints answer 503 problem+json; returns the slowest answer's time in ms (reported, not asserted). */
async function expectUnavailable(base: string): Promise<number> {
  const started = performance.now();
  let slowest = 0;
  const health = await get(base, '/api/health');
  slowest = performance.now() - started;
  expect(health.status).toBe(503);
  expect(HealthSchema.parse(health.body)).toMatchObject({ status: 'unavailable', store: 'neo4j' });
  for (const path of ['/api/search?q=江津', '/api/stats', '/api/entities/person%3A唐大军']) {
    const before = performance.now();
    const answer = await get(base, path);
    slowest = Math.max(slowest, performance.now() - before);
    expect(answer.status, path).toBe(503);
    expect(answer.type).toContain('application/problem+json');
    expect(ProblemSchema.parse(answer.body).detail).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:\d+ cannot be reached.*tries again/);
  }
  return Math.round(slowest);
}

describe('a server whose Neo4j is down, stops and comes back', { timeout: 300_000 }, () => {
  let home: string;
  let port: number;
  let neo4j: LocalNeo4j | undefined;
  const password = 'policygraph-faults';
  const start = async () => {
    neo4j = await startLocalNeo4j({ home, port, user: 'neo4j', password, jvmOptions: ['-XX:TieredStopAtLevel=1'] });
  };

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'policygraph-neo4j-own-'));
    port = await freePort();
  });

  afterAll(async () => {
    await neo4j?.stop();
    await rm(home, { recursive: true, force: true });
  });

  it('answers 503 at once while Neo4j is down, and recovers by itself when it comes up, then after a restart', async () => {
    const httpPort = await freePort();
    const base = `http://127.0.0.1:${httpPort}`;
    const server = startCli(['serve', '--host', '127.0.0.1', '--port', String(httpPort), '--seed', join(corpus)], {
      ...neo4jEnv(`bolt://127.0.0.1:${port}`, password),
      POLICYGRAPH_DATA: join(folder, 'unused'),
    });
    try {
      // Neo4j is not running: the server starts anyway and says so.
      await until(async () => (await get(base, '/api/health')).status === 503, 60_000);
      const atStart = await expectUnavailable(base);

      // Neo4j comes up: the server opens the store, applies the schema and seeds, by itself.
      await start();
      let since = performance.now();
      await until(async () => (await get(base, '/api/health')).status === 200, 60_000);
      const recovered = Math.round(performance.now() - since);
      await until(async () => ((await get(base, '/api/stats')).body as { sources?: number }).sources === FILES, 120_000);

      // Neo4j stops under the running server: 503 at once, no hang.
      await neo4j?.stop();
      neo4j = undefined;
      since = performance.now();
      await until(async () => (await get(base, '/api/health')).status === 503, 30_000);
      const noticed = Math.round(performance.now() - since);
      const whileDown = await expectUnavailable(base);

      // It comes back on the same port and data folder: the server recovers, the data is there.
      await start();
      await until(async () => (await get(base, '/api/health')).status === 200, 60_000);
      const stats = await get(base, '/api/stats');
      expect(stats.status).toBe(200);
      expect(stats.body).toMatchObject({ sources: FILES });
      expect((await get(base, '/api/search?q=江津')).status).toBe(200);
      console.info(
        `Neo4j down at start: slowest 503 ${atStart} ms; up again: healthy ${recovered} ms after Neo4j was ready; ` +
          `stopped under load: 503 after ${noticed} ms, then slowest 503 ${whileDown} ms`,
      );
    } finally {
      server.child.kill('SIGTERM');
      await server.done;
    }
  });
});

describe('ingest into Neo4j under faults', { timeout: 300_000 }, () => {
  const env = () => ({ ...neo4jEnv(target.uri, target.password), NEO4J_USER: target.user, ...(target.database ? { NEO4J_DATABASE: target.database } : {}) });

  it('keeps only whole documents when the ingest is killed with SIGKILL, and a rerun completes the rest', async () => {
    await emptyDatabase(driver, target);
    // Writes to Neo4j are quick: a larger corpus, so the kill lands while it is still writing.
    const count = 600;
    const big = join(folder, 'big');
    const bigDocs = await documentsOf(await writeCorpus(big, count));
    const { child, done } = startCli(['ingest', big], env());
    let seen = 0;
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += (chunk.toString().match(/^created /gm) ?? []).length;
      // Early: output reaches the test in bursts, and a busy machine delivers it late.
      if (seen >= 5) child.kill('SIGKILL');
    });
    const killed: CliRun = await done;
    expect(killed.signal).toBe('SIGKILL');
    const reported = lines(killed.stdout).filter((l) => l.startsWith('created ')).length;
    const held = await inNeo4j(async (store) => ({ sources: (await store.listSources()).map((s) => s.id), contents: await contents(store) }));
    console.info(`Neo4j, SIGKILL after ${reported} reported documents: ${held.sources.length} whole documents of ${count}`);
    expect(held.sources.length).toBeGreaterThanOrEqual(reported);
    expect(held.sources.length).toBeLessThan(count);
    expect(held.contents).toEqual(await reference(held.sources, bigDocs));

    const rerun = await runCli(['ingest', big], env());
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`${count - held.sources.length} created, 0 replaced, ${held.sources.length} unchanged, 0 skipped`);
    expect(await inNeo4j(contents)).toEqual(await reference(bigDocs.keys(), bigDocs));
  });

  it('runs two ingests of overlapping files at once: no duplicate, no lost evidence', async () => {
    await emptyDatabase(driver, target);
    const [one, two] = await Promise.all([runCli(['ingest', ...paths.slice(0, 80)], env()), runCli(['ingest', ...paths.slice(40)], env())]);
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('');
    expect([one.code, two.code]).toEqual([0, 0]);
    // Each overlapping file was written once: by one of the two, the other found it unchanged.
    const created = (run: CliRun) => lines(run.stdout).filter((l) => l.startsWith('created ')).length;
    expect(created(one) + created(two)).toBe(FILES);
    // The graph holds each relation once, with each evidence entry once: the same counts as one clean ingest.
    const counts = async (store: GraphStore) => {
      const graph = await store.exportGraph();
      return { stats: await store.stats(), evidence: Object.fromEntries(graph.edges.map((e) => [e.key, e.evidence.length]).sort()) };
    };
    const expected = new EmbeddedStore({ dataDir: await mkdtemp(join(folder, 'reference-')) });
    await expected.open();
    await ingestReference(expected, docs, docs.keys());
    const want = await counts(expected);
    await expected.close();
    expect(await inNeo4j(counts)).toEqual(want);
  });
});
