/**
 * The bulk write of the Neo4j store: several documents in one transaction (all of
 * them or none), for ingest runs. New sources take the fast path, in four round
 * trips whatever the group's size:
 *   1. their Source nodes locked and read at once (in id order);
 *   2. the entities they touch locked and read (in id order, so concurrent
 *      writers cannot deadlock on them), and which of their relations exist;
 *   3. entities merged in TypeScript in document order (one write per entity),
 *      created or updated, sources filled, articles made — element ids back;
 *   4. MENTIONED_IN links and relations between those element ids: each
 *      relation once for the whole group, created where the store does not hold
 *      it (no MERGE), its evidence appended by key where it does (entries beyond
 *      what a relationship keeps go to batches, neo4j-evidence.ts); then the
 *      degree of the ends of new relations.
 * A group that replaces a stored source, or names a source twice, runs the
 * one-document work for each document in order instead, in the same
 * transaction. Either way the graph is the one that writing the documents one
 * after another gives.
 */
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { Entity, EntityType, RelationType } from '../../schema/model.ts';
import type { SourceRecord } from './embedded/records.ts';
import {
  APPEND_EVIDENCE,
  CREATE_ENTITY_ELEMENTS,
  CREATE_MENTION_LINKS,
  CREATE_MENTION_LINKS_WITH_ATTRIBUTES,
  CREATE_RELATION_LINKS,
  EXISTING_RELATION_KEYS,
  FILL_SOURCES,
  LOCK_ENTITY_ELEMENTS,
  LOCK_SOURCES,
  MERGE_SOURCE_ARTICLES,
} from './neo4j-bulk-queries.ts';
import { groupRelations, mentionLinks, newRelation, type RelationWrite } from './neo4j-bulk-rows.ts';
import { CREATE_EVIDENCE_BATCHES } from './neo4j-evidence.ts';
import { foldedEntities, type EntityWrite } from './neo4j-entities.ts';
import { batches, documentRows, type DocumentRows } from './neo4j-rows.ts';
import { toEntity } from './neo4j-values.ts';
import { bumpRevision, upsertDocumentWork, type WriteStatus } from './neo4j-write.ts';
import { SET_DEGREES, UPDATE_ENTITIES } from './neo4j-write-queries.ts';

type Props = Record<string, unknown>;

/** The transaction work of writing `records` in order; a status per record. */
export async function upsertDocumentsWork(tx: ManagedTransaction, records: readonly SourceRecord[], batchSize: number): Promise<WriteStatus[]> {
  const ids = records.map((r) => r.doc.source.id);
  const locked = await tx.run(LOCK_SOURCES, { sources: [...new Set(ids)].sort() });
  const stored = locked.records.some((r) => typeof r.get('sha256') === 'string');
  if (new Set(ids).size < ids.length || stored) return oneByOne(tx, records, batchSize);
  const elements = new Map(locked.records.map((r) => [String(r.get('source')), String(r.get('element'))]));
  await writeNewSources(tx, records, elements, batchSize);
  await bumpRevision(tx);
  return records.map(() => 'created');
}

/** The one-document work for each record in turn (replaced sources, repeated ones). */
async function oneByOne(tx: ManagedTransaction, records: readonly SourceRecord[], batchSize: number): Promise<WriteStatus[]> {
  const statuses: WriteStatus[] = [];
  for (const record of records) statuses.push(await upsertDocumentWork(tx, record, batchSize));
  return statuses;
}

/** Runs `query` once per batch of `rows` (sent together, answered in order) and gathers the records. */
async function runBatches(tx: ManagedTransaction, query: string, rows: readonly unknown[], batchSize: number, name = 'rows'): Promise<Neo4jRecord[]> {
  const results = await Promise.all(batches(rows, batchSize).map((batch) => tx.run(query, { [name]: batch })));
  return results.flatMap((result) => result.records);
}

