import { describe, expect, it } from 'vitest';
import { jiangjin, npc, subgraph, tang, tangDetail, tangDeputy, tangSecretary } from '../testing/fixtures.ts';
import { expandRequested, neighboursLoaded, overviewFailed, overviewLoaded, overviewRequested } from './graph.ts';
import { initialState } from './initial.ts';
import { runLayoutOnce, startLayout, stopLayout } from './layout.ts';
import { closeResults, moveActive, queryChanged, searchFailed, searchLoaded, typeChanged } from './search.ts';
import { cameraMoved, clearSelection, detailFailed, detailLoaded, hoverNode, requestCamera, selectNode, unfocusExcept } from './selection.ts';
import type { AppState, Producer } from './types.ts';
import { dismissNotice, setLocale, showNotice } from './ui.ts';

const apply = (state: AppState, ...producers: Producer[]): AppState => producers.reduce((s, p) => p(s), state);
const start = (): AppState => initialState('zh');
const hits = [
  { id: tang.id, type: tang.type, name: tang.name, aliases: [] },
  { id: jiangjin.id, type: jiangjin.type, name: jiangjin.name, aliases: [] },
];

describe('overview producers', () => {
  it('loads the overview and starts a layout run', () => {
    const state = apply(start(), overviewRequested(), overviewLoaded(subgraph([tang, jiangjin], [tangSecretary], true)));
    expect(state.dataset.nodes.size).toBe(2);
    expect(state.overview).toEqual({ status: 'ready', truncated: true });
    expect(state.layout).toMatchObject({ running: true, runs: 1 });
  });

  it('does not start the layout for an empty overview', () => {
    const state = apply(start(), overviewLoaded(subgraph([], [])));
    expect(state.layout.running).toBe(false);
  });

  it('keeps the notice of a failed overview', () => {
    const state = apply(start(), overviewFailed({ kind: 'problem', detail: 'store unavailable' }));
    expect(state.overview.status).toBe('error');
    expect(state.notice).toEqual({ kind: 'problem', detail: 'store unavailable' });
  });
});

describe('selection producers', () => {
  it('selects a node and waits for its detail', () => {
    const state = apply(start(), selectNode(tang.id));
    expect(state.selected).toBe(tang.id);
    expect(state.detail).toMatchObject({ entityId: tang.id, status: 'loading', data: null });
  });

  it('adds the detailed entity to the graph as focused', () => {
    const state = apply(start(), overviewLoaded(subgraph([jiangjin], [])), selectNode(tang.id), detailLoaded(tangDetail));
    expect(state.detail.status).toBe('ready');
    expect(state.detail.data).toBe(tangDetail);
    expect(state.dataset.nodes.has(tang.id)).toBe(true);
    expect(state.dataset.edges.has(tangSecretary.key)).toBe(true);
    expect(state.focused).toEqual([tang.id]);
  });

  it('releases focused entities a URL no longer has, unless pinned', () => {
    const focused = apply(start(), selectNode(tang.id), detailLoaded(tangDetail), clearSelection());
    expect(apply(focused, unfocusExcept([tang.id]))).toBe(focused);
    const released = apply(focused, unfocusExcept([]));
    expect(released.focused).toEqual([]);
    expect(released.dataset.nodes.has(tang.id)).toBe(false);
    const pinned = apply(start(), selectNode(tang.id), detailLoaded(tangDetail), unfocusExcept([]));
    expect(pinned.dataset.nodes.has(tang.id)).toBe(true);
  });

  it('rounds camera moves and ignores moves that round to the same view', () => {
    const moved = apply(start(), cameraMoved({ x: 0.123456, y: 0.5, ratio: 1.000001 }));
    expect(moved.view).toEqual({ x: 0.1235, y: 0.5, ratio: 1 });
    expect(cameraMoved({ x: 0.12351, y: 0.5, ratio: 1 })(moved)).toBe(moved);
  });

  it('restarts the layout for new nodes, not for a new edge between loaded nodes', () => {
    const loaded = apply(start(), overviewLoaded(subgraph([tang, jiangjin], [])), stopLayout(), selectNode(tang.id));
    const linked = apply(loaded, detailLoaded(tangDetail));
    expect(linked.dataset.edges.has(tangSecretary.key)).toBe(true);
    expect(linked.layout.running).toBe(false);
    const options = { type: null, direction: 'both', limit: 50 } as const;
    const grown = apply(loaded, expandRequested(tang.id, options), neighboursLoaded(tang.id, options, subgraph([npc], [])));
    expect(grown.layout.running).toBe(true);
  });

  it('drops a detail that arrives after another node was selected', () => {
    const before = apply(start(), selectNode(tang.id), selectNode(jiangjin.id));
    expect(detailLoaded(tangDetail)(before)).toBe(before);
    expect(detailFailed(tang.id, { kind: 'network' })(before)).toBe(before);
  });

  it('clears the selection and the panel', () => {
    const state = apply(start(), selectNode(tang.id), clearSelection());
    expect(state.selected).toBeNull();
    expect(state.detail.entityId).toBeNull();
    expect(clearSelection()(state)).toBe(state);
  });

  it('tracks hover without a new state for the same node', () => {
    const hovered = apply(start(), hoverNode(tang.id));
    expect(hovered.hovered).toBe(tang.id);
    expect(hoverNode(tang.id)(hovered)).toBe(hovered);
    expect(apply(hovered, hoverNode(null)).hovered).toBeNull();
  });

  it('numbers camera requests so the same node can be asked for twice', () => {
    const state = apply(start(), requestCamera(tang.id), requestCamera(tang.id));
    expect(state.camera).toEqual({ nodeId: tang.id, seq: 2 });
  });
});

