/**
 * Vitest global setup of the `e2e-neo4j` project: the explorer against a real
 * Neo4j. It starts Neo4j through the `neo4j` project's own setup
 * (tests/setup/neo4j.ts: NEO4J_URI when set, else the local Neo4j Community on
 * a free port), then one `policygraph serve --seed data/samples` pointed at it,
 * and hands the server's URL to the tests as `inject('serverUrl')`. One Neo4j,
 * one server; the test file uses one browser.
 */
import type { TestProject } from 'vitest/node';
import startNeo4j from '../setup/neo4j.ts';
import { buildWebIfMissing, startServer } from '../e2e/harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
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
