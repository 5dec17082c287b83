/**
 * Reading the values of a Cypher answer, pure: which row values are the
 * nodes, relationships and paths listed in its `graph`, and how each is named
 * and coloured (nodes by their type label, relationships by their type). Shared
 * by the table and the graph of the console, so both show a thing the same way.
 */
import type { CypherResponse } from '../../../schema/api.ts';
import type { EntityType } from '../../../schema/model.ts';
import { ENTITY_COLORS, ENTITY_TYPE_ORDER, OTHER_LABEL_COLORS, OTHER_RELATIONSHIP_COLOR, RELATIONSHIP_COLORS } from '../appearance/palette.ts';

export type GraphNode = CypherResponse['graph']['nodes'][number];
export type GraphEdge = CypherResponse['graph']['edges'][number];

/** The answer's nodes and relationships by element id. */
export interface ResultIndex {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly edges: ReadonlyMap<string, GraphEdge>;
}

/** A node as the console shows it. */
export interface NodeView {
  readonly id: string;
  readonly name: string;
  /** The entity type, or the label that says what it is (Source, Article…). */
  readonly typeLabel: string;
  readonly color: string;
  /** The PolicyGraph entity id when the node is an `:Entity` (its detail can be opened). */
  readonly entityId: string | null;
}

/** A relationship as the console shows it, with what says how far to trust it. */
export interface RelationshipView {
  readonly id: string;
  readonly type: string;
  readonly color: string;
  /** The title, role or subject that qualifies it. */
  readonly qualifier: string | null;
  readonly confidence: number | null;
  readonly rule: string | null;
  /** Evidence dates (ISO), as the relationship's evidence list holds them. */
  readonly dates: readonly string[];
}

/** Indexes the answer's graph part by element id. */
export function indexResult(response: Pick<CypherResponse, 'graph'>): ResultIndex {
  return {
    nodes: new Map(response.graph.nodes.map((node) => [node.id, node])),
    edges: new Map(response.graph.edges.map((edge) => [edge.id, edge])),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The node listed in the graph that `value` is, if it is one (a map merely shaped like one is not). */
export function asNode(value: unknown, index: ResultIndex): GraphNode | undefined {
  if (!isRecord(value) || typeof value['id'] !== 'string' || !Array.isArray(value['labels'])) return undefined;
  return index.nodes.get(value['id']);
}

/** The relationship listed in the graph that `value` is, if it is one. */
export function asRelationship(value: unknown, index: ResultIndex): GraphEdge | undefined {
  if (!isRecord(value) || typeof value['id'] !== 'string' || typeof value['type'] !== 'string' || typeof value['source'] !== 'string') return undefined;
  return index.edges.get(value['id']);
}

/** A path as the server sends it: `{nodes, relationships}` of graph objects. */
export function asPath(value: unknown, index: ResultIndex): { nodes: GraphNode[]; relationships: GraphEdge[] } | undefined {
  if (!isRecord(value) || !Array.isArray(value['nodes']) || !Array.isArray(value['relationships'])) return undefined;
  if (Object.keys(value).length !== 2) return undefined;
  const nodes = value['nodes'].map((item) => asNode(item, index));
  const relationships = value['relationships'].map((item) => asRelationship(item, index));
  if (nodes.length !== relationships.length + 1 || nodes.some((n) => n === undefined) || relationships.some((r) => r === undefined)) return undefined;
  return { nodes: nodes as GraphNode[], relationships: relationships as GraphEdge[] };
}

/** The entity type among a node's labels, if any. */
export function entityTypeOf(labels: readonly string[]): EntityType | undefined {
  return ENTITY_TYPE_ORDER.find((type) => labels.includes(type));
}

/** The label that says what a node is: its entity type, else its first label other than `Entity`. */
export function typeLabelOf(labels: readonly string[]): string {
  return entityTypeOf(labels) ?? labels.find((label) => label !== 'Entity') ?? 'Node';
}

/** The colour of a node's type label. */
export function labelColor(typeLabel: string): string {
  const entityType = entityTypeOf([typeLabel]);
  if (entityType !== undefined) return ENTITY_COLORS[entityType];
  return typeLabel === 'Source' || typeLabel === 'Article' ? OTHER_LABEL_COLORS[typeLabel] : OTHER_LABEL_COLORS.other;
}

/** The colour of a relationship type. */
export function relationshipColor(type: string): string {
  return RELATIONSHIP_COLORS[type] ?? OTHER_RELATIONSHIP_COLOR;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** How a node is named: name, else title, else id, else its element id's last part. */
export function nodeView(node: GraphNode): NodeView {
  const { properties } = node;
  const typeLabel = typeLabelOf(node.labels);
  const name = text(properties['name']) ?? text(properties['title']) ?? text(properties['id']) ?? `#${node.id.split(':').pop() ?? node.id}`;
  const entityId = node.labels.includes('Entity') ? text(properties['id']) : null;
  return { id: node.id, name, typeLabel, color: labelColor(typeLabel), entityId };
}

/** How a relationship is named, with its confidence, rule and evidence dates when it has them. */
export function relationshipView(edge: GraphEdge): RelationshipView {
  const { properties } = edge;
  const confidence = properties['confidence'];
  const dates = Array.isArray(properties['evidence_date']) ? properties['evidence_date'].filter((d): d is string => typeof d === 'string' && d !== '') : [];
  return {
    id: edge.id,
    type: edge.type,
    color: relationshipColor(edge.type),
    qualifier: text(properties['title']) ?? text(properties['role']) ?? text(properties['about']),
    confidence: typeof confidence === 'number' ? confidence : null,
    rule: text(properties['rule']),
    dates: [...new Set(dates)].sort(),
  };
}
