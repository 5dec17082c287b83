/**
 * Draws the Cypher console's answer with a second sigma renderer, created the
 * first time the graph view is shown (a renderer needs a container with a
 * size). Each new answer becomes a new laid-out graph (cypher/layout.ts);
 * clicking a node that is an Entity opens the normal entity panel, and the
 * selected entity is highlighted. Renders nothing else.
 */
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { Actions } from '../actions/index.ts';
import { LABEL_COLOR } from '../appearance/palette.ts';
import { resultToGraph } from '../cypher/graph.ts';
import { buildConsoleGraph, type ConsoleEdgeAttributes, type ConsoleNodeAttributes } from '../cypher/layout.ts';
import { LABEL_FONT } from './sigmaSettings.ts';
import { watch, type Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';

export type ConsoleRenderer = Sigma<ConsoleNodeAttributes, ConsoleEdgeAttributes>;

export interface ConsoleGraphController {
  /** The renderer, once the graph view has been shown. */
  renderer(): ConsoleRenderer | null;
  stop(): void;
}

function settings(store: Store<AppState>): Partial<Settings<ConsoleNodeAttributes, ConsoleEdgeAttributes>> {
  return {
    labelFont: LABEL_FONT,
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: LABEL_COLOR },
    labelRenderedSizeThreshold: 5,
    defaultEdgeType: 'arrow',
    zIndex: true,
    stagePadding: 30,
    // The view may be hidden (another tab, the console closed) when sigma renders.
    allowInvalidContainer: true,
    nodeReducer: (_node, data) => (data.entityId !== '' && data.entityId === store.get().selected ? { ...data, highlighted: true, forceLabel: true, zIndex: 1 } : data),
  };
}

function bindEvents(renderer: ConsoleRenderer, actions: Actions): void {
  const container = renderer.getContainer();
  const entityOf = (node: string): string => renderer.getGraph().getNodeAttribute(node, 'entityId');
  renderer.on('enterNode', ({ node }) => {
    container.style.cursor = entityOf(node) === '' ? 'default' : 'pointer';
  });
  renderer.on('leaveNode', () => {
    container.style.cursor = '';
  });
  renderer.on('clickNode', ({ node }) => {
    const entityId = entityOf(node);
    if (entityId !== '') void actions.select(entityId);
  });
}

/** Follows the console's answer and view; draws into `container` while the graph view is shown. */
export function startConsoleGraphController(store: Store<AppState>, container: HTMLElement, actions: Actions, seed: number): ConsoleGraphController {
  let renderer: ConsoleRenderer | null = null;
  let drawn: AppState['cypher']['result'] = null;

  const draw = (state: AppState): void => {
    const { open, view, result } = state.cypher;
    if (!open || view !== 'graph' || result === null) return;
    if (renderer === null) {
      renderer = new Sigma(buildConsoleGraph(resultToGraph(result), seed), container, settings(store));
      bindEvents(renderer, actions);
      drawn = result;
      return;
    }
    if (drawn !== result) {
      renderer.setGraph(buildConsoleGraph(resultToGraph(result), seed));
      renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      drawn = result;
    }
    // Shown again after being hidden: take the container's size now.
    renderer.refresh();
  };

  const unwatchView = watch(store, (state) => (state.cypher.open && state.cypher.view === 'graph' ? state.cypher.result : null), () => draw(store.get()), { immediate: true });
  const unwatchSelection = watch(store, (state) => state.selected, () => renderer?.refresh());
  return {
    renderer: () => renderer,
    stop() {
      unwatchView();
      unwatchSelection();
      renderer?.kill();
      renderer = null;
    },
  };
}
