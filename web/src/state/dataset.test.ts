import { describe, expect, it } from 'vitest';
import { gao, gaoDirector, jiangjin, ndrc, npc, subgraph, tang, tangDetail, tangDeputy, tangSecretary } from '../testing/fixtures.ts';
import { emptyDataset, mergeEntityDetail, mergeSubgraph, relationFromView, releaseOrigin } from './dataset.ts';

const overview = { origin: 'overview' } as const;

describe('mergeSubgraph', () => {
  it('returns the same dataset when nothing is new', () => {
    const once = mergeSubgraph(emptyDataset(), subgraph([tang, jiangjin], [tangSecretary]), overview);
    expect(mergeSubgraph(once, subgraph([tang, jiangjin], [tangSecretary]), overview)).toBe(once);
  });

  it('leaves out edges whose ends are not loaded', () => {
    const dataset = mergeSubgraph(emptyDataset(), subgraph([tang, jiangjin], [tangSecretary, tangDeputy]), overview);
    expect([...dataset.nodes.keys()]).toEqual([tang.id, jiangjin.id]);
    expect([...dataset.edges.keys()]).toEqual([tangSecretary.key]);
  });

  it('records the anchor of new nodes, and the origin of every node it brings', () => {
    const start = mergeSubgraph(emptyDataset(), subgraph([tang, jiangjin], [tangSecretary]), overview);
    const grown = mergeSubgraph(start, subgraph([tang, jiangjin, npc], [tangSecretary, tangDeputy]), { origin: `expand:${tang.id}`, anchor: tang.id });
    expect([...grown.anchors]).toEqual([[npc.id, tang.id]]);
    expect(grown.edges.has(tangDeputy.key)).toBe(true);
    expect([...(grown.origins.get(jiangjin.id) ?? [])]).toEqual(['overview', `expand:${tang.id}`]);
    expect([...(grown.origins.get(npc.id) ?? [])]).toEqual([`expand:${tang.id}`]);
  });

  it('ignores an anchor that is not loaded', () => {
    const dataset = mergeSubgraph(emptyDataset(), subgraph([gao], []), { origin: 'overview', anchor: 'person:nobody' });
    expect(dataset.anchors.size).toBe(0);
  });

  it('does not change the dataset it was given', () => {
    const start = emptyDataset();
    mergeSubgraph(start, subgraph([gao, ndrc], [gaoDirector]), overview);
    expect(start.nodes.size).toBe(0);
    expect(start.origins.size).toBe(0);
  });
});

describe('releaseOrigin', () => {
  const expandTang = { origin: `expand:${tang.id}`, anchor: tang.id } as const;
  const loaded = () => {
    const start = mergeSubgraph(emptyDataset(), subgraph([tang, jiangjin], [tangSecretary]), overview);
    return mergeSubgraph(start, subgraph([tang, jiangjin, npc], [tangSecretary, tangDeputy]), expandTang);
  };

  it('removes nodes only that origin held, with their edges and anchors', () => {
    const { dataset, removed } = releaseOrigin(loaded(), `expand:${tang.id}`);
    expect(removed).toEqual([npc.id]);
    expect([...dataset.nodes.keys()]).toEqual([tang.id, jiangjin.id]);
    expect(dataset.edges.has(tangDeputy.key)).toBe(false);
    expect(dataset.anchors.has(npc.id)).toBe(false);
    expect([...(dataset.origins.get(jiangjin.id) ?? [])]).toEqual(['overview']);
  });

  it('keeps pinned nodes and does nothing for an origin holding nothing', () => {
    const { dataset, removed } = releaseOrigin(loaded(), `expand:${tang.id}`, new Set([npc.id]));
    expect(removed).toEqual([]);
    expect(dataset.nodes.has(npc.id)).toBe(true);
    const same = loaded();
    expect(releaseOrigin(same, 'path').dataset).toBe(same);
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
    const start = mergeSubgraph(emptyDataset(), subgraph([jiangjin], []), overview);
    const dataset = mergeEntityDetail(start, tangDetail, `focus:${tang.id}`);
    expect(dataset.nodes.get(tang.id)).toEqual(tang);
    expect([...dataset.edges.keys()]).toEqual([tangSecretary.key]);
    expect(dataset.anchors.get(tang.id)).toBe(jiangjin.id);
    expect([...(dataset.origins.get(tang.id) ?? [])]).toEqual([`focus:${tang.id}`]);
  });

  it('adds a lone entity when none of its neighbours are loaded', () => {
    const dataset = mergeEntityDetail(emptyDataset(), tangDetail, `focus:${tang.id}`);
    expect([...dataset.nodes.keys()]).toEqual([tang.id]);
    expect(dataset.edges.size).toBe(0);
  });

  it('only adds relations for an entity already loaded, without a new origin', () => {
    const start = mergeSubgraph(emptyDataset(), subgraph([tang, jiangjin], []), overview);
    const dataset = mergeEntityDetail(start, tangDetail, `focus:${tang.id}`);
    expect(dataset.edges.has(tangSecretary.key)).toBe(true);
    expect([...(dataset.origins.get(tang.id) ?? [])]).toEqual(['overview']);
  });
});
