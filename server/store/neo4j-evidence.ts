/**
 * Where the Neo4j store keeps a relation's evidence. The relationship holds the
 * first EVIDENCE_ON_RELATION entries in its parallel lists (EVIDENCE_LISTS) and
 * `evidence_count`, the number of entries in all; entries beyond those live in
 * `:EvidenceBatch` nodes found by the relation's key (`relation`), each holding
 * the same lists for the entries from its `at` on. So adding evidence to a fact
 * the corpus repeats thousands of times writes a new batch instead of reading and
 * rewriting every list whole, and a hub's page reads at most this many entries per
 * relation. Cypher fragments here; the constant is a fixed number, never input.
 */
import { DEFAULT_RELATION_WINDOW } from './entity-page.ts';
import { EVIDENCE_LIST_NAMES, EVIDENCE_LISTS } from './neo4j-values.ts';

/** Entries kept on the relationship: what an entity page shows by default, so it reads no batch. */
export const EVIDENCE_ON_RELATION: number = DEFAULT_RELATION_WINDOW.evidenceLimit;

/** How many entries the relation bound to `r` holds in all (stores written before batches lack the count). */
export const EVIDENCE_COUNT = `coalesce(r.evidence_count, size(r.${EVIDENCE_LISTS.source}))`;

const HAS_BATCHES = `${EVIDENCE_COUNT} > size(r.${EVIDENCE_LISTS.source})`;

/**
 * The batches of the relation bound to `r`, as property maps in order; none are
 * looked for while its lists hold every entry. (`batch`, not `b`: a subquery
 * sees the variables of the query around it, and `b` names an entity there.)
 */
export const EVIDENCE_BATCHES = `CASE WHEN ${HAS_BATCHES}
  THEN COLLECT { MATCH (batch:EvidenceBatch {relation: r.key}) RETURN properties(batch) ORDER BY batch.at }
  ELSE [] END`;

/** Every evidence date of the relation bound to `r`, batches included (for date filters). */
export const EVIDENCE_DATES = `r.${EVIDENCE_LISTS.date} + CASE WHEN ${HAS_BATCHES}
  THEN COLLECT { MATCH (batch:EvidenceBatch {relation: r.key}) UNWIND batch.${EVIDENCE_LISTS.date} AS date RETURN date }
  ELSE [] END`;

/**
 * Appends the evidence lists of `props` (a row expression: `row`, `row.props`)
 * to the relation bound to `r`, with `row` in scope: entries go to the
 * relationship while it has room, the rest to a new batch. Role and about keep
 * the first value, confidence the highest. Ends the query (a write clause).
 */
export function appendEvidence(props: 'row' | 'row.props'): string {
  return `
WITH r, row, ${EVIDENCE_COUNT} AS held
WITH r, row, held, CASE WHEN held < ${EVIDENCE_ON_RELATION} THEN ${EVIDENCE_ON_RELATION} - held ELSE 0 END AS room
SET r.role = coalesce(r.role, ${props}.role),
    r.about = coalesce(r.about, ${props}.about),
    r.confidence = CASE WHEN ${props}.confidence > r.confidence THEN ${props}.confidence ELSE r.confidence END,
    r.evidence_count = held + size(${props}.${EVIDENCE_LISTS.source})
FOREACH (_ IN CASE WHEN room > 0 THEN [1] ELSE [] END |
  SET ${EVIDENCE_LIST_NAMES.map((list) => `r.${list} = r.${list} + ${props}.${list}[0..room]`).join(',\n      ')})
WITH r, row, held, room WHERE size(${props}.${EVIDENCE_LISTS.source}) > room
CREATE (:EvidenceBatch {relation: r.key, at: held + room, ${EVIDENCE_LIST_NAMES.map((list) => `${list}: ${props}.${list}[room..]`).join(', ')}})`;
}

/** Batches given whole as rows (`relation`, `at` and the lists): the overflow of relations the bulk write creates. */
export const CREATE_EVIDENCE_BATCHES = `
UNWIND $rows AS row
CREATE (:EvidenceBatch {relation: row.relation, at: row.at, ${EVIDENCE_LIST_NAMES.map((list) => `${list}: row.${list}`).join(', ')}})`;

const allEntries = (list: string) => `r.${list} + reduce(entries = [], batch IN batches | entries + batch.${list})`;

/**
 * Drops the source's entries from the evidence of relations among `$ids`, whether
 * on the relationship or in batches: what is left is laid out again (the first
 * entries on the relationship, the rest in one batch); the confidence becomes the
 * best of it; relations left without evidence are deleted.
 */
export const STRIP_SOURCE_EVIDENCE = `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]->(:Entity)
WITH r, COLLECT { MATCH (batch:EvidenceBatch {relation: r.key}) RETURN batch ORDER BY batch.at } AS batches
WHERE $source IN r.${EVIDENCE_LISTS.source} OR any(batch IN batches WHERE $source IN batch.${EVIDENCE_LISTS.source})
WITH r, batches, {${EVIDENCE_LIST_NAMES.map((list) => `${list}: ${allEntries(list)}`).join(',\n  ')}} AS entries
WITH r, batches, entries, [i IN range(0, size(entries.${EVIDENCE_LISTS.source}) - 1) WHERE entries.${EVIDENCE_LISTS.source}[i] <> $source] AS keep
FOREACH (batch IN batches | DELETE batch)
SET ${EVIDENCE_LIST_NAMES.map((list) => `r.${list} = [i IN keep[0..${EVIDENCE_ON_RELATION}] | entries.${list}[i]]`).join(',\n    ')},
    r.evidence_count = size(keep),
    r.confidence = reduce(best = 0.0, i IN keep | CASE WHEN entries.${EVIDENCE_LISTS.confidence}[i] > best THEN entries.${EVIDENCE_LISTS.confidence}[i] ELSE best END)
FOREACH (_ IN CASE WHEN size(keep) > ${EVIDENCE_ON_RELATION} THEN [1] ELSE [] END |
  CREATE (:EvidenceBatch {relation: r.key, at: ${EVIDENCE_ON_RELATION}, ${EVIDENCE_LIST_NAMES.map((list) => `${list}: [i IN keep[${EVIDENCE_ON_RELATION}..] | entries.${list}[i]]`).join(', ')}}))
WITH r, keep WHERE size(keep) = 0
DELETE r`;

/** The batches of every relation of the entities `$ids`, before the entities go with their relations. */
export const DELETE_ENTITY_BATCHES = `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(:Entity)
MATCH (batch:EvidenceBatch {relation: r.key})
DETACH DELETE batch`;
