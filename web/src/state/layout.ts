/**
 * Producers for the ForceAtlas2 run: the layout controller starts or stops the
 * worker to match `layout.running`, and stops it itself once positions settle.
 */
import type { AppState, Producer } from './types.ts';

/** Starts a new layout run (also after new nodes arrive). */
export const startLayout = (): Producer => (state) => ({
  ...state,
  layout: { running: true, runs: state.layout.runs + 1 },
});

/** Stops the layout run, whether the user asked or the positions settled. */
export const stopLayout = (): Producer => (state) =>
  state.layout.running ? { ...state, layout: { ...state.layout, running: false } } : state;

/** Starts a run when nodes were added between `previous` and `state` (a new edge alone does not move the picture). */
export function restartLayoutIfGrown(previous: AppState, state: AppState): AppState {
  return state.dataset.nodes === previous.dataset.nodes ? state : startLayout()(state);
}
