import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { layout, LAYOUTS } from './registry.ts';

function overlapping() {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.addNode('a', { x: 0, y: 0, size: 10, color: '', label: 'a', entityType: 'Place' });
  graph.addNode('b', { x: 0.5, y: 0, size: 10, color: '', label: 'b', entityType: 'Place' });
  graph.addNode('far', { x: 900, y: 0, size: 10, color: '', label: 'far', entityType: 'Place' });
  return graph;
}

describe('layout registry', () => {
  it('lists ForceAtlas2 (continuous) and noverlap (one shot) and names what it lacks', () => {
    expect(LAYOUTS.map((l) => [l.id, l.kind])).toEqual([
      ['forceAtlas2', 'continuous'],
      ['noverlap', 'oneShot'],
    ]);
    expect(() => layout('circular')).toThrow(/no layout "circular"; known: forceAtlas2, noverlap/);
  });

  it('noverlap pushes overlapping nodes apart, the same way every time', () => {
    const first = overlapping();
    const second = overlapping();
    layout('noverlap').run?.(first);
    layout('noverlap').run?.(second);
    const gap = Math.abs(first.getNodeAttribute('a', 'x') - first.getNodeAttribute('b', 'x'));
    expect(gap).toBeGreaterThan(10);
    expect(second.getNodeAttributes('a')).toEqual(first.getNodeAttributes('a'));
  });
});
