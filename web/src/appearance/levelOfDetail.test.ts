import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { performanceSettings } from '../controllers/performanceController.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { nodesShownWhileMoving } from './levelOfDetail.ts';

function sized(count: number) {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (let i = 0; i < count; i += 1) graph.addNode(`n${i}`, { x: 0, y: 0, size: i % 10, color: '', label: '', entityType: 'Place' });
  return graph;
}

describe('nodesShownWhileMoving', () => {
  it('keeps the largest nodes of a large graph, ties by id, and nothing special for a small one', () => {
    expect(nodesShownWhileMoving(sized(50), 5, 100)).toBeNull();
    const kept = nodesShownWhileMoving(sized(50), 5, 10);
    expect([...(kept ?? [])]).toEqual(['n19', 'n29', 'n39', 'n49', 'n9']);
  });
});

describe('performanceSettings', () => {
  it('switches large graphs to points, thin lines and edges hidden on move', () => {
    expect(performanceSettings(300, 200)).toEqual({ hideEdgesOnMove: false, hideLabelsOnMove: false, defaultNodeType: 'circle', defaultEdgeType: 'arrow' });
    expect(performanceSettings(20_000, 100_000)).toEqual({ hideEdgesOnMove: true, hideLabelsOnMove: true, defaultNodeType: 'point', defaultEdgeType: 'thin' });
    expect(performanceSettings(100, 6_000).defaultNodeType).toBe('point');
  });
});
