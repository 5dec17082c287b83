/**
 * Pure functions over the loaded dataset: merging subgraphs from the API and
 * entity details into it. They return the same object when nothing is new, so
 * the store can skip notifying listeners.
 */
import type { EntityDetail, RelationView, Subgraph } from '../../../schema/api.ts';
import type { Entity, StoredRelation } from '../../../schema/model.ts';
import type { Dataset } from './types.ts';

/** A dataset with nothing loaded. */
export function emptyDataset(): Dataset {
  return { nodes: new Map(), edges: new Map(), anchors: new Map() };
}

/**
 * Adds the subgraph's new nodes and the edges whose both ends are then present.
 * With `anchor` (a node already in the dataset), new nodes are recorded as
 * appearing beside it. Entities already loaded are kept as they are.
 */
export function mergeSubgraph(dataset: Dataset, subgraph: Pick<Subgraph, 'nodes' | 'edges'>, anchor?: string): Dataset {
  const newNodes = subgraph.nodes.filter((node) => !dataset.nodes.has(node.id));
  const nodes = newNodes.length === 0 ? dataset.nodes : withEntries(dataset.nodes, newNodes.map((n) => [n.id, n]));
  const newEdges = subgraph.edges.filter(
    (edge) => !dataset.edges.has(edge.key) && nodes.has(edge.from) && nodes.has(edge.to),
  );
  if (newNodes.length === 0 && newEdges.length === 0) return dataset;
  const edges = newEdges.length === 0 ? dataset.edges : withEntries(dataset.edges, newEdges.map((e) => [e.key, e]));
  const anchors =
    anchor !== undefined && nodes.has(anchor)
      ? withEntries(dataset.anchors, newNodes.filter((n) => n.id !== anchor).map((n) => [n.id, anchor]))
      : dataset.anchors;
  return { nodes, edges, anchors };
}

/** The stored relation a relation view describes, with `entityId` as the end it was seen from. */
export function relationFromView(entityId: string, view: RelationView): StoredRelation {
  const [from, to] = view.direction === 'out' ? [entityId, view.other.id] : [view.other.id, entityId];
  return {
    key: view.key,
    type: view.type,
    from,
    to,
    title: view.title,
    role: view.role,
    about: view.about,
    confidence: view.confidence,
    rule: view.rule,
    evidence: view.evidence,
  };
}

/**
 * Adds an entity from its detail, with its relations to entities already loaded.
 * A newly added entity appears beside the first loaded entity it relates to.
 */
export function mergeEntityDetail(dataset: Dataset, detail: EntityDetail): Dataset {
  const { entity, relations } = detail;
  const linked = relations.filter((view) => dataset.nodes.has(view.other.id) || view.other.id === entity.id);
  const anchor = dataset.nodes.has(entity.id) ? undefined : linked.find((view) => view.other.id !== entity.id)?.other.id;
  const nodes: Entity[] = [entity];
  return mergeSubgraph(dataset, { nodes, edges: linked.map((view) => relationFromView(entity.id, view)) }, anchor);
}

function withEntries<V>(map: ReadonlyMap<string, V>, entries: ReadonlyArray<readonly [string, V]>): ReadonlyMap<string, V> {
  const copy = new Map(map);
  for (const [key, value] of entries) copy.set(key, value);
  return copy;
}
