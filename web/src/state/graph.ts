/**
 * Producers that change what is loaded: the overview of the first screen,
 * neighbour expansions (by relation type and direction, with a limit that
 * "show more" raises) and their collapse. New nodes restart the layout.
 */
import type { Subgraph } from '../../../schema/api.ts';
import { mergeSubgraph, releaseOrigin } from './dataset.ts';
import { restartLayoutIfGrown } from './layout.ts';
import type { AppState, Dataset, ExpandOptions, Expansion, Notice, Producer } from './types.ts';

/** The overview request went out. */
export const overviewRequested = (): Producer => (state) => ({
  ...state,
  overview: { status: 'loading', truncated: false },
});

/** The overview arrived: merge it and lay it out. */
export const overviewLoaded = (subgraph: Subgraph): Producer => (state) =>
  restartLayoutIfGrown(state, {
    ...state,
    dataset: mergeSubgraph(state.dataset, subgraph, { origin: 'overview' }),
    overview: { status: 'ready', truncated: subgraph.truncated },
  });

/** The overview failed; the notice says why. */
export const overviewFailed = (notice: Notice): Producer => (state) => ({
  ...state,
  overview: { status: 'error', truncated: false },
  notice,
});

/** Nodes a collapse or a new answer must not remove: the selection and the ends of the paths. */
export function pinnedNodes(state: AppState): Set<string> {
  const pinned = new Set<string>();
  for (const id of [state.selected, state.paths.from, state.paths.to]) if (id !== null) pinned.add(id);
  return pinned;
}

const sameOptions = (a: ExpandOptions, b: ExpandOptions): boolean =>
  a.type === b.type && a.direction === b.direction && a.limit === b.limit;

/** Expansion of `nodeId` with `options` went out. */
export const expandRequested = (nodeId: string, options: ExpandOptions): Producer => (state) => {
  const expansions = new Map(state.expansions);
  const truncated = state.expansions.get(nodeId)?.truncated ?? false;
  expansions.set(nodeId, { ...options, status: 'loading', truncated });
  return { ...state, expansions };
};

/**
 * `nodeId`'s neighbours arrived for `options`: they replace what an earlier
 * expansion of the same node held (nodes in both keep their place) and the
 * layout runs again. Answers to options no longer asked for are dropped.
 */
export const neighboursLoaded = (nodeId: string, options: ExpandOptions, subgraph: Subgraph): Producer => (state) => {
  const current = state.expansions.get(nodeId);
  if (current === undefined || !sameOptions(current, options)) return state;
  const origin = `expand:${nodeId}` as const;
  const keep = new Set([...pinnedNodes(state), nodeId, ...subgraph.nodes.map((node) => node.id)]);
  const released = releaseOrigin(state.dataset, origin, keep).dataset;
  // The expanded node is not held by its own expansion (else collapsing what brought it would leave it behind).
  const nodes = released.nodes.has(nodeId) ? subgraph.nodes.filter((node) => node.id !== nodeId) : subgraph.nodes;
  const dataset = mergeSubgraph(released, { nodes, edges: subgraph.edges }, { origin, anchor: nodeId });
  const expansions = new Map(state.expansions);
  expansions.set(nodeId, { ...options, status: 'ready', truncated: subgraph.truncated });
  return restartLayoutIfGrown(state, { ...state, dataset, expansions });
};

/** The expansion failed; the notice says why and the node counts as not expanded. */
export const expandFailed = (nodeId: string, notice: Notice): Producer => (state) => {
  const expansions = new Map(state.expansions);
  expansions.delete(nodeId);
  return { ...state, expansions, notice };
};

/**
 * Collapses `nodeId`: removes what its expansion added unless something else
 * holds it (the overview, another expansion, a focused entity, the selection,
 * the paths); nodes that leave take their own expansions with them.
 */
export const collapse = (nodeId: string): Producer => (state) => {
  if (!state.expansions.has(nodeId)) return state;
  const keep = pinnedNodes(state);
  const expansions = new Map<string, Expansion>(state.expansions);
  let dataset: Dataset = state.dataset;
  const queue = [nodeId];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (!expansions.delete(next)) continue;
    const released = releaseOrigin(dataset, `expand:${next}`, keep);
    dataset = released.dataset;
    queue.push(...released.removed.filter((id) => expansions.has(id)));
  }
  return { ...state, dataset, expansions };
};
