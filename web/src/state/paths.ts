/**
 * Producers for shortest paths: the two ends, the answer (its subgraph joins
 * the dataset, held by the `path` origin), and which path is shown on its own.
 */
import type { PathsResponse } from '../../../schema/api.ts';
import { mergeSubgraph, releaseOrigin } from './dataset.ts';
import { pinnedNodes } from './graph.ts';
import { restartLayoutIfGrown } from './layout.ts';
import type { AppState, Notice, PathsState, Producer } from './types.ts';

export const NO_PATHS: PathsState = { from: null, to: null, status: 'idle', result: null, active: -1 };

/** Releases what the previous answer held (nodes still pinned stay). */
function withoutPathNodes(state: AppState, pinned: ReadonlySet<string>): AppState {
  const { dataset } = releaseOrigin(state.dataset, 'path', pinned);
  return dataset === state.dataset ? state : { ...state, dataset };
}

/** Sets one end of the paths (null clears it); a changed end drops the previous answer. */
export const setPathEnd = (end: 'from' | 'to', id: string | null): Producer => (state) => {
  if (state.paths[end] === id) return state;
  const paths: PathsState = { ...state.paths, [end]: id, status: 'idle', result: null, active: -1 };
  return withoutPathNodes({ ...state, paths }, pinnedNodes({ ...state, paths }));
};

/** Swaps the two ends. */
export const swapPathEnds = (): Producer => (state) =>
  state.paths.from === state.paths.to
    ? state
    : { ...state, paths: { ...state.paths, from: state.paths.to, to: state.paths.from, status: 'idle', result: null, active: -1 } };

/** Clears both ends and the answer. */
export const clearPaths = (): Producer => (state) =>
  state.paths === NO_PATHS ? state : withoutPathNodes({ ...state, paths: NO_PATHS }, pinnedNodes({ ...state, paths: NO_PATHS }));

/** The paths request for the current ends went out. */
export const pathsRequested = (): Producer => (state) => ({ ...state, paths: { ...state.paths, status: 'loading', result: null, active: -1 } });

/** Paths between `from` and `to` arrived (dropped if the ends changed meanwhile). */
export const pathsLoaded = (from: string, to: string, result: PathsResponse): Producer => (state) => {
  if (state.paths.from !== from || state.paths.to !== to) return state;
  const released = withoutPathNodes(state, pinnedNodes(state));
  const dataset = mergeSubgraph(released.dataset, result.graph, { origin: 'path' });
  return restartLayoutIfGrown(state, { ...released, dataset, paths: { ...state.paths, status: 'ready', result, active: -1 } });
};

/** The paths request failed; the notice says why. */
export const pathsFailed = (from: string, to: string, notice: Notice): Producer => (state) =>
  state.paths.from !== from || state.paths.to !== to ? state : { ...state, paths: { ...state.paths, status: 'error' }, notice };

/** Shows one path on its own (-1: all of them). */
export const showPath = (index: number): Producer => (state) => {
  const count = state.paths.result?.paths.length ?? 0;
  const active = index >= 0 && index < count ? index : -1;
  return active === state.paths.active ? state : { ...state, paths: { ...state.paths, active } };
};
