/**
 * Level of detail while the camera moves over a large graph: only the largest
 * nodes are drawn until it stops (edges are hidden on move too). Software
 * WebGL pays for every pixel and every vertex; panning 20,000 nodes stays
 * fluid only with fewer of them on screen. Pure: which nodes to keep.
 */
import type { ExplorerGraph } from '../graph/types.ts';

/** Visible nodes above which the camera moves with fewer nodes. */
export const MOVING_DETAIL_FROM = 4_000;
/** How many nodes are drawn while moving. */
export const MOVING_NODES = 800;

/** The `keep` largest nodes (ties by id), or null when the graph is small enough to draw whole. */
export function nodesShownWhileMoving(graph: ExplorerGraph, keep = MOVING_NODES, from = MOVING_DETAIL_FROM): ReadonlySet<string> | null {
  if (graph.order <= from) return null;
  const sized = graph.mapNodes((node, attributes) => [node, attributes.size] as const);
  sized.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Set(sized.slice(0, keep).map(([node]) => node));
}
