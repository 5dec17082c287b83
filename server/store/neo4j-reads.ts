/**
 * Reads of the Neo4j store that answer from nodes and relationships directly:
 * one entity with its relations, entities and relations by id/key (for
 * subgraphs), the whole graph, counts, and sources. Each function is the work of
 * one read transaction.
 */
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { EntityDetail, RelationView, SourceDetail, Stats, Subgraph } from '../../schema/api.ts';
import { NotFoundError } from '../../schema/errors.ts';
import { RELATION_TYPES, type Article, type Entity, type RelationType, type Source, type StoredRelation } from '../../schema/model.ts';
import {
  ALL_ENTITIES,
  ALL_RELATIONS,
  COUNT_BY_LABEL,
  COUNT_BY_TYPE,
  COUNT_TOTALS,
  FETCH_ENTITIES,
  FETCH_RELATIONS,
  KEY_PARAMETERS,
  GET_ENTITY,
  GET_SOURCE,
  LIST_SOURCES,
} from './neo4j-read-queries.ts';
import { compareRelationViews } from './relation-order.ts';
import { entityTypeOf, plainValue, toEntity, toRelation } from './neo4j-values.ts';

type Props = Record<string, unknown>;

export function entityOf(record: Neo4jRecord): Entity {
  return toEntity(record.get('labels') as string[], record.get('props') as Props);
}

export function relationOf(record: Neo4jRecord): StoredRelation {
  return toRelation(String(record.get('type')), String(record.get('from')), String(record.get('to')), record.get('props') as Props, record.get('batches') as Props[]);
}

function num(value: unknown): number {
  const plain = plainValue(value);
  return typeof plain === 'number' ? plain : Number(plain ?? 0);
}

export interface RawRelation {
  type: string;
  from: string;
  to: string;
  props: Props;
  batches: Props[];
  other: { id: string; name: string; labels: string[] };
}

export function relationView(entityId: string, raw: RawRelation): RelationView {
  const { key, type, title, role, about, confidence, rule, evidence } = toRelation(raw.type, raw.from, raw.to, raw.props, raw.batches);
  return {
    key,
    type,
    direction: raw.from === entityId ? 'out' : 'in',
    other: { id: raw.other.id, type: entityTypeOf(raw.other.labels) ?? 'Organization', name: raw.other.name },
    ...(title !== undefined ? { title } : {}),
    ...(role !== undefined ? { role } : {}),
    ...(about !== undefined ? { about } : {}),
    confidence,
    rule,
    evidence,
  };
}

/** An entity with every relation it takes part in, outgoing first, then by type, other end and title. */
export async function readEntity(tx: ManagedTransaction, id: string): Promise<EntityDetail> {
  const result = await tx.run(GET_ENTITY, { id });
  const record = result.records[0];
  if (!record) throw new NotFoundError(`No entity ${id}; search for it with GET /api/search?q=NAME`);
  const relations = (record.get('relations') as RawRelation[]).map((raw) => relationView(id, raw));
  relations.sort(compareRelationViews);
  return { entity: entityOf(record), relations };
}

/** The relation type a key was made for (`TYPE|from|to|title`). */
function typeOfKey(key: string): RelationType | undefined {
  const type = key.slice(0, key.indexOf('|'));
  return (RELATION_TYPES as readonly string[]).includes(type) ? (type as RelationType) : undefined;
}

/** FETCH_RELATIONS' parameters: the keys grouped by type (an empty list for a type with none). */
export function keysByType(keys: string[]): Record<string, string[]> {
  const params: Record<string, string[]> = Object.fromEntries(RELATION_TYPES.map((type) => [KEY_PARAMETERS[type], []]));
  for (const key of keys) {
    const type = typeOfKey(key);
    if (type) params[KEY_PARAMETERS[type]]!.push(key);
  }
  return params;
}

/** Entities and relations by id and key, in the order given, as a subgraph (two statements, pipelined). */
export async function readSubgraph(tx: ManagedTransaction, ids: string[], keys: string[], truncated: boolean): Promise<Subgraph> {
  const [found, related] = await Promise.all([tx.run(FETCH_ENTITIES, { ids }), tx.run(FETCH_RELATIONS, keysByType(keys))]);
  const entities = new Map(found.records.map((record) => [String(record.get('props').id), entityOf(record)]));
  const relations = new Map(related.records.map((record) => [String(record.get('props').key), relationOf(record)]));
  return {
    nodes: ids.flatMap((id) => entities.get(id) ?? []),
    edges: keys.flatMap((key) => relations.get(key) ?? []),
    truncated,
  };
}

/** Every entity and every relation with its evidence. */
export async function readWholeGraph(tx: ManagedTransaction): Promise<Subgraph> {
  const nodes = (await tx.run(ALL_ENTITIES)).records.map(entityOf);
  const edges = (await tx.run(ALL_RELATIONS)).records.map(relationOf);
  return { nodes, edges, truncated: false };
}

async function countsByName(tx: ManagedTransaction, query: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const record of (await tx.run(query)).records) {
    const count = num(record.get('count'));
    if (count > 0) counts[String(record.get('name'))] = count;
  }
  return counts;
}

/** Counts of entities and relations (per type), evidence entries, sources and articles. */
export async function readStats(tx: ManagedTransaction): Promise<Stats> {
  const entitiesByType = await countsByName(tx, COUNT_BY_LABEL);
  const relationsByType = await countsByName(tx, COUNT_BY_TYPE);
  const totals = (await tx.run(COUNT_TOTALS)).records[0];
  return {
    entities: { total: num(totals?.get('entities')), byType: entitiesByType },
    relations: { total: Object.values(relationsByType).reduce((a, b) => a + b, 0), byType: relationsByType },
    evidence: num(totals?.get('evidence')),
    sources: num(totals?.get('sources')),
    articles: num(totals?.get('articles')),
  };
}

export function toSource(props: Props): Source {
  return {
    id: String(props.id),
    path: String(props.path),
    name: String(props.name),
    sha256: String(props.sha256),
    title: String(props.title),
    encoding: String(props.encoding),
    chars: num(props.chars),
    ingestedAt: String(props.ingested_at),
  };
}

export function toArticle(props: Props): Article {
  return {
    id: String(props.id),
    source: String(props.source),
    index: num(props.index),
    title: String(props.title),
    ...(typeof props.byline === 'string' ? { byline: props.byline } : {}),
    ...(typeof props.date === 'string' ? { date: props.date } : {}),
    start: num(props.start),
    end: num(props.end),
  };
}

export async function readSources(tx: ManagedTransaction): Promise<Source[]> {
  return (await tx.run(LIST_SOURCES)).records.map((record) => toSource(record.get('source') as Props));
}

export async function readSource(tx: ManagedTransaction, id: string): Promise<SourceDetail> {
  const record = (await tx.run(GET_SOURCE, { id })).records[0];
  if (!record) throw new NotFoundError(`No source ${id}; GET /api/sources lists them`);
  return {
    source: toSource(record.get('source') as Props),
    articles: (record.get('articles') as Props[]).map(toArticle),
    text: String(record.get('text') ?? ''),
  };
}
