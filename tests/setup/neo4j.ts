/**
 * globalSetup of the `neo4j` test project: gives the tests a real Neo4j. With
 * NEO4J_URI set (CI with a service container, or your own server) it uses that
 * one; otherwise it builds and starts the local Neo4j Community (tools/neo4j) on
 * a free port with a throw-away data folder and stops it after the run. Tests get
 * the connection with `inject('neo4j')`.
 *
 * The tests empty the database between cases, so a NEO4J_URI that points at a
 * database holding other data is refused rather than wiped.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/config.ts';
import { freePort, startLocalNeo4j } from '../../tools/neo4j/local-neo4j.ts';
import { TEST_MARKER_LABEL, type Neo4jTarget } from './neo4j-target.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}

/** Refuses a server database that holds data the tests did not put there, then marks it as theirs. */
async function claimExternalDatabase(target: Neo4jTarget): Promise<void> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  const session = driver.session(target.database ? { database: target.database } : {});
  try {
    const result = await session.executeRead((tx) =>
      tx.run(`MATCH (n) RETURN count(n) AS nodes, count { (:${TEST_MARKER_LABEL}) } AS markers`),
    );
    const record = result.records[0];
    const nodes = Number(record?.get('nodes') ?? 0);
    if (nodes > 0 && Number(record?.get('markers') ?? 0) === 0) {
      throw new Error(
        `NEO4J_URI=${target.uri} holds ${nodes} nodes, and the neo4j tests empty the database they run on. ` +
          'Point NEO4J_URI (and NEO4J_DATABASE) at an empty database, or unset NEO4J_URI to let the tests start their own Neo4j.',
      );
    }
    await session.executeWrite((tx) => tx.run(`MERGE (:${TEST_MARKER_LABEL})`));
  } finally {
    await session.close();
    await driver.close();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configured = loadConfig().neo4j;
  if (configured) {
    const target: Neo4jTarget = { ...configured, external: true };
    await claimExternalDatabase(target);
    project.provide('neo4j', target);
    return async () => undefined;
  }
  const home = await mkdtemp(join(tmpdir(), 'policygraph-neo4j-test-'));
  const server = await startLocalNeo4j({
    home,
    port: await freePort(),
    user: 'neo4j',
    password: 'policygraph-test',
    // The C1 compiler alone starts Neo4j about twice as fast; the tests' queries are few and small.
    jvmOptions: ['-XX:TieredStopAtLevel=1'],
  });
  process.stderr.write(`[neo4j tests] Neo4j ready at ${server.uri} after ${(server.startupMs / 1000).toFixed(1)} s\n`);
  project.provide('neo4j', { uri: server.uri, user: server.user, password: server.password, database: undefined, external: false });
  return async () => {
    await server.stop();
    await rm(home, { recursive: true, force: true });
  };
}
