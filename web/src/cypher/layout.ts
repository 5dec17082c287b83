/**
 * The console's graph as a graphology graph with positions: seeded starting
 * points (graph/placement.ts) and a fixed number of synchronous ForceAtlas2
 * iterations, so the same answer always gives the same picture. Answers are
 * small (the server caps rows), so this runs on the main thread in one go.
 */
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { initialRadius, pointInDisc } from '../graph/placement.ts';
import { forceAtlas2Settings } from '../layout/forceAtlas2.ts';
import type { ConsoleGraph } from './graph.ts';

export interface ConsoleNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  typeLabel: string;
  /** The PolicyGraph entity id, or '' for a node that is not an entity. */
  entityId: string;
}

export interface ConsoleEdgeAttributes {
  size: number;
  color: string;
  label: string;
  relationshipType: string;
}

export type ConsoleSigmaGraph = MultiDirectedGraph<ConsoleNodeAttributes, ConsoleEdgeAttributes>;

/** Iterations of ForceAtlas2: more for small answers, where they cost little. */
export function layoutIterations(order: number): number {
  if (order <= 1) return 0;
  return order <= 300 ? 300 : order <= 1500 ? 120 : 60;
}

/** Builds the graph to draw and lays it out; `seed` fixes the starting positions. */
export function buildConsoleGraph(data: ConsoleGraph, seed: number): ConsoleSigmaGraph {
  const graph: ConsoleSigmaGraph = new MultiDirectedGraph();
  const radius = initialRadius(data.nodes.length);
  for (const node of data.nodes) {
    const { x, y } = pointInDisc({ x: 0, y: 0 }, radius, seed, node.id);
    graph.addNode(node.id, { x, y, size: node.size, color: node.color, label: node.name, typeLabel: node.typeLabel, entityId: node.entityId ?? '' });
  }
  for (const edge of data.edges) {
    const label = edge.qualifier === null ? edge.type : `${edge.type} · ${edge.qualifier}`;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { size: 2, color: edge.color, label, relationshipType: edge.type });
  }
  const iterations = layoutIterations(graph.order);
  if (iterations > 0) forceAtlas2.assign(graph, { iterations, settings: forceAtlas2Settings(graph.order) });
  return graph;
}
