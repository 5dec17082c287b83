/**
 * Hover and selection highlighting through sigma's reducers. The neighbour sets
 * are rebuilt only when the hovered or selected node (or the graph) changes;
 * the reducers installed once read the current sets. Renders nothing.
 */
import type Sigma from 'sigma';
import { computeHighlight, NO_HIGHLIGHT, reduceEdge, reduceNode, type Highlight } from '../appearance/highlight.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import type { Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';

/** Installs the reducers on `sigma` and keeps the highlight current; returns the unsubscribe function. */
export function startHighlightController(
  store: Store<AppState>,
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
): () => void {
  const graph = sigma.getGraph();
  let highlight: Highlight = NO_HIGHLIGHT;
  sigma.setSetting('nodeReducer', (node, data) => reduceNode(highlight, node, data));
  sigma.setSetting('edgeReducer', (edge, data) => reduceEdge(highlight, edge, data));

  const update = (): void => {
    const { hovered, selected } = store.get();
    highlight = computeHighlight(graph, hovered, selected);
    sigma.refresh({ skipIndexation: true });
  };
  update();
  // Registered after the graph controller, so the graph already shows a new dataset here.
  return store.subscribe((state, previous) => {
    if (state.hovered !== previous.hovered || state.selected !== previous.selected || state.dataset !== previous.dataset) {
      update();
    }
  });
}
