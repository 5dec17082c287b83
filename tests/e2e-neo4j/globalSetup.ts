/**
 * Vitest global setup of the `e2e-neo4j` project: the explorer against a real
 * Neo4j. It starts Neo4j through the `neo4j` project's own setup
 * (tests/setup/neo4j.ts: NEO4J_URI when set, else the local Neo4j Community on
 * a free port), then one `policygraph serve --seed data/samples` pointed at it,
 * and hands the server's URL to the tests as `inject('serverUrl')`. One Neo4j,
 * one server; the test file uses one browser. With NEO4J_URI set, run this
 * project apart from the `neo4j` one (they would share the database).
 */
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/config.ts';
import startNeo4j from '../setup/neo4j.ts';
import { buildWebIfMissing, startServer } from '../e2e/harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
  }
}

/**
 * With NEO4J_URI set, this project and the `neo4j` project would share one
 * database, which the `neo4j` tests empty between cases: refuse rather than flake.
 */
function refuseSharedDatabase(project: TestProject): void {
  const shared = project.vitest.projects.some((other) => other.name === 'neo4j');
  if (loadConfig().neo4j && shared) {
    throw new Error(
      'NEO4J_URI is set, so the e2e-neo4j and neo4j projects would use the same database, and the neo4j tests empty it ' +
        'while the console test reads it. Run them apart (`npx vitest run --project e2e-neo4j`), or unset NEO4J_URI so each starts its own Neo4j.',
    );
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  refuseSharedDatabase(project);
  buildWebIfMissing();
  const stopNeo4j = await startNeo4j(project);
  const target = project.getProvidedContext().neo4j;
  try {
    const env: Record<string, string> = { NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password };
    if (target.database) env['NEO4J_DATABASE'] = target.database;
    const server = await startServer({ env, timeoutMs: 170_000 });
    project.provide('serverUrl', server.url);
    return async () => {
      await server.stop();
      await stopNeo4j();
    };
  } catch (error) {
    await stopNeo4j();
    throw error;
  }
}
