/**
 * The camera: moves to a node when the state asks for it (search, a click in
 * the panel), restores a camera from a link once the layout has settled, and
 * reports camera moves (debounced) so the URL can keep them. A node added in
 * the same step has no display data until sigma has rendered it, so a move
 * waits for that render. While the layout runs the node keeps moving: the
 * camera goes to it again once the run stops. Renders nothing.
 */
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { cameraMoved, restoreView } from '../state/selection.ts';
import { watch, type Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';

/** The zoom ratio a focused node is shown at (smaller: closer). */
export const FOCUS_RATIO = 0.5;
export const FOCUS_DURATION_MS = 600;
/** Quiet time after a camera move before it is reported. */
export const CAMERA_REPORT_MS = 300;

type Renderer = Sigma<NodeAttributes, EdgeAttributes>;

/** Follows camera requests in the store; returns the unsubscribe function. */
export function startCameraController(store: Store<AppState>, sigma: Renderer): () => void {
  let followUntilSettled: string | null = null;
  // Bumped by every move request and every restored view: a move waiting for a render runs only if nothing came after it.
  let generation = 0;
  const moveTo = (nodeId: string): void => {
    const position = sigma.getNodeDisplayData(nodeId);
    if (position === undefined) return;
    const camera = sigma.getCamera();
    void camera.animate({ x: position.x, y: position.y, ratio: Math.min(camera.ratio, FOCUS_RATIO) }, { duration: FOCUS_DURATION_MS });
  };
  const restorePending = (): void => {
    const { pendingView, layout } = store.get();
    if (pendingView === null || layout.running || sigma.getGraph().order === 0) return;
    store.update(restoreView(null));
    // The view of a link is the last word: no move asked for before it may follow it, and a move
    // still animating (to the node the replay selected) would overwrite a plain setState frame by frame.
    generation++;
    followUntilSettled = null;
    const camera = sigma.getCamera();
    const view = { ...pendingView, angle: 0 };
    if (camera.isAnimated()) void camera.animate(view, { duration: 1 });
    else camera.setState(view);
  };

  const unwatchRequests = watch(
    store,
    (state) => state.camera,
    (request) => {
      if (request === null || !sigma.getGraph().hasNode(request.nodeId)) return;
      const requested = ++generation;
      followUntilSettled = store.get().layout.running ? request.nodeId : null;
      if (sigma.getNodeDisplayData(request.nodeId) !== undefined) moveTo(request.nodeId);
      else sigma.once('afterRender', () => requested === generation && moveTo(request.nodeId));
    },
  );
  const unwatchLayout = watch(
    store,
    (state) => state.layout.running,
    (running) => {
      if (running) return;
      restorePending();
      const nodeId = followUntilSettled;
      followUntilSettled = null;
      if (nodeId !== null && store.get().selected === nodeId && sigma.getGraph().hasNode(nodeId)) moveTo(nodeId);
    },
  );
  const unwatchPending = watch(store, (state) => state.pendingView, restorePending);
  const stopReporting = reportMoves(store, sigma);
  return () => {
    unwatchRequests();
    unwatchLayout();
    unwatchPending();
    stopReporting();
  };
}

function reportMoves(store: Store<AppState>, sigma: Renderer): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const camera = sigma.getCamera();
  const onUpdated = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const { x, y, ratio } = camera.getState();
      store.update(cameraMoved({ x, y, ratio }));
    }, CAMERA_REPORT_MS);
  };
  camera.on('updated', onUpdated);
  return () => {
    clearTimeout(timer);
    camera.off('updated', onUpdated);
  };
}
