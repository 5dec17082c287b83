/**
 * Moves the camera to a node when the state asks for it (search, a click in the
 * panel). A node added in the same step has no display data until sigma has
 * rendered it, so the move waits for that render. If the layout is running, the
 * node keeps moving: the camera goes to it again once the run stops, as long
 * as it is still the selected node. Renders nothing.
 */
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { watch, type Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';

/** The zoom ratio a focused node is shown at (smaller: closer). */
export const FOCUS_RATIO = 0.5;
export const FOCUS_DURATION_MS = 600;

/** Follows camera requests in the store; returns the unsubscribe function. */
export function startCameraController(store: Store<AppState>, sigma: Sigma<NodeAttributes, EdgeAttributes>): () => void {
  let followUntilSettled: string | null = null;

  const moveTo = (nodeId: string): void => {
    const position = sigma.getNodeDisplayData(nodeId);
    if (position === undefined) return;
    const camera = sigma.getCamera();
    void camera.animate(
      { x: position.x, y: position.y, ratio: Math.min(camera.ratio, FOCUS_RATIO) },
      { duration: FOCUS_DURATION_MS },
    );
  };

  const unwatchRequests = watch(
    store,
    (state) => state.camera,
    (request) => {
      if (request === null || !sigma.getGraph().hasNode(request.nodeId)) return;
      followUntilSettled = store.get().layout.running ? request.nodeId : null;
      if (sigma.getNodeDisplayData(request.nodeId) !== undefined) moveTo(request.nodeId);
      else sigma.once('afterRender', () => moveTo(request.nodeId));
    },
  );
  const unwatchLayout = watch(
    store,
    (state) => state.layout.running,
    (running) => {
      const nodeId = followUntilSettled;
      if (running || nodeId === null) return;
      followUntilSettled = null;
      if (store.get().selected === nodeId && sigma.getGraph().hasNode(nodeId)) moveTo(nodeId);
    },
  );
  return () => {
    unwatchRequests();
    unwatchLayout();
  };
}
