/**
 * Moves the camera to a node when the state asks for it (search, a click in the
 * panel). A node added in the same step has no display data until sigma has
 * rendered it, so the move waits for that render. Renders nothing.
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
  const moveTo = (nodeId: string): void => {
    const position = sigma.getNodeDisplayData(nodeId);
    if (position === undefined) return;
    const camera = sigma.getCamera();
    void camera.animate(
      { x: position.x, y: position.y, ratio: Math.min(camera.ratio, FOCUS_RATIO) },
      { duration: FOCUS_DURATION_MS },
    );
  };

  return watch(
    store,
    (state) => state.camera,
    (request) => {
      if (request === null || !sigma.getGraph().hasNode(request.nodeId)) return;
      if (sigma.getNodeDisplayData(request.nodeId) !== undefined) moveTo(request.nodeId);
      else sigma.once('afterRender', () => moveTo(request.nodeId));
    },
  );
}
