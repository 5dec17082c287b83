/**
 * Exports loaded into a real Neo4j read back as the graph they came from:
 * the CSV files through the real `neo4j-admin database import full` into a
 * fresh database started by the local launcher, and the Cypher script run
 * (twice: it is idempotent) on the test Neo4j. Each time a Neo4jStore opened on
 * the result exports the same entities, relations and evidence, and Cypher
 * counts per label and relationship type match.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Subgraph } from '../schema/api.ts';
import { chooseArrayDelimiter } from '../server/export/csv.ts';
import { findExporter } from '../server/export/registry.ts';
import { fileText } from '../server/export/run.ts';
import { Neo4jStore } from '../server/store/neo4j.ts';
import { freePort, startLocalNeo4j } from '../tools/neo4j/local-neo4j.ts';
import { AWKWARD, sampleGraph } from './export/graphs.ts';
import { neo4jAdminImport } from './export/neo4j-import.ts';
import { emptyDatabase, testDriver, type Neo4jTarget } from './setup/neo4j-target.ts';

const target = inject('neo4j');
const driver = testDriver(target);
let samples: Subgraph;
const folders: string[] = [];

beforeAll(async () => {
  samples = await sampleGraph();
}, 120_000);

afterAll(async () => {
  await driver.close();
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

async function tempFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

/** Nodes by id and edges by key, so listing order does not matter. */
function sorted(graph: Subgraph): Subgraph {
  const byId = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return {
    nodes: [...graph.nodes].sort(byId((n) => n.id)),
    edges: [...graph.edges].sort(byId((e) => e.key)),
    truncated: false,
  };
}

/** Entities per type label and relationships per type, counted by Cypher. */
async function countsIn(on: Driver, database: string | undefined) {
  const session = on.session(database ? { database } : {});
  try {
    const labels = await session.run(
      'MATCH (e:Entity) UNWIND labels(e) AS label WITH label WHERE label <> "Entity" RETURN label, count(*) AS n',
    );
    const types = await session.run('MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS n');
    return {
      labels: Object.fromEntries(labels.records.map((r) => [r.get('label') as string, Number(r.get('n'))])),
      types: Object.fromEntries(types.records.map((r) => [r.get('type') as string, Number(r.get('n'))])),
    };
  } finally {
    await session.close();
  }
}

function expectedCounts(graph: Subgraph) {
  const tally = (keys: string[]) => keys.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});
  return { labels: tally(graph.nodes.map((n) => n.type)), types: tally(graph.edges.map((e) => e.type)) };
}

/** Opens a Neo4jStore on `where`, hands it to `work`, closes it. */
async function withStore<T>(where: Omit<Neo4jTarget, 'external'>, work: (store: Neo4jStore) => Promise<T>): Promise<T> {
  const store = new Neo4jStore(where);
  await store.open();
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

describe('CSV through the real neo4j-admin database import', () => {
  for (const [name, graph] of [['the sample corpus', () => samples], ['awkward values', () => AWKWARD]] as const) {
    it(`imports ${name} as the graph it came from`, async () => {
      const subgraph = graph();
      const csv = await tempFolder('policygraph-csv-');
      for (const file of findExporter('csv')!.files(subgraph)) await writeFile(join(csv, file.name), fileText(file));
      const home = await tempFolder('policygraph-imported-');
      const output = await neo4jAdminImport(csv, home, chooseArrayDelimiter(subgraph));
      expect(output).toContain(`${subgraph.nodes.length} nodes`);
      expect(output).toContain(`${subgraph.edges.length} relationships`);
      const server = await startLocalNeo4j({ home, port: await freePort(), user: 'neo4j', password: 'imported-graph', heap: '512m' });
      try {
        const where = { uri: server.uri, user: server.user, password: server.password, database: undefined };
        const exported = await withStore(where, (store) => store.exportGraph());
        expect(sorted(exported)).toEqual(sorted(subgraph));
        const imported = testDriver({ ...where, external: true });
        try {
          expect(await countsIn(imported, undefined)).toEqual(expectedCounts(subgraph));
        } finally {
          await imported.close();
        }
      } finally {
        await server.stop();
      }
    }, 300_000);
  }
});

describe('the Cypher script', () => {
  async function runScript(script: string): Promise<void> {
    const session = driver.session(target.database ? { database: target.database } : {});
    try {
      for (const statement of script.split(';\n').map((s) => s.trim()).filter(Boolean)) await session.run(statement);
    } finally {
      await session.close();
    }
  }

  for (const [name, graph] of [['the sample corpus', () => samples], ['awkward values', () => AWKWARD]] as const) {
    it(`rebuilds ${name} in Neo4j, and running it again changes nothing`, async () => {
      const subgraph = graph();
      await emptyDatabase(driver, target);
      const script = fileText(findExporter('cypher')!.files(subgraph)[0]!);
      await runScript(script);
      const first = await withStore(target, (store) => store.exportGraph());
      expect(sorted(first)).toEqual(sorted(subgraph));
      await runScript(script);
      const second = await withStore(target, (store) => store.exportGraph());
      expect(sorted(second)).toEqual(sorted(subgraph));
      expect(await countsIn(driver, target.database)).toEqual(expectedCounts(subgraph));
    }, 120_000);
  }
});
