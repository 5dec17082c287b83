/** Geometry of node positions: bounding box and extent of a graph's layout. */
import type { ExplorerGraph } from './types.ts';

export interface BoundingBox {
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

/** The box around every node's position; null for an empty graph. */
export function boundingBox(graph: ExplorerGraph): BoundingBox | null {
  if (graph.order === 0) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_node, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  return { minX, maxX, minY, maxY };
}

/** The diagonal of a box: the size of the picture in graph units. */
export function extentOf(box: BoundingBox): number {
  return Math.hypot(box.maxX - box.minX, box.maxY - box.minY);
}
