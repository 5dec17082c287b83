/**
 * Applies PolicyGraph's Neo4j schema (constraints.cypher beside this file):
 * every statement in its own transaction (Neo4j does not mix schema changes with
 * other work), all idempotent, then waits until the indexes are online. Used by
 * Neo4jStore.open() and by `policygraph schema apply`.
 */
import { readFile } from 'node:fs/promises';
import type { Driver, Session } from 'neo4j-driver';

export const SCHEMA_FILE = new URL('./constraints.cypher', import.meta.url);

/** How long to wait for new indexes to come online, in seconds. */
const INDEX_WAIT_SECONDS = 300;

export interface SchemaReport {
  /** Every statement of the schema file, in order. */
  statements: string[];
  /** How many constraints and indexes this run created (0 when the schema was already there). */
  created: number;
}

/** Splits the schema file into statements: `//` comment lines dropped, one statement per `;`. */
export function parseSchema(text: string): string[] {
  const code = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return code
    .split(';')
    .map((statement) => statement.replace(/\s+/g, ' ').trim())
    .filter((statement) => statement.length > 0);
}

/** Reads and parses constraints.cypher. */
export async function loadSchema(): Promise<string[]> {
  return parseSchema(await readFile(SCHEMA_FILE, 'utf8'));
}

/** The name a `CREATE … INDEX|CONSTRAINT name IF NOT EXISTS …` statement gives. */
export function schemaName(statement: string): string | undefined {
  return /^CREATE\s+(?:\w+\s+)?(?:INDEX|CONSTRAINT)\s+(\w+)\s+IF\s+NOT\s+EXISTS/i.exec(statement)?.[1];
}

/** Names of the indexes in place (a uniqueness constraint's index has the constraint's name). */
async function existingNames(session: Session): Promise<Set<string>> {
  const result = await session.executeRead((tx) => tx.run('SHOW INDEXES YIELD name RETURN name'));
  return new Set(result.records.map((r) => String(r.get('name'))));
}

/** Schema errors that mean another process created the same index or constraint first (two opens at once). */
const ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
]);

/** Runs one schema statement; returns how many indexes and constraints it added (0 when another process was first). */
async function applyStatement(session: Session, statement: string): Promise<number> {
  try {
    const summary = await session.executeWrite(async (tx) => (await tx.run(statement)).summary);
    const updates = summary.counters.updates();
    return updates.constraintsAdded + updates.indexesAdded;
  } catch (error) {
    if (ALREADY_THERE.has(String((error as { code?: unknown }).code))) return 0;
    throw error;
  }
}

/**
 * Applies the schema to `database` (the server's default when undefined) and waits
 * for the indexes. Statements whose index or constraint already exists by name are
 * skipped, so opening a store with its schema in place costs one round trip.
 * Driver errors are passed on for the caller to classify.
 */
export async function applySchema(driver: Driver, database: string | undefined): Promise<SchemaReport> {
  const statements = await loadSchema();
  const session = driver.session(database ? { database } : {});
  let created = 0;
  try {
    const existing = await existingNames(session);
    for (const statement of statements) {
      const name = schemaName(statement);
      if (name && existing.has(name)) continue;
      created += await applyStatement(session, statement);
    }
    await session.executeRead((tx) => tx.run('CALL db.awaitIndexes($seconds)', { seconds: INDEX_WAIT_SECONDS }));
  } finally {
    await session.close();
  }
  return { statements, created };
}
