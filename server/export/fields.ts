/**
 * What every export writes per entity and relation, in two shapes: flat fields
 * for the graph-file formats (GEXF, GraphML: lists and evidence as JSON text, so
 * nothing is lost and Gephi shows them as columns), and the Neo4j property shape
 * the Neo4j store writes (CSV for neo4j-admin import, the Cypher script), so a
 * graph loaded from either reads like one PolicyGraph wrote.
 */
import type { Entity, Evidence, StoredRelation } from '../../schema/model.ts';

/** A field of a graph-file format, with its GraphML type (GEXF infers the same). */
export interface FieldSpec {
  name: string;
  type: 'string' | 'int' | 'double';
}

export const NODE_FIELDS: readonly FieldSpec[] = [
  { name: 'label', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'aliases', type: 'string' },
  { name: 'mentions', type: 'int' },
  { name: 'attributes', type: 'string' },
];

export const EDGE_FIELDS: readonly FieldSpec[] = [
  { name: 'key', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'title', type: 'string' },
  { name: 'role', type: 'string' },
  { name: 'about', type: 'string' },
  { name: 'confidence', type: 'double' },
  { name: 'rule', type: 'string' },
  { name: 'evidence_count', type: 'int' },
  { name: 'sources', type: 'string' },
  { name: 'evidence', type: 'string' },
];

export type FlatValues = Record<string, string | number>;

/** An entity's fields for GEXF/GraphML: aliases and attributes as JSON. */
export function flatNode(entity: Entity): FlatValues {
  return {
    label: entity.name,
    type: entity.type,
    aliases: JSON.stringify(entity.aliases),
    mentions: entity.mentions ?? 0,
    attributes: JSON.stringify(entity.attributes ?? {}),
  };
}

/** The distinct source ids of a relation's evidence, in order of first appearance. */
export function sourcesOf(evidence: readonly Evidence[]): string[] {
  return [...new Set(evidence.map((e) => e.source))];
}

/** A relation's fields for GEXF/GraphML: the evidence (sentence, source, offsets…) as JSON, and its source ids. */
export function flatEdge(relation: StoredRelation): FlatValues {
  return {
    key: relation.key,
    type: relation.type,
    ...(relation.title !== undefined ? { title: relation.title } : {}),
    ...(relation.role !== undefined ? { role: relation.role } : {}),
    ...(relation.about !== undefined ? { about: relation.about } : {}),
    confidence: relation.confidence,
    rule: relation.rule,
    evidence_count: relation.evidence.length,
    sources: JSON.stringify(sourcesOf(relation.evidence)),
    evidence: JSON.stringify(relation.evidence),
  };
}

// Characters outside XML 1.0's Char production (controls other than tab/LF/CR, lone surrogates, U+FFFE/FFFF).
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** Text XML 1.0 can carry: characters it cannot are replaced by U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\ufffd');
}

/** Entity properties besides the model's own (id, name, aliases, mentions), as the Neo4j store sets them. */
const RESERVED_PROPERTIES = new Set(['id', 'name', 'aliases', 'mentions']);

export type PropertyValue = string | number | boolean;

/** The extra properties an entity node carries in Neo4j. */
export function entityProperties(entity: Entity): Record<string, PropertyValue> {
  return Object.fromEntries(Object.entries(entity.attributes ?? {}).filter(([key]) => !RESERVED_PROPERTIES.has(key)));
}

/** A relation's Neo4j properties: scalars, then the evidence as parallel lists ('' where an entry has no value). */
export function relationProperties(relation: StoredRelation): Record<string, PropertyValue | PropertyValue[]> {
  const { evidence } = relation;
  return {
    key: relation.key,
    ...(relation.title !== undefined ? { title: relation.title } : {}),
    ...(relation.role !== undefined ? { role: relation.role } : {}),
    ...(relation.about !== undefined ? { about: relation.about } : {}),
    confidence: relation.confidence,
    rule: relation.rule,
    evidence_text: evidence.map((e) => e.text),
    evidence_source: evidence.map((e) => e.source),
    evidence_start: evidence.map((e) => e.start),
    evidence_end: evidence.map((e) => e.end),
    evidence_article: evidence.map((e) => e.article ?? ''),
    evidence_date: evidence.map((e) => e.date ?? ''),
    evidence_rule: evidence.map((e) => e.rule ?? relation.rule),
    evidence_confidence: evidence.map((e) => e.confidence ?? relation.confidence),
  };
}

/** Relation properties that hold floating-point numbers (written as floats even when whole). */
export const FLOAT_PROPERTIES = new Set(['confidence', 'evidence_confidence']);
