/**
 * `policygraph schema apply`: applies the Neo4j schema (schema/neo4j/constraints.cypher)
 * to the database NEO4J_URI names. Idempotent; the store applies it at every start
 * too, so this is for preparing a database ahead of time or checking access.
 */
import { UnsupportedError } from '../../schema/errors.ts';
import type { Config } from '../config.ts';
import { Neo4jStore } from '../store/neo4j.ts';

/** Applies the schema and prints what it did. */
export async function applyNeo4jSchema(config: Config, out: (line: string) => void): Promise<void> {
  if (!config.neo4j) {
    throw new UnsupportedError(
      'schema apply is for Neo4j: set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD (`npm run neo4j` prints them for a local one). The embedded store needs no schema.',
    );
  }
  const store = new Neo4jStore(config.neo4j);
  await store.open();
  try {
    const report = store.schema;
    out(`schema applied to ${config.neo4j.uri}: ${report?.statements.length ?? 0} statements, ${report?.created ?? 0} constraints or indexes created\n`);
  } finally {
    await store.close();
  }
}
