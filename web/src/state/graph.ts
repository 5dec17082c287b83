/**
 * Producers that change what is loaded: the overview graph of the first screen
 * and neighbour expansions. New nodes restart the layout.
 */
import type { Subgraph } from '../../../schema/api.ts';
import { mergeSubgraph } from './dataset.ts';
import { restartLayoutIfGrown } from './layout.ts';
import type { Notice, Producer } from './types.ts';

/** The overview request went out. */
export const overviewRequested = (): Producer => (state) => ({
  ...state,
  overview: { status: 'loading', truncated: false },
});

/** The overview arrived: merge it and lay it out. */
export const overviewLoaded = (subgraph: Subgraph): Producer => (state) =>
  restartLayoutIfGrown(state, {
    ...state,
    dataset: mergeSubgraph(state.dataset, subgraph),
    overview: { status: 'ready', truncated: subgraph.truncated },
  });

/** The overview failed; the notice says why. */
export const overviewFailed = (notice: Notice): Producer => (state) => ({
  ...state,
  overview: { status: 'error', truncated: false },
  notice,
});

/** Expansion of `nodeId`'s neighbours went out. */
export const expandRequested = (nodeId: string): Producer => (state) =>
  state.detail.entityId === nodeId
    ? { ...state, detail: { ...state.detail, expanding: true, expandTruncated: false } }
    : state;

/** `nodeId`'s neighbours arrived: they are added beside it and the layout runs again. */
export const neighboursLoaded = (nodeId: string, subgraph: Subgraph): Producer => (state) => {
  const detail =
    state.detail.entityId === nodeId
      ? { ...state.detail, expanding: false, expandTruncated: subgraph.truncated }
      : state.detail;
  return restartLayoutIfGrown(state, {
    ...state,
    dataset: mergeSubgraph(state.dataset, subgraph, nodeId),
    detail,
  });
};

/** The expansion failed; the notice says why. */
export const expandFailed = (nodeId: string, notice: Notice): Producer => (state) => ({
  ...state,
  detail: state.detail.entityId === nodeId ? { ...state.detail, expanding: false } : state.detail,
  notice,
});
