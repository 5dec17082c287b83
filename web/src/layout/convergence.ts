/**
 * Deciding when ForceAtlas2 has settled. Every `checkEvery` iterations the mean
 * node displacement since the last check, relative to the picture's extent, is
 * compared to a threshold. The decision depends only on positions and the
 * iteration count, never on wall-clock time, so runs stop at the same iteration
 * and pictures are reproducible.
 */
import { boundingBox, extentOf } from '../graph/geometry.ts';
import type { ExplorerGraph } from '../graph/types.ts';

export interface ConvergenceOptions {
  /** Iterations between two checks. */
  readonly checkEvery: number;
  /** Settled when the mean move per check is below this share of the extent. */
  readonly threshold: number;
  /** Stop anyway after this many iterations. */
  readonly maxIterations: number;
}

export const DEFAULT_CONVERGENCE: ConvergenceOptions = { checkEvery: 20, threshold: 0.003, maxIterations: 1500 };

export type Positions = ReadonlyMap<string, { readonly x: number; readonly y: number }>;

/** A copy of every node's position. */
export function snapshotPositions(graph: ExplorerGraph): Positions {
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((node, { x, y }) => positions.set(node, { x, y }));
  return positions;
}

/** Mean distance nodes moved since `before`, divided by the current extent (0 for a still or empty graph). */
export function relativeDisplacement(before: Positions, graph: ExplorerGraph): number {
  const box = boundingBox(graph);
  const extent = box === null ? 0 : extentOf(box);
  if (extent === 0) return 0;
  let total = 0;
  let count = 0;
  graph.forEachNode((node, { x, y }) => {
    const previous = before.get(node);
    if (previous === undefined) return;
    total += Math.hypot(x - previous.x, y - previous.y);
    count += 1;
  });
  return count === 0 ? 0 : total / count / extent;
}

/** Whether a run at `iteration` with the given displacement should stop. */
export function hasSettled(iteration: number, displacement: number, options: ConvergenceOptions = DEFAULT_CONVERGENCE): boolean {
  return iteration >= options.maxIterations || displacement < options.threshold;
}