/** Sources the store does not hold (their nodes locked in `elements`): steps 2–4. */
async function writeNewSources(tx: ManagedTransaction, records: readonly SourceRecord[], elements: Map<string, string>, batchSize: number): Promise<void> {
  const rows = records.map(documentRows);
  const relations = groupRelations(rows);
  const touched = [...new Set(records.flatMap((r) => [...r.entities.keys()]))].sort();
  // Both sent at once: Neo4j runs them in order, so relations are looked up only once their ends are locked.
  const [lockedEntities, existing] = await Promise.all([
    runBatches(tx, LOCK_ENTITY_ELEMENTS, touched, batchSize, 'ids'),
    existingKeys(tx, relations, batchSize),
  ]);
  const known = new Map<string, Entity>();
  for (const record of lockedEntities) {
    const entity = toEntity(record.get('labels') as string[], record.get('props') as Props);
    known.set(entity.id, entity);
    elements.set(entity.id, String(record.get('element')));
  }
  await makeNodes(tx, rows, foldedEntities(records, known), known, elements, batchSize);
  const links = mentionLinks(rows, elements);
  const sent: Promise<unknown>[] = [
    runBatches(tx, CREATE_MENTION_LINKS, links.filter((l) => !l.attributes), batchSize),
    runBatches(tx, CREATE_MENTION_LINKS_WITH_ATTRIBUTES, links.filter((l) => l.attributes), batchSize),
  ];
  const ends = new Set<string>();
  for (const [type, list] of relations) {
    const fresh = list.filter((r) => !existing.has(r.key));
    for (const r of fresh) ends.add(r.from).add(r.to);
    const created = fresh.map((r) => newRelation(r, elements));
    sent.push(runBatches(tx, CREATE_RELATION_LINKS[type], created.map((r) => r.link), batchSize));
    sent.push(runBatches(tx, CREATE_EVIDENCE_BATCHES, created.flatMap((r) => (r.batch ? [r.batch] : [])), batchSize));
    sent.push(runBatches(tx, APPEND_EVIDENCE[type], list.filter((r) => existing.has(r.key)), batchSize));
  }
  // Sent last: Neo4j runs it after the relations above are made. Appended evidence changes no degree.
  sent.push(runBatches(tx, SET_DEGREES, [...ends], batchSize, 'ids'));
  await Promise.all(sent);
}

/** Step 3: sources filled, entities created or updated, articles made; new element ids go into `elements`. */
async function makeNodes(
  tx: ManagedTransaction,
  rows: readonly DocumentRows[],
  entities: readonly EntityWrite[],
  known: ReadonlyMap<string, Entity>,
  elements: Map<string, string>,
  batchSize: number,
): Promise<void> {
  const sourceElement = (id: unknown) => elements.get(String(id)) as string;
  const made: Promise<Neo4jRecord[]>[] = [];
  made.push(runBatches(tx, FILL_SOURCES, rows.map((r) => ({ element: sourceElement(r.source.id), props: r.source })), batchSize));
  made.push(runBatches(tx, UPDATE_ENTITIES, entities.filter((e) => known.has(e.id)), batchSize));
  for (const [type, list] of byType(entities.filter((e) => !known.has(e.id)))) made.push(runBatches(tx, CREATE_ENTITY_ELEMENTS[type], list, batchSize));
  const articles = rows.flatMap((r) => r.articles.map((a) => ({ source: sourceElement(a.source), props: a })));
  made.push(runBatches(tx, MERGE_SOURCE_ARTICLES, articles, batchSize));
  for (const record of (await Promise.all(made)).flat()) {
    if (record.has('element')) elements.set(String(record.get('id')), String(record.get('element')));
  }
}

function byType(entities: EntityWrite[]): Map<EntityType, EntityWrite[]> {
  const groups = new Map<EntityType, EntityWrite[]>();
  for (const entity of entities) {
    const group = groups.get(entity.type);
    if (group) group.push(entity);
    else groups.set(entity.type, [entity]);
  }
  return groups;
}

/** Keys among `relations` the store holds already. */
async function existingKeys(tx: ManagedTransaction, relations: Map<RelationType, RelationWrite[]>, batchSize: number): Promise<Set<string>> {
  const asked: Promise<Neo4jRecord[]>[] = [];
  for (const [type, list] of relations) asked.push(runBatches(tx, EXISTING_RELATION_KEYS[type], list.map((r) => r.key), batchSize, 'keys'));
  return new Set((await Promise.all(asked)).flat().map((record) => String(record.get('key'))));
}
