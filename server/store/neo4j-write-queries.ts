/**
 * The Cypher the Neo4j store writes with. Every value travels as a parameter;
 * labels and relationship types cannot be parameters in MERGE, so the queries
 * that need one are made once, at load, for each name of the fixed model lists
 * (ENTITY_TYPES, RELATION_TYPES) — never from input — into read-only maps.
 */
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../schema/model.ts';
import { countedDegree } from './neo4j-read-queries.ts';
import { appendEvidence } from './neo4j-evidence.ts';
import { EVIDENCE_LIST_NAMES } from './neo4j-values.ts';

const NAME = /^[A-Z][A-Za-z_]*$/;

/** A query per name of a fixed list; refuses a name that is not a plain identifier. */
export function perName<N extends string>(names: readonly N[], query: (name: N) => string): Readonly<Record<N, string>> {
  const entries = names.map((name) => {
    if (!NAME.test(name)) throw new Error(`${name} cannot be used as a label or relationship type`);
    return [name, query(name)] as const;
  });
  return Object.freeze(Object.fromEntries(entries) as Record<N, string>);
}

export const READ_SOURCE_SHA = 'MATCH (s:Source {id: $source}) RETURN s.sha256 AS sha256';

/**
 * The source's stored sha256, read under the source's write lock (MERGE takes the
 * unique-constraint lock for a new id, SET the node's lock for an existing one),
 * so two writers of the same file run one after the other: the second finds the
 * first's sha256 and leaves it unchanged instead of adding its evidence again. A
 * node made here and not filled is rolled back with the transaction.
 */
export const LOCK_SOURCE_SHA = 'MERGE (s:Source {id: $source}) SET s.id = $source RETURN s.sha256 AS sha256';

/** Entities the source names (through its MENTIONED_IN links, found by their `source` index). */
export const SOURCE_ENTITY_IDS = 'MATCH (e:Entity)-[:MENTIONED_IN {source: $source}]->() RETURN DISTINCT e.id AS id';

export const DELETE_SOURCE_MENTIONS = 'MATCH (:Entity)-[m:MENTIONED_IN {source: $source}]->() DELETE m';

export const DELETE_SOURCE_ARTICLES = 'MATCH (:Source {id: $source})-[:HAS_ARTICLE]->(a:Article) DETACH DELETE a';

export const DELETE_SOURCE_NODE = 'MATCH (s:Source {id: $source}) DETACH DELETE s';

export const MERGE_SOURCE = 'MERGE (s:Source {id: $row.id}) SET s += $row';

export const MERGE_ARTICLES = `
MATCH (s:Source {id: $source})
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row
MERGE (s)-[:HAS_ARTICLE]->(a)`;

/**
 * The entities a write touches, locked (setting a property takes the node's write
 * lock until commit, and the locking index seek locks the ids of entities not yet
 * there, so a concurrent writer cannot interleave between this read and the
 * write that follows) and read as they are.
 */
export const LOCK_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.mentions = coalesce(e.mentions, 0)
RETURN labels(e) AS labels, properties(e) AS props`;

/**
 * Per entity type: creates entities the store did not hold when the write locked
 * what it touches. LOCK_ENTITIES' locking index seek also locks the ids it did
 * not find, so a concurrent writer of the same new entity waits (or deadlocks,
 * which the driver retries). CREATE, not MERGE, so that should one still slip
 * through, the id constraint fails this transaction and the write starts over
 * (Neo4jStore) instead of overwriting that entity.
 */
export const CREATE_ENTITIES: Readonly<Record<EntityType, string>> = perName(
  ENTITY_TYPES,
  (label) => `
UNWIND $rows AS row
CREATE (e:Entity:${label} {id: row.id, name: row.name, aliases: row.aliases, mentions: row.mentions})
SET e += row.attributes`,
);

/**
 * A source's links are all new when they are written (its articles are new, and a
 * replaced source's old links went first), so CREATE, without MERGE's lookup.
 */
function createMentions(targetLabel: 'Article' | 'Source'): string {
  return `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (t:${targetLabel} {id: row.target})
CREATE (e)-[m:MENTIONED_IN]->(t)
SET m.count = row.count, m.source = $source, m.aliases = row.aliases, m += row.attributes`;
}

export const CREATE_ARTICLE_MENTIONS = createMentions('Article');
export const CREATE_SOURCE_MENTIONS = createMentions('Source');

/**
 * Per relationship type: create or find the relation by key between its two
 * entities and append this document's evidence (neo4j-evidence.ts).
 */
export const MERGE_RELATIONS: Readonly<Record<RelationType, string>> = perName(
  RELATION_TYPES,
  (type) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {key: row.key}]->(b)
ON CREATE SET r.title = row.title, r.rule = row.rule, r.confidence = row.confidence, r.evidence_count = 0,
    ${EVIDENCE_LIST_NAMES.map((list) => `r.${list} = []`).join(', ')}${appendEvidence('row')}`,
);

/** The entities' MENTIONED_IN links that remain, each with its source's ingest time. */
export const ENTITY_LINKS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[m:MENTIONED_IN]->()
  OPTIONAL MATCH (s:Source {id: m.source})
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE {source: m.source, ingestedAt: s.ingested_at, props: properties(m)} END) AS links
}
RETURN labels(e) AS labels, properties(e) AS props, links`;

/** Entities the write locked: their merged aliases, mentions and attributes (null removes one). */
export const UPDATE_ENTITIES = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.aliases = row.aliases, e.mentions = row.mentions, e += row.attributes`;

/** Stores each entity's degree (see neo4j-read-queries.ts) after a write changed its relations. */
export const SET_DEGREES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.degree = ${countedDegree('e')}`;

/** The degree of entities that have none (written before the store kept degrees), a batch per transaction. */
export const BACKFILL_DEGREES = `
MATCH (e:Entity) WHERE e.degree IS NULL
CALL (e) { SET e.degree = ${countedDegree('e')} } IN TRANSACTIONS OF 10000 ROWS`;

/** Entities no source names any more go, with whatever relations they still have. */
export const DELETE_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
DETACH DELETE e`;

/**
 * Every write that changes the graph ends by giving the store a new revision
 * (GraphStore.revision(), HTTP ETags), so reading it is one index seek instead
 * of a digest of every source. Last in the transaction: the one node all writers
 * lock is held only while they commit.
 */
export const BUMP_REVISION = `
MERGE (r:PolicyGraphRevision {id: 'graph'})
SET r.value = $value`;
