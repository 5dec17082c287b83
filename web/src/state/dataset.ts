/**
 * Pure functions over the loaded dataset: merging subgraphs from the API and
 * entity details into it, and releasing what one origin (an expansion, a
 * focused entity, the paths) held. They return the same object when nothing
 * changes, so the store can skip notifying listeners.
 */
import type { EntityDetail, RelationView, Subgraph } from '../../../schema/api.ts';
import type { StoredRelation } from '../../../schema/model.ts';
import type { Dataset, Origin } from './types.ts';

/** A dataset with nothing loaded. */
export function emptyDataset(): Dataset {
  return { nodes: new Map(), edges: new Map(), anchors: new Map(), origins: new Map() };
}

export interface MergeOptions {
  /** What holds the subgraph's nodes (also those already loaded). */
  readonly origin: Origin;
  /** A loaded node the new nodes first appear beside. */
  readonly anchor?: string;
}

/**
 * Adds the subgraph's new nodes and the edges whose both ends are then present,
 * and records `origin` on every node of the subgraph. Entities already loaded
 * are kept as they are.
 */
export function mergeSubgraph(dataset: Dataset, subgraph: Pick<Subgraph, 'nodes' | 'edges'>, options: MergeOptions): Dataset {
  const newNodes = subgraph.nodes.filter((node) => !dataset.nodes.has(node.id));
  const nodes = newNodes.length === 0 ? dataset.nodes : withEntries(dataset.nodes, newNodes.map((n) => [n.id, n]));
  const newEdges = subgraph.edges.filter((edge) => !dataset.edges.has(edge.key) && nodes.has(edge.from) && nodes.has(edge.to));
  const origins = withOrigin(dataset.origins, subgraph.nodes.map((node) => node.id), options.origin);
  if (newNodes.length === 0 && newEdges.length === 0 && origins === dataset.origins) return dataset;
  const edges = newEdges.length === 0 ? dataset.edges : withEntries(dataset.edges, newEdges.map((e) => [e.key, e]));
  const { anchor } = options;
  const anchors =
    anchor !== undefined && nodes.has(anchor)
      ? withEntries(dataset.anchors, newNodes.filter((n) => n.id !== anchor).map((n) => [n.id, anchor]))
      : dataset.anchors;
  return { nodes, edges, anchors, origins };
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
 * A newly added entity is held by `origin` and appears beside the first loaded
 * entity it relates to; an entity already loaded only gains the relations.
 */
export function mergeEntityDetail(dataset: Dataset, detail: EntityDetail, origin: Origin): Dataset {
  const { entity, relations } = detail;
  const isNew = !dataset.nodes.has(entity.id);
  const linked = relations.filter((view) => dataset.nodes.has(view.other.id) || view.other.id === entity.id);
  const anchor = isNew ? linked.find((view) => view.other.id !== entity.id)?.other.id : undefined;
  const edges = linked.map((view) => relationFromView(entity.id, view));
  const options = anchor === undefined ? { origin } : { origin, anchor };
  return mergeSubgraph(dataset, { nodes: isNew ? [entity] : [], edges }, options);
}

/**
 * Releases `origin`: nodes it alone held leave the dataset with their edges,
 * except those in `keep` (the selection, path ends). Returns the dataset and
 * the ids that left.
 */
export function releaseOrigin(
  dataset: Dataset,
  origin: Origin,
  keep: ReadonlySet<string> = new Set(),
): { dataset: Dataset; removed: string[] } {
  const held = [...dataset.origins].filter(([, set]) => set.has(origin));
  if (held.length === 0) return { dataset, removed: [] };
  const origins = new Map(dataset.origins);
  const removed: string[] = [];
  for (const [id, set] of held) {
    const rest = new Set(set);
    rest.delete(origin);
    if (rest.size === 0 && !keep.has(id)) {
      origins.delete(id);
      removed.push(id);
    } else {
      origins.set(id, rest);
    }
  }
  return { dataset: withoutNodes({ ...dataset, origins }, removed), removed };
}

function withoutNodes(dataset: Dataset, ids: readonly string[]): Dataset {
  if (ids.length === 0) return dataset;
  const gone = new Set(ids);
  const nodes = new Map(dataset.nodes);
  for (const id of gone) nodes.delete(id);
  const edges = new Map([...dataset.edges].filter(([, edge]) => !gone.has(edge.from) && !gone.has(edge.to)));
  const anchors = new Map([...dataset.anchors].filter(([id]) => !gone.has(id)));
  return { ...dataset, nodes, edges, anchors };
}

function withOrigin(
  origins: ReadonlyMap<string, ReadonlySet<Origin>>,
  ids: readonly string[],
  origin: Origin,
): ReadonlyMap<string, ReadonlySet<Origin>> {
  const missing = ids.filter((id) => !origins.get(id)?.has(origin));
  if (missing.length === 0) return origins;
  const copy = new Map(origins);
  for (const id of missing) copy.set(id, new Set([...(origins.get(id) ?? []), origin]));
  return copy;
}

function withEntries<V>(map: ReadonlyMap<string, V>, entries: ReadonlyArray<readonly [string, V]>): ReadonlyMap<string, V> {
  const copy = new Map(map);
  for (const [key, value] of entries) copy.set(key, value);
  return copy;
}
