/**
 * The Neo4j the `neo4j` test project runs against (provided by tests/setup/neo4j.ts),
 * and helpers the test files share: a clean database per test, a driver per file.
 */
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** True when NEO4J_URI named a server the tests did not start. */
  external: boolean;
}

/** Label of the one node that marks a server database as given over to the tests; emptying keeps it. */
export const TEST_MARKER_LABEL = 'PolicyGraphTestDatabase';

export function testDriver(target: Neo4jTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
}

/** Deletes every node and relationship (and keeps the schema), in batches so a big graph fits in memory. */
export async function emptyDatabase(driver: Driver, target: Neo4jTarget): Promise<void> {
  const session = driver.session(target.database ? { database: target.database } : {});
  try {
    await session.run(
      `MATCH (n) WHERE NOT n:${TEST_MARKER_LABEL} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
    );
  } finally {
    await session.close();
  }
}
