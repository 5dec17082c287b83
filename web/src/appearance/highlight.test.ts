import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from '../graph/types.ts';
import { computeHighlight, NO_HIGHLIGHT, reduceEdge, reduceNode } from './highlight.ts';
import { EDGE_HIGHLIGHT_COLOR, FADED_NODE_COLOR, PATH_EDGE_COLOR } from './palette.ts';

function triangle(): ExplorerGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const id of ['a', 'b', 'c', 'd']) {
    graph.addNode(id, { x: 0, y: 0, size: 5, color: '#123456', label: id, entityType: 'Person' });
  }
  graph.addDirectedEdgeWithKey('ab', 'a', 'b', { size: 1, color: '#ccc', relationType: 'LEADS' });
  graph.addDirectedEdgeWithKey('ca', 'c', 'a', { size: 1, color: '#ccc', relationType: 'LEADS' });
  graph.addDirectedEdgeWithKey('cd', 'c', 'd', { size: 1, color: '#ccc', relationType: 'LEADS' });
  return graph;
}

describe('computeHighlight', () => {
  it('takes the hovered node before the selected one, in both directions', () => {
    const highlight = computeHighlight(triangle(), 'a', 'd');
    expect(highlight.focus).toBe('a');
    expect(highlight.selected).toBe('d');
    expect([...highlight.nodes].sort()).toEqual(['a', 'b', 'c']);
    expect([...highlight.edges].sort()).toEqual(['ab', 'ca']);
  });

  it('falls back to the selection and ignores nodes not on the graph', () => {
    expect(computeHighlight(triangle(), null, 'd').focus).toBe('d');
    expect(computeHighlight(triangle(), 'zzz', null)).toEqual(NO_HIGHLIGHT);
  });
});

describe('path highlighting', () => {
  const paths = { nodes: new Set(['c', 'a', 'b']), edges: new Set(['ca', 'ab']) };

  it('shows the paths unless a node is hovered, keeping the selection', () => {
    const highlight = computeHighlight(triangle(), null, 'd', paths);
    expect(highlight).toMatchObject({ mode: 'path', selected: 'd' });
    expect([...highlight.nodes]).toEqual(['c', 'a', 'b']);
    expect(computeHighlight(triangle(), 'd', null, paths).mode).toBe('neighbourhood');
  });

  it('draws path edges in the path colour and hides the others', () => {
    const highlight = computeHighlight(triangle(), null, null, paths);
    const base = { color: '#ccc', size: 1 };
    expect(reduceEdge(highlight, 'ab', base)).toMatchObject({ color: PATH_EDGE_COLOR, size: 3 });
    expect(reduceEdge(highlight, 'cd', base)).toMatchObject({ hidden: true });
    expect(reduceNode(highlight, 'd', { color: '#123456' })).toMatchObject({ color: FADED_NODE_COLOR });
  });
});

describe('reducers', () => {
  const base = { color: '#123456', label: 'x', size: 5 };

  it('leave data untouched without a focus, except marking the selection', () => {
    expect(reduceNode(NO_HIGHLIGHT, 'a', base)).toBe(base);
    expect(reduceEdge(NO_HIGHLIGHT, 'ab', base)).toBe(base);
    const selectedOnly = computeHighlight(triangle(), null, null);
    expect(reduceNode({ ...selectedOnly, selected: 'a' }, 'a', base)).toMatchObject({ highlighted: true });
  });

  it('fade nodes outside the neighbourhood and hide their edges', () => {
    const highlight = computeHighlight(triangle(), 'a', null);
    expect(reduceNode(highlight, 'd', base)).toMatchObject({ color: FADED_NODE_COLOR, label: null });
    expect(reduceNode(highlight, 'b', base)).toMatchObject({ color: base.color, forceLabel: true, highlighted: false });
    expect(reduceNode(highlight, 'a', base)).toMatchObject({ highlighted: true });
    expect(reduceEdge(highlight, 'cd', base)).toMatchObject({ hidden: true });
    expect(reduceEdge(highlight, 'ab', base)).toMatchObject({ color: EDGE_HIGHLIGHT_COLOR, size: 10 });
  });

  it('never change the data they are given', () => {
    const data = { ...base };
    reduceNode(computeHighlight(triangle(), 'a', null), 'd', data);
    expect(data).toEqual(base);
  });
});
