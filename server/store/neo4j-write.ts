/**
 * Writes of the Neo4j store: one document, or the removal of one source, in one
 * write transaction, so a failure leaves nothing half done. Rows go in batches of
 * `batchSize` through fixed `UNWIND $rows … MERGE` queries. The work is
 * idempotent (MERGE, and the "unchanged" check inside the transaction), as
 * executeWrite may run it again after a transient failure.
 */
import { randomUUID } from 'node:crypto';
import type { Driver, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { Entity, EntityType, RelationType } from '../../schema/model.ts';
import type { SourceRecord } from './embedded/records.ts';
import { mergedEntities, settledEntity, type EntityWrite, type SourceLink } from './neo4j-entities.ts';
import { batches, documentRows, type DocumentRows } from './neo4j-rows.ts';
import { DELETE_ENTITY_BATCHES, STRIP_SOURCE_EVIDENCE } from './neo4j-evidence.ts';
import { toEntity } from './neo4j-values.ts';
import {
  DELETE_ENTITIES,
  DELETE_SOURCE_ARTICLES,
  DELETE_SOURCE_MENTIONS,
  DELETE_SOURCE_NODE,
  CREATE_ENTITIES,
  ENTITY_LINKS,
  LOCK_ENTITIES,
  CREATE_ARTICLE_MENTIONS,
  MERGE_ARTICLES,
  MERGE_RELATIONS,
  MERGE_SOURCE,
  CREATE_SOURCE_MENTIONS,
  LOCK_SOURCE_SHA,
  READ_SOURCE_SHA,
  SOURCE_ENTITY_IDS,
  UPDATE_ENTITIES,
  BUMP_REVISION,
  BACKFILL_DEGREES,
  SET_DEGREES,
} from './neo4j-write-queries.ts';

export type WriteStatus = 'created' | 'replaced' | 'unchanged';

type Props = Record<string, unknown>;

/** The sha256 the store holds for a source, or undefined when it has no such source. */
export async function storedSha(tx: ManagedTransaction, source: string): Promise<string | undefined> {
  const result = await tx.run(READ_SOURCE_SHA, { source });
  const value = result.records[0]?.get('sha256');
  return typeof value === 'string' ? value : undefined;
}

/** Sends one statement per batch of rows without waiting for the answers (the driver pipelines them in order). */
function sendBatched(
  tx: ManagedTransaction,
  query: string,
  rows: readonly unknown[],
  batchSize: number,
  params: Record<string, unknown> = {},
): Promise<unknown>[] {
  return batches(rows, batchSize).map((batch) => tx.run(query, { ...params, rows: batch }));
}

function entityOf(record: Neo4jRecord): Entity {
  return toEntity(record.get('labels') as string[], record.get('props') as Props);
}

/** Locks the entities among `ids` that exist (sorted, so writers lock in one order) and reads them. */
export async function lockEntities(tx: ManagedTransaction, ids: string[], batchSize: number): Promise<Map<string, Entity>> {
  const known = new Map<string, Entity>();
  for (const batch of batches([...ids].sort(), batchSize)) {
    for (const record of (await tx.run(LOCK_ENTITIES, { ids: batch })).records) {
      const entity = entityOf(record);
      known.set(entity.id, entity);
    }
  }
  return known;
}

/** Takes a source's evidence, links and articles out of the graph. */
async function removeContributions(tx: ManagedTransaction, source: string, ids: string[], batchSize: number): Promise<void> {
  for (const batch of batches(ids, batchSize)) await tx.run(STRIP_SOURCE_EVIDENCE, { source, ids: batch });
  await tx.run(DELETE_SOURCE_MENTIONS, { source });
  await tx.run(DELETE_SOURCE_ARTICLES, { source });
}

/** Folds `ids` again from the links that remain; deletes those nothing names any more. */
async function settleEntities(tx: ManagedTransaction, ids: string[], batchSize: number): Promise<void> {
  for (const batch of batches(ids, batchSize)) {
    const updates: EntityWrite[] = [];
    const gone: string[] = [];
    for (const record of (await tx.run(ENTITY_LINKS, { ids: batch })).records) {
      const current = entityOf(record);
      const links = (record.get('links') as { source: string; ingestedAt: unknown; props: Props }[]).map(
        (l): SourceLink => ({ source: String(l.source), ingestedAt: String(l.ingestedAt ?? ''), properties: l.props }),
      );
      const settled = settledEntity(current, links);
      if (settled) updates.push(settled);
      else gone.push(current.id);
    }
    await tx.run(UPDATE_ENTITIES, { rows: updates });
    await tx.run(DELETE_ENTITY_BATCHES, { ids: gone });
    await tx.run(DELETE_ENTITIES, { ids: gone });
  }
}

function byType(entities: EntityWrite[]): Map<EntityType, EntityWrite[]> {
  const groups = new Map<EntityType, EntityWrite[]>();
  for (const entity of entities) groups.set(entity.type, [...(groups.get(entity.type) ?? []), entity]);
  return groups;
}

/**
 * Writes a document's rows. Every statement is sent at once and the answers are
 * awaited together: Neo4j runs them in order within the transaction, and the
 * round trips overlap instead of adding up.
 */
async function writeRows(
  tx: ManagedTransaction,
  rows: DocumentRows,
  entities: { fresh: EntityWrite[]; known: EntityWrite[] },
  batchSize: number,
): Promise<void> {
  const source = rows.source.id;
  const sent: Promise<unknown>[] = [tx.run(MERGE_SOURCE, { row: rows.source })];
  sent.push(...sendBatched(tx, MERGE_ARTICLES, rows.articles, batchSize, { source }));
  for (const [type, list] of byType(entities.fresh)) sent.push(...sendBatched(tx, CREATE_ENTITIES[type], list, batchSize));
  sent.push(...sendBatched(tx, UPDATE_ENTITIES, entities.known, batchSize));
  sent.push(...sendBatched(tx, CREATE_ARTICLE_MENTIONS, rows.articleMentions, batchSize, { source }));
  sent.push(...sendBatched(tx, CREATE_SOURCE_MENTIONS, rows.sourceMentions, batchSize, { source }));
  for (const [type, list] of rows.relations) sent.push(...sendBatched(tx, MERGE_RELATIONS[type as RelationType], list, batchSize));
  await Promise.all(sent);
}

async function sourceEntityIds(tx: ManagedTransaction, source: string): Promise<string[]> {
  return (await tx.run(SOURCE_ENTITY_IDS, { source })).records.map((r) => String(r.get('id')));
}

/**
 * The transaction work of an upsert: nothing when the stored sha256 matches.
 * A new source merges its entities onto what the store holds. A changed source
 * first takes its old contributions out, writes the new ones, then folds every
 * entity either version named again from what remains.
 */
export async function upsertDocumentWork(tx: ManagedTransaction, record: SourceRecord, batchSize: number): Promise<WriteStatus> {
  const rows = documentRows(record);
  const source = String(rows.source.id);
  const locked = (await tx.run(LOCK_SOURCE_SHA, { source })).records[0]?.get('sha256');
  const sha = typeof locked === 'string' ? locked : undefined;
  if (sha === rows.source.sha256) return 'unchanged';
  const previous = sha === undefined ? [] : await sourceEntityIds(tx, source);
  const touched = [...new Set([...previous, ...record.entities.keys()])];
  const known = await lockEntities(tx, touched, batchSize);
  if (sha !== undefined) await removeContributions(tx, source, previous, batchSize);
  // A replaced source folds its entities again below; until then they only need to exist.
  const merged = mergedEntities(record, sha === undefined ? known : new Map());
  const entities = { fresh: merged.filter((e) => !known.has(e.id)), known: merged.filter((e) => known.has(e.id)) };
  await writeRows(tx, rows, entities, batchSize);
  if (sha !== undefined) await settleEntities(tx, touched, batchSize);
  await setDegrees(tx, touched, batchSize);
  await bumpRevision(tx);
  return sha === undefined ? 'created' : 'replaced';
}

/**
 * Stores the degree of `ids` (the entities a write named: the ends of every
 * relation it made or took away); ids of entities it deleted match nothing.
 */
async function setDegrees(tx: ManagedTransaction, ids: string[], batchSize: number): Promise<void> {
  await Promise.all(batches(ids, batchSize).map((batch) => tx.run(SET_DEGREES, { ids: batch })));
}

/** A new revision of the store; the last statement of every write that changes the graph. */
export async function bumpRevision(tx: ManagedTransaction): Promise<void> {
  await tx.run(BUMP_REVISION, { value: randomUUID() });
}

/** The transaction work of a delete: the source's contributions, its node, and what only it supported. */
export async function deleteSourceWork(tx: ManagedTransaction, source: string, batchSize: number): Promise<void> {
  const previous = await sourceEntityIds(tx, source);
  await lockEntities(tx, previous, batchSize);
  await removeContributions(tx, source, previous, batchSize);
  await tx.run(DELETE_SOURCE_NODE, { source });
  await settleEntities(tx, previous, batchSize);
  await setDegrees(tx, previous, batchSize);
  await bumpRevision(tx);
}

/**
 * Stores the degree of entities written before the store kept degrees. An
 * auto-commit query, as CALL … IN TRANSACTIONS must be; a store that has them
 * all pays one pass over the entities.
 */
export async function backfillDegrees(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session(database ? { database } : {});
  try {
    await session.run(BACKFILL_DEGREES);
  } finally {
    await session.close();
  }
}
