import { describe, expect, it } from 'vitest';
import { gao, jiangjin, ndrc, npc, subgraph, tang, tangDeputy, tangSecretary } from '../testing/fixtures.ts';
import { collapse, expandFailed, expandRequested, neighboursLoaded, overviewLoaded } from './graph.ts';
import { initialState } from './initial.ts';
import { stopLayout } from './layout.ts';
import { setPathEnd } from './paths.ts';
import { selectNode } from './selection.ts';
import type { AppState, ExpandOptions, Producer } from './types.ts';

const apply = (state: AppState, ...producers: Producer[]): AppState => producers.reduce((s, p) => p(s), state);
const all: ExpandOptions = { type: null, direction: 'both', limit: 2 };
const loaded = (): AppState => apply(initialState('en'), overviewLoaded(subgraph([tang], [])), stopLayout());
const expanded = (): AppState =>
  apply(loaded(), expandRequested(tang.id, all), neighboursLoaded(tang.id, all, subgraph([tang, jiangjin, npc], [tangSecretary, tangDeputy], true)));

describe('expansion', () => {
  it('adds neighbours beside the node, records a hub, and restarts the layout', () => {
    const state = expanded();
    expect(state.dataset.anchors.get(npc.id)).toBe(tang.id);
    expect(state.dataset.edges.size).toBe(2);
    expect(state.expansions.get(tang.id)).toEqual({ ...all, status: 'ready', truncated: true });
    expect(state.layout.running).toBe(true);
  });

  it('drops an answer for options no longer asked for', () => {
    const asked = apply(loaded(), expandRequested(tang.id, all), expandRequested(tang.id, { ...all, limit: 4 }));
    expect(neighboursLoaded(tang.id, all, subgraph([npc], []))(asked)).toBe(asked);
  });

  it('shows more by replacing the earlier answer, keeping nodes in both', () => {
    const more = { ...all, limit: 4 };
    const state = apply(expanded(), expandRequested(tang.id, more), neighboursLoaded(tang.id, more, subgraph([tang, npc, gao], [tangDeputy])));
    expect([...state.dataset.nodes.keys()].sort()).toEqual([gao.id, npc.id, tang.id].sort());
    expect(state.dataset.anchors.get(npc.id)).toBe(tang.id);
    expect(state.expansions.get(tang.id)).toMatchObject({ limit: 4, truncated: false });
  });

  it('forgets a failed expansion and shows why', () => {
    const state = apply(loaded(), expandRequested(tang.id, all), expandFailed(tang.id, { kind: 'network' }));
    expect(state.expansions.has(tang.id)).toBe(false);
    expect(state.notice).toEqual({ kind: 'network' });
  });
});

describe('collapse', () => {
  it('removes what the expansion added and nothing the overview holds', () => {
    const start = apply(initialState('en'), overviewLoaded(subgraph([tang, jiangjin], [tangSecretary])));
    const grown = apply(start, expandRequested(tang.id, all), neighboursLoaded(tang.id, all, subgraph([tang, jiangjin, npc], [tangSecretary, tangDeputy])));
    const state = apply(grown, collapse(tang.id));
    expect([...state.dataset.nodes.keys()]).toEqual([tang.id, jiangjin.id]);
    expect(state.dataset.edges.has(tangDeputy.key)).toBe(false);
    expect(state.expansions.size).toBe(0);
    expect(collapse(tang.id)(state)).toBe(state);
  });

  it('keeps nodes pinned by another expansion, the selection or a path end', () => {
    const withJiangjin = apply(initialState('en'), overviewLoaded(subgraph([tang, jiangjin], [])));
    const both = apply(
      withJiangjin,
      expandRequested(tang.id, all),
      neighboursLoaded(tang.id, all, subgraph([tang, npc], [tangDeputy])),
      expandRequested(jiangjin.id, all),
      neighboursLoaded(jiangjin.id, all, subgraph([jiangjin, npc], [])),
    );
    expect(apply(both, collapse(tang.id)).dataset.nodes.has(npc.id)).toBe(true);
    expect(apply(both, collapse(tang.id), collapse(jiangjin.id)).dataset.nodes.has(npc.id)).toBe(false);
    expect(apply(expanded(), selectNode(npc.id), collapse(tang.id)).dataset.nodes.has(npc.id)).toBe(true);
    expect(apply(expanded(), setPathEnd('to', npc.id), collapse(tang.id)).dataset.nodes.has(npc.id)).toBe(true);
  });

  it('collapses the expansions of nodes that leave', () => {
    const nested = apply(expanded(), expandRequested(npc.id, all), neighboursLoaded(npc.id, all, subgraph([npc, ndrc], [])));
    const state = apply(nested, collapse(tang.id));
    expect(state.dataset.nodes.has(ndrc.id)).toBe(false);
    expect(state.dataset.nodes.has(npc.id)).toBe(false);
    expect(state.expansions.size).toBe(0);
  });
});
