import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { EDGE_COLOR } from '../appearance/palette.ts';
import { emptyDataset, mergeSubgraph } from '../state/dataset.ts';
import type { Dataset } from '../state/types.ts';
import { gao, gaoDirector, jiangjin, ndrc, npc, subgraph, tang, tangDeputy, tangSecretary } from '../testing/fixtures.ts';
import { syncGraph } from './sync.ts';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './types.ts';

const newGraph = (): ExplorerGraph => new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
const SEED = 3;
const load = (...args: Parameters<typeof subgraph>): Dataset => mergeSubgraph(emptyDataset(), subgraph(...args), { origin: 'overview' });

describe('syncGraph', () => {
  it('adds nodes with label and type, and keyed edges styled when added', () => {
    const graph = newGraph();
    const result = syncGraph(graph, load([tang, jiangjin, npc], [tangSecretary, tangDeputy]), SEED);
    expect(result).toEqual({ addedNodes: 3, droppedNodes: 0, addedEdges: 2, droppedEdges: 0 });
    expect(graph.getNodeAttribute(tang.id, 'label')).toBe('唐大军');
    expect(graph.getNodeAttribute(jiangjin.id, 'entityType')).toBe('Organization');
    expect(graph.source(tangSecretary.key)).toBe(tang.id);
    expect(graph.getEdgeAttributes(tangSecretary.key)).toMatchObject({ relationType: 'HOLDS_POSITION', color: EDGE_COLOR });
  });

  it('gives the same starting positions for the same data in any order', () => {
    const a = newGraph();
    const b = newGraph();
    syncGraph(a, load([tang, jiangjin, gao], []), SEED);
    syncGraph(b, load([gao, jiangjin, tang], []), SEED);
    for (const node of [tang.id, jiangjin.id, gao.id]) {
      expect(b.getNodeAttributes(node)).toMatchObject({ x: a.getNodeAttribute(node, 'x'), y: a.getNodeAttribute(node, 'y') });
    }
  });

  it('keeps positions of existing nodes and places new ones near their anchor', () => {
    const graph = newGraph();
    const many = [tang, jiangjin, gao, ndrc].concat(Array.from({ length: 40 }, (_, i) => ({ ...npc, id: `org:${i}`, name: `${i}` })));
    const first = load(many, []);
    syncGraph(graph, first, SEED);
    const before = { ...graph.getNodeAttributes(tang.id) };
    syncGraph(graph, mergeSubgraph(first, subgraph([tang, npc], [tangDeputy]), { origin: `expand:${tang.id}`, anchor: tang.id }), SEED);
    expect(graph.getNodeAttributes(tang.id)).toMatchObject({ x: before.x, y: before.y });
    const placed = graph.getNodeAttributes(npc.id);
    const distanceToAnchor = Math.hypot(placed.x - before.x, placed.y - before.y);
    let farthest = 0;
    graph.forEachNode((_node, { x, y }) => (farthest = Math.max(farthest, Math.hypot(x - before.x, y - before.y))));
    expect(distanceToAnchor).toBeLessThan(farthest / 3);
  });

  it('gives a node that comes back the position it left with', () => {
    const graph = newGraph();
    const memory = new Map<string, { x: number; y: number }>();
    const full = load([gao, ndrc, tang], [gaoDirector]);
    syncGraph(graph, full, SEED, memory);
    graph.setNodeAttribute(ndrc.id, 'x', 1234);
    syncGraph(graph, load([gao, tang], []), SEED, memory);
    expect(memory.get(ndrc.id)).toMatchObject({ x: 1234 });
    syncGraph(graph, full, SEED, memory);
    expect(graph.getNodeAttribute(ndrc.id, 'x')).toBe(1234);
    expect(memory.size).toBe(0);
  });

  it('drops what the input no longer has and does nothing when in step', () => {
    const graph = newGraph();
    const full = load([gao, ndrc, tang], [gaoDirector]);
    syncGraph(graph, full, SEED);
    expect(syncGraph(graph, full, SEED)).toEqual({ addedNodes: 0, droppedNodes: 0, addedEdges: 0, droppedEdges: 0 });
    expect(syncGraph(graph, load([gao, tang], []), SEED)).toEqual({ addedNodes: 0, droppedNodes: 1, addedEdges: 0, droppedEdges: 1 });
    expect(graph.hasNode(ndrc.id)).toBe(false);
  });
});
