/**
 * The embedded store's in-memory state: a graphology MultiDirectedGraph (nodes
 * keyed by entity id, edges keyed by relation key), the source records, the name
 * index and the counters behind stats. It changes only through applyChange(), so
 * the graph, index and counters can never disagree.
 */
import { MultiDirectedGraph } from 'graphology';
import type { Entity, StoredRelation } from '../../../schema/model.ts';
import { NameIndex } from './name-index.ts';
import type { SourceRecord } from './records.ts';

export interface NodeAttributes {
  entity: Entity;
  /** Ids of the sources that name this entity; it goes when none is left. */
  sources: string[];
}

export interface EdgeAttributes {
  relation: StoredRelation;
  /** Ids of the sources that give evidence for this relation; it goes when none is left. */
  sources: string[];
}

export type EntityGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface Counters {
  entitiesByType: Map<string, number>;
  relationsByType: Map<string, number>;
  evidence: number;
  articles: number;
}

export interface EmbeddedState {
  graph: EntityGraph;
  /** In ingest order; the snapshot lists documents in this order. */
  sources: Map<string, SourceRecord>;
  index: NameIndex;
  counters: Counters;
  /** Bumped by every change; derived caches compare against it. */
  version: number;
}

/** A node, edge or source before and after a change; `undefined` means absent. */
export interface Transition<T> {
  id: string;
  before: T | undefined;
  after: T | undefined;
}

export interface EdgeTransition extends Transition<EdgeAttributes> {
  from: string;
  to: string;
}

/** Everything one upsert or delete does, computed before anything is touched. */
export interface Change {
  nodes: Transition<NodeAttributes>[];
  edges: EdgeTransition[];
  source: Transition<SourceRecord>;
}

export function createState(): EmbeddedState {
  return {
    graph: new MultiDirectedGraph<NodeAttributes, EdgeAttributes>(),
    sources: new Map(),
    index: new NameIndex(),
    counters: { entitiesByType: new Map(), relationsByType: new Map(), evidence: 0, articles: 0 },
    version: 0,
  };
}

/**
 * Applies a planned change. Nodes that stay or arrive come first, then edges,
 * then nodes that go, so an edge never points at a missing node.
 */
export function applyChange(state: EmbeddedState, change: Change): void {
  for (const node of change.nodes) if (node.after) putNode(state, node);
  for (const edge of change.edges) putEdge(state, edge);
  for (const node of change.nodes) if (!node.after) dropNode(state, node);
  const { source } = change;
  if (source.before) {
    state.sources.delete(source.id);
    state.counters.articles -= source.before.doc.articles.length;
  }
  if (source.after) {
    state.sources.set(source.id, source.after);
    state.counters.articles += source.after.doc.articles.length;
  }
  state.version++;
}

function putNode(state: EmbeddedState, { id, before, after }: Transition<NodeAttributes>): void {
  if (!after) return;
  state.graph.mergeNode(id, after);
  if (before) {
    state.index.remove(id, namesOf(before.entity));
    bump(state.counters.entitiesByType, before.entity.type, -1);
  }
  state.index.add(id, namesOf(after.entity));
  bump(state.counters.entitiesByType, after.entity.type, 1);
}

function dropNode(state: EmbeddedState, { id, before }: Transition<NodeAttributes>): void {
  if (!before) return;
  state.graph.dropNode(id);
  state.index.remove(id, namesOf(before.entity));
  bump(state.counters.entitiesByType, before.entity.type, -1);
}

function putEdge(state: EmbeddedState, { id, from, to, before, after }: EdgeTransition): void {
  const { graph, counters } = state;
  if (before) {
    bump(counters.relationsByType, before.relation.type, -1);
    counters.evidence -= before.relation.evidence.length;
  }
  if (after) {
    graph.mergeEdgeWithKey(id, from, to, after);
    bump(counters.relationsByType, after.relation.type, 1);
    counters.evidence += after.relation.evidence.length;
  } else if (before) {
    graph.dropEdge(id);
  }
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const n = (counts.get(key) ?? 0) + by;
  if (n === 0) counts.delete(key);
  else counts.set(key, n);
}

/** The names an entity is found by: its canonical name and its aliases. */
export function namesOf(entity: Entity): string[] {
  return [entity.name, ...entity.aliases];
}
