/**
 * Hover, selection and path highlighting through sigma's reducers, and the
 * level of detail while the camera moves over a large graph. The sets are
 * rebuilt only when the hovered or selected node, the paths on show or the
 * graph change (the level-of-detail set when a move starts); the reducers
 * installed once read the current sets. Renders nothing.
 */
import type Sigma from 'sigma';
import { computeHighlight, NO_HIGHLIGHT, reduceEdge, reduceNode, type Highlight, type PathSets } from '../appearance/highlight.ts';
import { nodesShownWhileMoving } from '../appearance/levelOfDetail.ts';
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
  let shownWhileMoving: ReadonlySet<string> | null = null;
  sigma.setSetting('nodeReducer', (node, data) => reduceNode(highlight, node, data, shownWhileMoving));
  sigma.setSetting('edgeReducer', (edge, data) => reduceEdge(highlight, edge, data));

  const update = (): void => {
    const { hovered, selected, paths } = store.get();
    highlight = computeHighlight(graph, hovered, selected, pathSets(paths));
    // Also right after a graph change: sigma has indexed the new items as they came and
    // scheduled a full refresh; processing and drawing now is the cheaper way to the first frame.
    sigma.refresh({ skipIndexation: true });
  };
  update();
  const stopState = store.subscribe((state, previous) => {
    if (state.hovered !== previous.hovered || state.selected !== previous.selected || state.paths !== previous.paths) update();
  });
  // The graph controller publishes derived state after each sync: the graph may have changed.
  const stopDerived = derived.subscribe(update);
  let hiddenWhileMoving: string[] = [];
  const stopMoves = followMoves(sigma, (moving) => {
    if (moving) {
      shownWhileMoving = nodesShownWhileMoving(graph);
      hiddenWhileMoving = shownWhileMoving === null ? [] : graph.filterNodes((node) => !shownWhileMoving?.has(node));
    } else {
      shownWhileMoving = null;
    }
    if (hiddenWhileMoving.length > 0) repaintNodes(sigma, hiddenWhileMoving);
    if (!moving) hiddenWhileMoving = [];
  });
  return () => {
    stopState();
    stopDerived();
    stopMoves();
  };
}

/**
 * Re-reduces only `nodes` and repaints on the next frame, without processing
 * the 100k edges again (what makes level of detail cheap to switch). Sigma
 * 3.0.3 cannot repaint a node added in the same tick; if one is among them,
 * a full refresh (which re-indexes everything) does the same job.
 */
function repaintNodes(sigma: Sigma<NodeAttributes, EdgeAttributes>, nodes: string[]): void {
  try {
    sigma.refresh({ partialGraph: { nodes }, skipIndexation: true, schedule: true });
  } catch {
    sigma.scheduleRefresh();
  }
}

/** Quiet time after the last camera update before a move counts as over. */
export const MOVE_END_MS = 150;

/** Calls `onChange(true)` when the camera starts moving and `onChange(false)` once it has stopped. */
function followMoves(sigma: Sigma<NodeAttributes, EdgeAttributes>, onChange: (moving: boolean) => void): () => void {
  const camera = sigma.getCamera();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onUpdated = (): void => {
    if (timer === undefined) onChange(true);
    clearTimeout(timer);
    const end = (): void => {
      // A slow frame is not the end of an animation.
      if (camera.isAnimated()) {
        timer = setTimeout(end, MOVE_END_MS);
        return;
      }
      timer = undefined;
      onChange(false);
    };
    timer = setTimeout(end, MOVE_END_MS);
  };
  camera.on('updated', onUpdated);
  return () => {
    clearTimeout(timer);
    camera.off('updated', onUpdated);
  };
}
