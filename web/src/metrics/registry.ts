/**
 * Metrics as descriptors (Gephi Lite's shape): each one is `{ id, kind, run }`,
 * a pure function of the graph (and a seed where the algorithm is random).
 * The appearance panel lists them from this registry.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { mulberry32 } from '../graph/random.ts';
import type { ExplorerGraph } from '../graph/types.ts';

export type MetricId = 'degree' | 'pagerank' | 'louvain';

export interface MetricDescriptor {
  readonly id: MetricId;
  /** number: sizes nodes; category: colours them. */
  readonly kind: 'number' | 'category';
  /** The metric of every node; `seed` fixes randomised algorithms. */
  run(graph: ExplorerGraph, seed: number): ReadonlyMap<string, number>;
}

/** Relations walked either way, at most one between two entities: the graph communities are found on. */
export function undirectedProjection(graph: ExplorerGraph): UndirectedGraph {
  const simple = new UndirectedGraph();
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source !== target) simple.mergeEdge(source, target);
  });
  return simple;
}

const degree: MetricDescriptor = {
  id: 'degree',
  kind: 'number',
  run: (graph) => {
    const values = new Map<string, number>();
    graph.forEachNode((node) => values.set(node, graph.degree(node)));
    return values;
  },
};

const pageRank: MetricDescriptor = {
  id: 'pagerank',
  kind: 'number',
  run: (graph) => {
    if (graph.size === 0) return new Map(graph.mapNodes((node) => [node, 1 / Math.max(graph.order, 1)] as const));
    return new Map(Object.entries(pagerank(graph, { getEdgeWeight: null })));
  },
};

const communities: MetricDescriptor = {
  id: 'louvain',
  kind: 'category',
  run: (graph, seed) => {
    const simple = undirectedProjection(graph);
    if (simple.size === 0) return new Map(graph.mapNodes((node) => node).map((node, i) => [node, i] as const));
    return new Map(Object.entries(louvain(simple, { rng: mulberry32(seed), getEdgeWeight: null })));
  },
};

export const METRICS: readonly MetricDescriptor[] = [degree, pageRank, communities];

/** The descriptor of `id`. */
export function metric(id: MetricId): MetricDescriptor {
  const found = METRICS.find((descriptor) => descriptor.id === id);
  if (found === undefined) throw new Error(`metric(): no metric "${id}"; known: ${METRICS.map((m) => m.id).join(', ')}`);
  return found;
}