describe('search producers', () => {
  it('opens on a query and closes on an empty one', () => {
    const typed = apply(start(), queryChanged('唐'));
    expect(typed.search).toMatchObject({ query: '唐', status: 'loading', open: true });
    const cleared = apply(typed, queryChanged('  '));
    expect(cleared.search).toMatchObject({ status: 'idle', results: [], open: false });
  });

  it('takes results for the current query and type only', () => {
    const typed = apply(start(), queryChanged('唐大军'));
    expect(searchLoaded('唐', null, hits)(typed)).toBe(typed);
    expect(searchLoaded('唐大军', 'Place', hits)(typed)).toBe(typed);
    const loaded = apply(typed, searchLoaded('唐大军', null, hits));
    expect(loaded.search).toMatchObject({ status: 'ready', active: 0, results: hits });
  });

  it('searches again when the type filter changes', () => {
    const state = apply(start(), queryChanged('江津'), typeChanged('Organization'));
    expect(state.search).toMatchObject({ type: 'Organization', status: 'loading' });
  });

  it('moves the keyboard highlight with wrap-around', () => {
    const loaded = apply(start(), queryChanged('x'), searchLoaded('x', null, hits));
    expect(apply(loaded, moveActive(1)).search.active).toBe(1);
    expect(apply(loaded, moveActive(1), moveActive(1)).search.active).toBe(0);
    expect(apply(loaded, moveActive(-1)).search.active).toBe(1);
    const empty = apply(start(), queryChanged('x'), searchLoaded('x', null, []));
    expect(moveActive(1)(empty)).toBe(empty);
  });

  it('closes the list and keeps failures for the current query only', () => {
    const loaded = apply(start(), queryChanged('x'), searchLoaded('x', null, hits));
    expect(apply(loaded, closeResults()).search.open).toBe(false);
    expect(searchFailed('old', { kind: 'network' })(loaded)).toBe(loaded);
    expect(apply(loaded, searchFailed('x', { kind: 'network' })).notice).toEqual({ kind: 'network' });
  });
});

describe('layout and interface producers', () => {
  it('counts runs and stops once', () => {
    const running = apply(start(), startLayout(), startLayout());
    expect(running.layout).toMatchObject({ running: true, runs: 2 });
    const stopped = apply(running, stopLayout());
    expect(stopped.layout.running).toBe(false);
    expect(stopLayout()(stopped)).toBe(stopped);
  });

  it('numbers one-shot layout requests and stops a running layout for them', () => {
    const state = apply(start(), startLayout(), runLayoutOnce('noverlap'), runLayoutOnce('noverlap'));
    expect(state.layout).toMatchObject({ running: false, oneShot: { id: 'noverlap', seq: 2 } });
  });

  it('switches language and shows then dismisses notices', () => {
    const english = apply(start(), setLocale('en'));
    expect(english.locale).toBe('en');
    expect(setLocale('en')(english)).toBe(english);
    const noticed = apply(english, showNotice({ kind: 'protocol', status: 502 }));
    expect(noticed.notice).toEqual({ kind: 'protocol', status: 502 });
    expect(apply(noticed, dismissNotice()).notice).toBeNull();
  });
});
