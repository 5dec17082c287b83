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
 * An entity with every relation it takes part in, outgoing first, then by type
 * and the other end. A self-loop is among both its out- and in-edges; it is
 * listed once, outgoing, as Neo4j lists it.
 */
export function entityDetail(graph: EntityGraph, id: string): EntityDetail {
  const relations: RelationView[] = [];
  graph.forEachOutEdge(id, (_key, attributes, _source, _target, _sourceAttributes, targetAttributes) => {
    relations.push(relationView(attributes, 'out', targetAttributes.entity));
  });
  graph.forEachInEdge(id, (_key, attributes, source, _target, sourceAttributes) => {
    if (source !== id) relations.push(relationView(attributes, 'in', sourceAttributes.entity));
  });
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
  graph.forEachOutEdge(id, (_key, attributes, _source, _target, _sourceAttributes, targetAttributes) => {
    shapes.push(shapeOf(attributes, 'out', targetAttributes.entity));
  });
  graph.forEachInEdge(id, (_key, attributes, source, _target, sourceAttributes) => {
    if (source !== id) shapes.push(shapeOf(attributes, 'in', sourceAttributes.entity));
  });
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
