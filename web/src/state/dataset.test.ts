import { describe, expect, it } from 'vitest';
import { gao, gaoDirector, jiangjin, ndrc, npc, subgraph, tang, tangDetail, tangDeputy, tangSecretary } from '../testing/fixtures.ts';
import { emptyDataset, mergeEntityDetail, mergeSubgraph, relationFromView } from './dataset.ts';

describe('mergeSubgraph', () => {
  it('returns the same dataset when nothing is new', () => {
    const once = mergeSubgraph(emptyDataset(), subgraph([tang, jiangjin], [tangSecretary]));
    expect(mergeSubgraph(once, subgraph([tang, jiangjin], [tangSecretary]))).toBe(once);
  });

  it('leaves out edges whose ends are not loaded', () => {
    const dataset = mergeSubgraph(emptyDataset(), subgraph([tang, jiangjin], [tangSecretary, tangDeputy]));
    expect([...dataset.nodes.keys()]).toEqual([tang.id, jiangjin.id]);
    expect([...dataset.edges.keys()]).toEqual([tangSecretary.key]);
  });

  it('records the anchor of new nodes, not of nodes already loaded', () => {
    const start = mergeSubgraph(emptyDataset(), subgraph([tang, jiangjin], [tangSecretary]));
    const grown = mergeSubgraph(start, subgraph([tang, jiangjin, npc], [tangSecretary, tangDeputy]), tang.id);
    expect([...grown.anchors]).toEqual([[npc.id, tang.id]]);
    expect(grown.edges.has(tangDeputy.key)).toBe(true);
  });

  it('ignores an anchor that is not loaded', () => {
    const dataset = mergeSubgraph(emptyDataset(), subgraph([gao], []), 'person:nobody');
    expect(dataset.anchors.size).toBe(0);
  });

  it('does not change the dataset it was given', () => {
    const start = emptyDataset();
    mergeSubgraph(start, subgraph([gao, ndrc], [gaoDirector]));
    expect(start.nodes.size).toBe(0);
  });
});

describe('relationFromView', () => {
  it('puts the viewing entity at the right end', () => {
    const [outgoing] = tangDetail.relations;
    expect(outgoing).toBeDefined();
    if (outgoing === undefined) return;
    expect(relationFromView(tang.id, outgoing)).toMatchObject({ from: tang.id, to: jiangjin.id, title: '书记' });
    const incoming = { ...outgoing, direction: 'in' as const, other: { id: tang.id, type: tang.type, name: tang.name } };
    expect(relationFromView(jiangjin.id, incoming)).toMatchObject({ from: tang.id, to: jiangjin.id });
  });
});

describe('mergeEntityDetail', () => {
  it('adds an absent entity with its relations to loaded entities, beside the first of them', () => {
    const start = mergeSubgraph(emptyDataset(), subgraph([jiangjin], []));
    const dataset = mergeEntityDetail(start, tangDetail);
    expect(dataset.nodes.get(tang.id)).toEqual(tang);
    expect([...dataset.edges.keys()]).toEqual([tangSecretary.key]);
    expect(dataset.anchors.get(tang.id)).toBe(jiangjin.id);
  });

  it('adds a lone entity when none of its neighbours are loaded', () => {
    const dataset = mergeEntityDetail(emptyDataset(), tangDetail);
    expect([...dataset.nodes.keys()]).toEqual([tang.id]);
    expect(dataset.edges.size).toBe(0);
  });
});
