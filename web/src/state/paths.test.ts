import { describe, expect, it } from 'vitest';
import type { PathsResponse } from '../../../schema/api.ts';
import { jiangjin, npc, subgraph, tang, tangDeputy, tangSecretary } from '../testing/fixtures.ts';
import { overviewLoaded } from './graph.ts';
import { initialState } from './initial.ts';
import { clearPaths, pathsFailed, pathsLoaded, pathsRequested, setPathEnd, showPath, swapPathEnds } from './paths.ts';
import { closeReader, openEvidence, sourceLoaded } from './reader.ts';
import type { AppState, Producer } from './types.ts';

const apply = (state: AppState, ...producers: Producer[]): AppState => producers.reduce((s, p) => p(s), state);
const answer: PathsResponse = {
  paths: [{ nodes: [jiangjin.id, tang.id, npc.id], edges: [tangSecretary.key, tangDeputy.key] }],
  graph: subgraph([jiangjin, tang, npc], [tangSecretary, tangDeputy]),
};
const ends = (): AppState => apply(initialState('en'), overviewLoaded(subgraph([jiangjin], [])), setPathEnd('from', jiangjin.id), setPathEnd('to', npc.id));

describe('path producers', () => {
  it('merges the paths into the graph, held by the path origin', () => {
    const state = apply(ends(), pathsRequested(), pathsLoaded(jiangjin.id, npc.id, answer));
    expect(state.paths).toMatchObject({ status: 'ready', result: answer, active: -1 });
    expect(state.dataset.edges.has(tangDeputy.key)).toBe(true);
    expect([...(state.dataset.origins.get(tang.id) ?? [])]).toEqual(['path']);
  });

  it('drops an answer for other ends and records a failure for the current ones', () => {
    const asked = apply(ends(), pathsRequested());
    expect(pathsLoaded(tang.id, npc.id, answer)(asked)).toBe(asked);
    expect(apply(asked, pathsFailed(jiangjin.id, npc.id, { kind: 'network' })).paths.status).toBe('error');
  });

  it('releases path-only nodes when an end changes or the paths are cleared', () => {
    const found = apply(ends(), pathsLoaded(jiangjin.id, npc.id, answer));
    const changed = apply(found, setPathEnd('to', tang.id));
    expect(changed.dataset.nodes.has(npc.id)).toBe(false);
    expect(changed.dataset.nodes.has(tang.id)).toBe(true);
    const cleared = apply(found, clearPaths());
    expect([...cleared.dataset.nodes.keys()]).toEqual([jiangjin.id]);
  });

  it('swaps the ends and shows one path at a time', () => {
    const found = apply(ends(), pathsLoaded(jiangjin.id, npc.id, answer));
    expect(apply(found, swapPathEnds()).paths).toMatchObject({ from: npc.id, to: jiangjin.id, result: null });
    expect(apply(found, showPath(0)).paths.active).toBe(0);
    expect(apply(found, showPath(5)).paths.active).toBe(-1);
  });
});

describe('reader producers', () => {
  const evidence = tangSecretary.evidence[0] ?? { text: '', source: '', start: 0, end: 0 };
  const source = { source: { id: evidence.source, path: '', name: '', sha256: '', title: 't', encoding: 'utf-8', chars: 0, ingestedAt: '' }, articles: [], text: '' };

  it('opens on an evidence, takes its source, ignores another source, and closes', () => {
    const open = apply(initialState('en'), openEvidence(evidence));
    expect(open.reader.status).toBe('loading');
    const other = { ...source, source: { ...source.source, id: 'source:other' } };
    expect(sourceLoaded(other)(open)).toBe(open);
    expect(apply(open, sourceLoaded(source)).reader).toMatchObject({ status: 'ready', data: source });
    expect(apply(open, closeReader()).reader.evidence).toBeNull();
    expect(apply(initialState('en'), openEvidence(evidence, source)).reader.status).toBe('ready');
  });
});
