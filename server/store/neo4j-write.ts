/**
 * Writes of the Neo4j store: one document, or the removal of one source, in one
 * write transaction, so a failure leaves nothing half done. Rows go in batches of
 * `batchSize` through fixed `UNWIND $rows … MERGE` queries. The work is
 * idempotent (MERGE, and the "unchanged" check inside the transaction), as
 * executeWrite may run it again after a transient failure.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { EntityType, RelationType } from '../../schema/model.ts';
import { batches, type DocumentRows } from './neo4j-rows.ts';
import {
  DELETE_SOURCE_ARTICLES,
  DELETE_SOURCE_MENTIONS,
  DELETE_SOURCE_NODE,
  DELETE_UNSUPPORTED_ENTITIES,
  MERGE_ARTICLE_MENTIONS,
  MERGE_ARTICLES,
  MERGE_ENTITIES,
  MERGE_RELATIONS,
  MERGE_SOURCE,
  MERGE_SOURCE_MENTIONS,
  READ_SOURCE_SHA,
  RECOMPUTE_ENTITIES,
  SOURCE_ENTITY_IDS,
  STRIP_SOURCE_EVIDENCE,
} from './neo4j-write-queries.ts';

export type WriteStatus = 'created' | 'replaced' | 'unchanged';

/** The sha256 the store holds for a source, or undefined when it has no such source. */
export async function storedSha(tx: ManagedTransaction, source: string): Promise<string | undefined> {
  const result = await tx.run(READ_SOURCE_SHA, { source });
  const value = result.records[0]?.get('sha256');
  return typeof value === 'string' ? value : undefined;
}

async function runBatched(
  tx: ManagedTransaction,
  query: string,
  rows: readonly unknown[],
  batchSize: number,
  params: Record<string, unknown> = {},
): Promise<void> {
  for (const batch of batches(rows, batchSize)) await tx.run(query, { ...params, rows: batch });
}

/** Takes a source's evidence, links and articles out of the graph; returns the entities it named. */
async function removeContributions(tx: ManagedTransaction, source: string, batchSize: number): Promise<string[]> {
  const result = await tx.run(SOURCE_ENTITY_IDS, { source });
  const ids = result.records.map((r) => String(r.get('id')));
  for (const batch of batches(ids, batchSize)) await tx.run(STRIP_SOURCE_EVIDENCE, { source, ids: batch });
  await tx.run(DELETE_SOURCE_MENTIONS, { source });
  await tx.run(DELETE_SOURCE_ARTICLES, { source });
  return ids;
}

/** Recomputes mentions and aliases of `ids` from what remains; removes those no source names. */
async function settleEntities(tx: ManagedTransaction, ids: string[], batchSize: number): Promise<void> {
  for (const batch of batches(ids, batchSize)) {
    await tx.run(RECOMPUTE_ENTITIES, { ids: batch });
    await tx.run(DELETE_UNSUPPORTED_ENTITIES, { ids: batch });
  }
}

async function writeRows(tx: ManagedTransaction, rows: DocumentRows, batchSize: number): Promise<void> {
  const source = rows.source.id;
  await tx.run(MERGE_SOURCE, { row: rows.source });
  await runBatched(tx, MERGE_ARTICLES, rows.articles, batchSize, { source });
  for (const [type, list] of rows.entities) await runBatched(tx, MERGE_ENTITIES[type as EntityType], list, batchSize);
  await runBatched(tx, MERGE_ARTICLE_MENTIONS, rows.articleMentions, batchSize, { source });
  await runBatched(tx, MERGE_SOURCE_MENTIONS, rows.sourceMentions, batchSize, { source });
  for (const [type, list] of rows.relations) await runBatched(tx, MERGE_RELATIONS[type as RelationType], list, batchSize);
}

/**
 * The transaction work of an upsert: nothing when the stored sha256 matches;
 * otherwise the old contributions of the source (if any) go, the new rows are
 * written, and the entities the old version named are settled.
 */
export async function upsertDocumentWork(tx: ManagedTransaction, rows: DocumentRows, batchSize: number): Promise<WriteStatus> {
  const source = String(rows.source.id);
  const sha = await storedSha(tx, source);
  if (sha === rows.source.sha256) return 'unchanged';
  const previous = sha === undefined ? [] : await removeContributions(tx, source, batchSize);
  await writeRows(tx, rows, batchSize);
  if (sha === undefined) return 'created';
  const fresh = [...rows.entities.values()].flat().map((e) => e.id);
  await settleEntities(tx, [...new Set([...previous, ...fresh])], batchSize);
  return 'replaced';
}

/** The transaction work of a delete: the source's contributions, its node, and what only it supported. */
export async function deleteSourceWork(tx: ManagedTransaction, source: string, batchSize: number): Promise<void> {
  const previous = await removeContributions(tx, source, batchSize);
  await tx.run(DELETE_SOURCE_NODE, { source });
  await settleEntities(tx, previous, batchSize);
}
