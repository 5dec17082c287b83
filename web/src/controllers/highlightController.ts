/**
 * Hover, selection and path highlighting through sigma's reducers. The sets
 * are rebuilt only when the hovered or selected node, the paths on show or the
 * graph change; the reducers installed once read the current sets. Renders nothing.
 */
import type Sigma from 'sigma';
import { computeHighlight, NO_HIGHLIGHT, reduceEdge, reduceNode, type Highlight, type PathSets } from '../appearance/highlight.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import type { DerivedStore } from '../state/derived.ts';
import type { Store } from '../state/store.ts';
import type { AppState, PathsState } from '../state/types.ts';

/** The nodes and relations of the path on show (or of all paths). */
export function pathSets(paths: PathsState): PathSets | null {
  const found = paths.result?.paths ?? [];
  const shown = paths.active >= 0 ? found.slice(paths.active, paths.active + 1) : found;
  if (shown.length === 0) return null;
  return { nodes: new Set(shown.flatMap((path) => path.nodes)), edges: new Set(shown.flatMap((path) => path.edges)) };
}

/** Installs the reducers on `sigma` and keeps the highlight current; returns the unsubscribe function. */
export function startHighlightController(
  store: Store<AppState>,
  derived: DerivedStore,
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
): () => void {
  const graph = sigma.getGraph();
  let highlight: Highlight = NO_HIGHLIGHT;
  sigma.setSetting('nodeReducer', (node, data) => reduceNode(highlight, node, data));
  sigma.setSetting('edgeReducer', (edge, data) => reduceEdge(highlight, edge, data));

  const update = (): void => {
    const { hovered, selected, paths } = store.get();
    highlight = computeHighlight(graph, hovered, selected, pathSets(paths));
    sigma.refresh({ skipIndexation: true });
  };
  update();
  const stopState = store.subscribe((state, previous) => {
    if (state.hovered !== previous.hovered || state.selected !== previous.selected || state.paths !== previous.paths) update();
  });
  // The graph controller publishes derived state after each sync: the graph may have changed.
  const stopDerived = derived.subscribe(update);
  return () => {
    stopState();
    stopDerived();
  };
}
