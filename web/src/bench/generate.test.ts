import { describe, expect, it } from 'vitest';
import { generateGraph } from './generate.ts';

describe('generateGraph', () => {
  it('makes the asked sizes with unique keys, no loops, and the same graph for the same seed', () => {
    const graph = generateGraph({ nodes: 500, edges: 1000, seed: 7 });
    expect(graph.nodes).toHaveLength(500);
    expect(graph.edges).toHaveLength(1000);
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(500);
    expect(new Set(graph.edges.map((e) => e.key)).size).toBe(1000);
    expect(graph.edges.every((e) => e.from !== e.to)).toBe(true);
    expect(generateGraph({ nodes: 500, edges: 1000, seed: 7 })).toEqual(graph);
    expect(generateGraph({ nodes: 500, edges: 1000, seed: 8 }).edges[0]).not.toEqual(graph.edges[0]);
  });
});
