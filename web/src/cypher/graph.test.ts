import { describe, expect, it } from 'vitest';
import { answer, articleNode, committeeNode, danglingEdge, mentionEdge, secretaryEdge, tangNode } from '../testing/cypherFixtures.ts';
import { nodeSize, resultToGraph } from './graph.ts';
import { buildConsoleGraph, layoutIterations } from './layout.ts';

describe('resultToGraph', () => {
  const graph = resultToGraph(answer);

  it('draws every node, coloured by its type label', () => {
    expect(graph.nodes.map((node) => [node.id, node.typeLabel, node.color])).toEqual([
      [tangNode.id, 'Person', '#d1343b'],
      [committeeNode.id, 'Organization', '#2f6db3'],
      [articleNode.id, 'Article', '#6e7781'],
    ]);
  });

  it('draws relationships coloured by type, and leaves out one whose end is missing', () => {
    expect(graph.edges.map((edge) => [edge.id, edge.source, edge.target, edge.color])).toEqual([
      [secretaryEdge.id, tangNode.id, committeeNode.id, '#1f77b4'],
      [mentionEdge.id, tangNode.id, articleNode.id, '#6e7781'],
    ]);
    expect(graph.edges.some((edge) => edge.id === danglingEdge.id)).toBe(false);
  });

  it('sizes nodes by the drawn relationships that touch them', () => {
    const size = new Map(graph.nodes.map((node) => [node.id, node.size]));
    expect(size.get(tangNode.id)).toBe(nodeSize(2));
    expect(size.get(articleNode.id)).toBe(nodeSize(1));
    expect(nodeSize(0)).toBeLessThan(nodeSize(1));
    expect(nodeSize(10_000)).toBe(16);
  });

  it('lists the drawn labels and types with counts for the legend, most frequent first', () => {
    expect(graph.nodeTypes.map((entry) => [entry.name, entry.count])).toEqual([
      ['Article', 1],
      ['Organization', 1],
      ['Person', 1],
    ]);
    expect(graph.edgeTypes.map((entry) => [entry.name, entry.color])).toEqual([
      ['HOLDS_POSITION', '#1f77b4'],
      ['MENTIONED_IN', '#6e7781'],
    ]);
  });
});

describe('buildConsoleGraph', () => {
  it('builds the graph with entity ids and lays it out the same way every time', () => {
    const first = buildConsoleGraph(resultToGraph(answer), 7);
    const second = buildConsoleGraph(resultToGraph(answer), 7);
    expect(first.order).toBe(3);
    expect(first.size).toBe(2);
    expect(first.getNodeAttribute(tangNode.id, 'entityId')).toBe('person:唐大军');
    expect(first.getNodeAttribute(articleNode.id, 'entityId')).toBe('');
    expect(first.getEdgeAttribute(secretaryEdge.id, 'label')).toBe('HOLDS_POSITION · 书记');
    const positions = (graph: typeof first) => graph.mapNodes((node, { x, y }) => [node, x, y]);
    expect(positions(second)).toEqual(positions(first));
    expect(first.everyNode((_node, { x, y }) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
  });

  it('runs fewer layout iterations on larger answers and none for a single node', () => {
    expect(layoutIterations(1)).toBe(0);
    expect(layoutIterations(50)).toBeGreaterThan(layoutIterations(1000));
  });
});
