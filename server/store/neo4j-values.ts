/**
 * Conversions between Neo4j values and PolicyGraph's model: nodes to entities,
 * relationships (with their parallel evidence lists, and batches) to stored relations, and
 * any driver value to plain JSON (Integers to numbers where exact, temporal and
 * spatial values to their ISO strings). Pure functions.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import type { Entity, EntityType, Evidence, RelationType, StoredRelation } from '../../schema/model.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../../schema/model.ts';

/** Entity properties with a meaning of their own; every other property is an attribute. */
export const ENTITY_FIELDS: ReadonlySet<string> = new Set(['id', 'name', 'aliases', 'mentions', 'degree']);

/**
 * The evidence of a relation as parallel lists on the relationship, one entry per
 * index (Neo4j properties cannot hold maps or lists with nulls; '' stands for "none").
 */
export const EVIDENCE_LISTS = {
  text: 'evidence_text',
  source: 'evidence_source',
  start: 'evidence_start',
  end: 'evidence_end',
  article: 'evidence_article',
  date: 'evidence_date',
  rule: 'evidence_rule',
  confidence: 'evidence_confidence',
} as const;

/** The names of EVIDENCE_LISTS, in the one order every query that spells them out uses. */
export const EVIDENCE_LIST_NAMES: readonly string[] = Object.values(EVIDENCE_LISTS);

/** A number for an Integer in JavaScript's exact range, its decimal string beyond it. */
export function integerValue(value: Integer): number | string {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

function asNumber(value: unknown): number {
  if (neo4j.isInt(value)) return (value as Integer).toNumber();
  return typeof value === 'number' ? value : 0;
}

function asStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function isTemporalOrSpatial(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  );
}

/** Any property or result value as plain JSON (graph objects are handled by the caller). */
export function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return integerValue(value as Integer);
  if (isTemporalOrSpatial(value)) return String(value);
  if (Array.isArray(value)) return value.map(plainValue);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, plainValue(v)]));
  }
  return value;
}

/** Property maps as plain JSON. */
export function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, plainValue(v)]));
}

/** The entity type among a node's labels (every entity node has `Entity` plus one of these). */
export function entityTypeOf(labels: readonly string[]): EntityType | undefined {
  return ENTITY_TYPES.find((type) => labels.includes(type));
}

/** An entity from an `:Entity` node's labels and properties. */
export function toEntity(labels: readonly string[], properties: Record<string, unknown>): Entity {
  const attributes: Record<string, string | number | boolean> = {};
  for (const [key, raw] of Object.entries(properties)) {
    if (ENTITY_FIELDS.has(key)) continue;
    const value = plainValue(raw);
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') attributes[key] = value;
  }
  return {
    id: String(properties.id),
    type: entityTypeOf(labels) ?? 'Organization',
    name: String(properties.name),
    aliases: asStringList(properties.aliases),
    mentions: asNumber(properties.mentions),
    ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
  };
}

/** Entry `i` of the evidence list `name` (undefined where the list is missing or shorter). */
function entry(properties: Record<string, unknown>, name: string, i: number): unknown {
  const list = properties[name];
  return Array.isArray(list) ? (list[i] as unknown) : undefined;
}

function evidenceAt(properties: Record<string, unknown>, i: number): Evidence {
  const article = String(entry(properties, EVIDENCE_LISTS.article, i) ?? '');
  const date = String(entry(properties, EVIDENCE_LISTS.date, i) ?? '');
  return {
    text: String(entry(properties, EVIDENCE_LISTS.text, i) ?? ''),
    source: String(entry(properties, EVIDENCE_LISTS.source, i) ?? ''),
    start: asNumber(entry(properties, EVIDENCE_LISTS.start, i)),
    end: asNumber(entry(properties, EVIDENCE_LISTS.end, i)),
    ...(article ? { article } : {}),
    ...(date ? { date } : {}),
    rule: String(entry(properties, EVIDENCE_LISTS.rule, i) ?? ''),
    confidence: asNumber(entry(properties, EVIDENCE_LISTS.confidence, i)),
  };
}

/** The entries of a map of parallel evidence lists (a relationship's properties, or a batch's). */
function evidenceOf(properties: Record<string, unknown>): Evidence[] {
  const count = asStringList(properties[EVIDENCE_LISTS.source]).length;
  return Array.from({ length: count }, (_, i) => evidenceAt(properties, i));
}

/**
 * A stored relation from a relationship's type, endpoint ids and properties,
 * with the evidence batches that hold its entries beyond the relationship's, in
 * order (neo4j-evidence.ts).
 */
export function toRelation(
  type: string,
  from: string,
  to: string,
  properties: Record<string, unknown>,
  batches: readonly Record<string, unknown>[] = [],
): StoredRelation {
  const optional = (name: 'title' | 'role' | 'about') =>
    typeof properties[name] === 'string' ? { [name]: properties[name] as string } : {};
  return {
    type: (RELATION_TYPES as readonly string[]).includes(type) ? (type as RelationType) : 'HOLDS_POSITION',
    from,
    to,
    ...optional('title'),
    ...optional('role'),
    ...optional('about'),
    confidence: asNumber(properties.confidence),
    rule: String(properties.rule ?? ''),
    key: String(properties.key),
    evidence: [properties, ...batches].flatMap(evidenceOf),
  };
}
