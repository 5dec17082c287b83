import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from '../graph/types.ts';
import { DEFAULT_CONVERGENCE, hasSettled, relativeDisplacement, snapshotPositions } from './convergence.ts';

function line(xs: number[]): ExplorerGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  xs.forEach((x, i) => graph.addNode(`n${i}`, { x, y: 0, size: 1, color: '', label: '', entityType: 'Place' }));
  return graph;
}

describe('relativeDisplacement', () => {
  it('is zero for a graph that did not move', () => {
    const graph = line([0, 10]);
    expect(relativeDisplacement(snapshotPositions(graph), graph)).toBe(0);
  });

  it('is the mean move divided by the extent', () => {
    const graph = line([0, 10]);
    const before = snapshotPositions(graph);
    graph.setNodeAttribute('n1', 'x', 20);
    // n0 did not move, n1 moved 10; mean 5; extent 20.
    expect(relativeDisplacement(before, graph)).toBeCloseTo(0.25);
  });

  it('is zero for an empty graph or a single point', () => {
    expect(relativeDisplacement(new Map(), line([]))).toBe(0);
    expect(relativeDisplacement(new Map(), line([3]))).toBe(0);
  });
});

describe('hasSettled', () => {
  it('stops below the threshold or at the iteration cap', () => {
    expect(hasSettled(20, DEFAULT_CONVERGENCE.threshold / 2)).toBe(true);
    expect(hasSettled(20, DEFAULT_CONVERGENCE.threshold * 2)).toBe(false);
    expect(hasSettled(DEFAULT_CONVERGENCE.maxIterations, 1)).toBe(true);
  });
});
