/**
 * Turns sigma's pointer events into state changes: hover, select a node,
 * clear the selection on the background. Renders nothing.
 */
import type Sigma from 'sigma';
import type { Actions } from '../actions/index.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { clearSelection, hoverNode } from '../state/selection.ts';
import type { Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';

/** Binds the sigma events; returns a function that unbinds them. */
export function startEventsController(
  store: Store<AppState>,
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  actions: Actions,
): () => void {
  const container = sigma.getContainer();
  const onEnter = ({ node }: { node: string }): void => {
    container.style.cursor = 'pointer';
    store.update(hoverNode(node));
  };
  const onLeave = (): void => {
    container.style.cursor = '';
    store.update(hoverNode(null));
  };
  const onClick = ({ node }: { node: string }): void => void actions.select(node);
  const onStage = (): void => store.update(clearSelection());

  sigma.on('enterNode', onEnter);
  sigma.on('leaveNode', onLeave);
  sigma.on('clickNode', onClick);
  sigma.on('clickStage', onStage);
  return () => {
    sigma.off('enterNode', onEnter);
    sigma.off('leaveNode', onLeave);
    sigma.off('clickNode', onClick);
    sigma.off('clickStage', onStage);
  };
}
