/**
 * The Cypher of the bulk write (neo4j-bulk.ts): several new documents in one
 * transaction. Nodes are looked up once by their indexed keys — locked, read,
 * created — and return their element ids; links and relations are then made
 * between nodes found by element id (a direct seek, no index and no lock
 * taken again). Values travel as parameters; labels and relationship types come
 * from the model's fixed lists (perName), never from input.
 */
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../schema/model.ts';
import { appendEvidence } from './neo4j-evidence.ts';
import { EVIDENCE_LIST_NAMES } from './neo4j-values.ts';
import { perName } from './neo4j-write-queries.ts';

/** Several sources locked and read at once, in id order, as LOCK_SOURCE_SHA does for one. */
export const LOCK_SOURCES = `
UNWIND $sources AS source
MERGE (s:Source {id: source})
SET s.id = source
RETURN source, s.sha256 AS sha256, elementId(s) AS element`;

/** As LOCK_ENTITIES, with each entity's element id. */
export const LOCK_ENTITY_ELEMENTS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.mentions = coalesce(e.mentions, 0)
RETURN labels(e) AS labels, properties(e) AS props, elementId(e) AS element`;

/** Fills the Source nodes LOCK_SOURCES made. */
export const FILL_SOURCES = `
UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row.element
SET s += row.props`;

/** Articles of several sources (each row names its source's element id). */
export const MERGE_SOURCE_ARTICLES = `
UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row.source
MERGE (a:Article {id: row.props.id})
SET a += row.props
MERGE (s)-[:HAS_ARTICLE]->(a)
RETURN a.id AS id, elementId(a) AS element`;

/** Per entity type: entities the store did not hold, with their element ids (see CREATE_ENTITIES). */
export const CREATE_ENTITY_ELEMENTS: Readonly<Record<EntityType, string>> = perName(
  ENTITY_TYPES,
  (label) => `
UNWIND $rows AS row
CREATE (e:Entity:${label} {id: row.id, name: row.name, aliases: row.aliases, mentions: row.mentions})
SET e += row.attributes
RETURN row.id AS id, elementId(e) AS element`,
);

/**
 * MENTIONED_IN links between nodes given by element id (an Article, or the
 * Source). `aliases` is null (not stored) when the source used no other form.
 * Properties written in the CREATE itself: no SET after it, so Neo4j streams the
 * rows instead of holding them all (Eager) first.
 */
export const CREATE_MENTION_LINKS = `
UNWIND $rows AS row
MATCH (e) WHERE elementId(e) = row.entity
MATCH (t) WHERE elementId(t) = row.target
CREATE (e)-[:MENTIONED_IN {count: row.count, source: row.source, aliases: row.aliases}]->(t)`;

/** The same for links that carry attributes the source gave the entity (their names vary, so they are SET). */
export const CREATE_MENTION_LINKS_WITH_ATTRIBUTES = `
UNWIND $rows AS row
MATCH (e) WHERE elementId(e) = row.entity
MATCH (t) WHERE elementId(t) = row.target
CREATE (e)-[m:MENTIONED_IN {count: row.count, source: row.source, aliases: row.aliases}]->(t)
SET m += row.attributes`;

/** Per relationship type: which of `$keys` the store holds (a seek in the type's key constraint per key). */
export const EXISTING_RELATION_KEYS: Readonly<Record<RelationType, string>> = perName(
  RELATION_TYPES,
  (type) => `
UNWIND $keys AS key
MATCH ()-[r:${type} {key: key}]->()
RETURN key`,
);

/**
 * Per relationship type: relations the store does not hold yet, between entities
 * given by element id (the write has locked both, so no other writer can make
 * them meanwhile), created with all their properties in the CREATE (null ones
 * are not stored): no MERGE, no SET, no Eager.
 */
export const CREATE_RELATION_LINKS: Readonly<Record<RelationType, string>> = perName(
  RELATION_TYPES,
  (type) => `
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[r:${type} {key: row.props.key, title: row.props.title, role: row.props.role, about: row.props.about, confidence: row.props.confidence, rule: row.props.rule, evidence_count: row.props.evidence_count, ${EVIDENCE_LIST_NAMES.map((list) => `${list}: row.props.${list}`).join(', ')}}]->(b)`,
);

/** Per relationship type: more evidence for relations the store holds, found by key (neo4j-evidence.ts). */
export const APPEND_EVIDENCE: Readonly<Record<RelationType, string>> = perName(
  RELATION_TYPES,
  (type) => `
UNWIND $rows AS row
MATCH ()-[r:${type} {key: row.key}]->()${appendEvidence('row.props')}`,
);
