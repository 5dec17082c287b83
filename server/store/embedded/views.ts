/**
 * Turns graph nodes and edges into the API's wire shapes (entity detail,
 * subgraph). Read-only helpers over the state.
 */
import type { EntityDetail, EntityPage, EntitySummary, RelationView, Subgraph } from '../../../schema/api.ts';
import type { Entity, StoredRelation } from '../../../schema/model.ts';
import type { EdgeAttributes, EntityGraph } from './state.ts';
import { choosePage, finishPage, type EntityPageQuery, type RelationShape } from '../entity-page.ts';
import { compareRelationViews } from '../relation-order.ts';

export function summary(entity: Entity): EntitySummary {
  return { id: entity.id, type: entity.type, name: entity.name };
}

/**
 * Calls `visit` once for every relation the entity takes part in, with its
 * direction and other end. A self-loop is among both its out- and in-edges;
 * it is visited once, outgoing, as Neo4j lists it.
 */
function forEachRelation(graph: EntityGraph, id: string, visit: (attributes: EdgeAttributes, direction: 'out' | 'in', other: Entity) => void): void {
  graph.forEachOutEdge(id, (_key, attributes, _source, _target, _sourceAttributes, targetAttributes) => visit(attributes, 'out', targetAttributes.entity));
  graph.forEachInEdge(id, (_key, attributes, source, _target, sourceAttributes) => {
    if (source !== id) visit(attributes, 'in', sourceAttributes.entity);
  });
}

/** An entity with every relation it takes part in, outgoing first, then by type and the other end. */
export function entityDetail(graph: EntityGraph, id: string): EntityDetail {
  const relations: RelationView[] = [];
  forEachRelation(graph, id, (attributes, direction, other) => relations.push(relationView(attributes, direction, other)));
  relations.sort(compareRelationViews);
  return { entity: graph.getNodeAttribute(id, 'entity'), relations };
}

type Shape = RelationShape & { attributes: EdgeAttributes; other: Entity };

function shapeOf(attributes: EdgeAttributes, direction: 'out' | 'in', other: Entity): Shape {
  const { type, title, evidence } = attributes.relation;
  return { type, direction, other, ...(title !== undefined ? { title } : {}), evidence, attributes };
}

/** One page of the entity's relations (entity-page.ts): chosen from their shapes, only the page's relations built whole. */
export function entityPageOf(graph: EntityGraph, id: string, query: EntityPageQuery): EntityPage {
  const shapes: Shape[] = [];
  forEachRelation(graph, id, (attributes, direction, other) => shapes.push(shapeOf(attributes, direction, other)));
  const { page, total } = choosePage(shapes, query);
  const relations = page.map((shape) => relationView(shape.attributes, shape.direction, shape.other));
  return finishPage({ entity: graph.getNodeAttribute(id, 'entity'), relations }, total, query);
}

function relationView({ relation }: EdgeAttributes, direction: 'out' | 'in', other: Entity): RelationView {
  const { key, type, title, role, about, confidence, rule, evidence } = relation;
  return {
    key,
    type,
    direction,
    other: summary(other),
    ...(title !== undefined ? { title } : {}),
    ...(role !== undefined ? { role } : {}),
    ...(about !== undefined ? { about } : {}),
    confidence,
    rule,
    evidence,
  };
}

/** The entities and relations named by id and key, in the order given. */
export function subgraph(graph: EntityGraph, nodes: Iterable<string>, edges: Iterable<string>, truncated: boolean): Subgraph {
  const nodeList: Entity[] = [];
  for (const id of nodes) nodeList.push(graph.getNodeAttribute(id, 'entity'));
  const edgeList: StoredRelation[] = [];
  for (const key of edges) edgeList.push(graph.getEdgeAttribute(key, 'relation'));
  return { nodes: nodeList, edges: edgeList, truncated };
}
