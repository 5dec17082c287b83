/**
 * The explorer's composition root: the store, the sigma renderer over an empty
 * graph, the controllers (in pipeline order) and the panels. main.ts starts it
 * against the API; the web benchmark starts it without loading anything.
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { createActions, DEFAULT_LIMITS, type Actions } from './actions/index.ts';
import type { Api } from './api.ts';
import { startCameraController } from './controllers/cameraController.ts';
import { startConsoleGraphController, type ConsoleGraphController } from './controllers/consoleGraphController.ts';
import { startEventsController } from './controllers/eventsController.ts';
import { startGraphController } from './controllers/graphController.ts';
import { startHighlightController } from './controllers/highlightController.ts';
import { pageStorage, startHistoryStorageController } from './controllers/historyStorageController.ts';
import { startLayoutController } from './controllers/layoutController.ts';
import { startPerformanceController } from './controllers/performanceController.ts';
import { SIGMA_SETTINGS } from './controllers/sigmaSettings.ts';
import { startUrlController, type UrlController } from './controllers/urlController.ts';
import type { EdgeAttributes, NodeAttributes } from './graph/types.ts';
import { translate, type Locale } from './i18n/index.ts';
import { mountAppearancePanel } from './panels/appearancePanel.ts';
import { mountConsolePanel } from './panels/console/consolePanel.ts';
import { mountDetailPanel } from './panels/detailPanel.ts';
import { mountExportPanel } from './panels/exportPanel.ts';
import { mountFiltersPanel } from './panels/filtersPanel.ts';
import { mountLegend } from './panels/legendPanel.ts';
import { mountPathsPanel } from './panels/pathsPanel.ts';
import { mountReaderDialog } from './panels/readerDialog.ts';
import { mountSearchPanel } from './panels/searchPanel.ts';
import { mountNotice, mountStatus } from './panels/statusPanel.ts';
import { mountToolbar } from './panels/toolbar.ts';
import { createDerivedStore, type DerivedStore } from './state/derived.ts';
import { initialState } from './state/initial.ts';
import { createStore, watch, type Store } from './state/store.ts';
import type { AppState } from './state/types.ts';

/** Seed of starting positions and community detection: the same data always gives the same picture. */
export const LAYOUT_SEED = 20250101;

export interface Explorer {
  readonly store: Store<AppState>;
  readonly derived: DerivedStore;
  readonly actions: Actions;
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  readonly url: UrlController;
  /** The Cypher console's renderer (created when its graph view is first shown). */
  readonly consoleGraph: ConsoleGraphController;
}

/** Resolves once no layout run is going on. */
function layoutSettled(store: Store<AppState>): Promise<void> {
  return new Promise((resolve) => {
    if (!store.get().layout.running) return resolve();
    const stop = store.subscribe((state) => {
      if (state.layout.running) return;
      stop();
      resolve();
    });
  });
}

function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`index.html has no element #${id}; the explorer cannot start without it`);
  return found as T;
}

function mountPanels(explorer: Omit<Explorer, 'url' | 'consoleGraph'>): void {
  const { store, derived, actions, sigma } = explorer;
  mountSearchPanel(element('search'), store, actions);
  mountToolbar(element('toolbar'), store, actions);
  mountNotice(element('notice'), store);
  mountFiltersPanel(element('filters'), store, derived);
  mountAppearancePanel(element('appearance'), store);
  mountPathsPanel(element('paths'), store, actions);
  mountExportPanel(element('export'), store, derived, sigma);
  mountLegend(element('legend'), store, derived);
  mountStatus(element('status'), store, derived);
  mountDetailPanel(element('detail'), store, actions);
  mountReaderDialog(element<HTMLDialogElement>('reader'), store);
}

export interface ExplorerOptions {
  readonly locale: Locale;
  /** How many of the most connected entities the first screen shows. */
  readonly overviewLimit?: number;
}

/** Starts the explorer in the page's elements over `api`. */
export function startExplorer(api: Api, options: ExplorerOptions): Explorer {
  const store = createStore(initialState(options.locale));
  const derived = createDerivedStore();
  const limits = { ...DEFAULT_LIMITS, overview: options.overviewLimit ?? DEFAULT_LIMITS.overview };
  const actions = createActions(store, api, { limits, settle: () => layoutSettled(store) });
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const sigma = new Sigma(graph, element('graph'), SIGMA_SETTINGS);

  // Order matters: program choice before the sync, the sync before highlight and camera read the graph.
  startPerformanceController(store, sigma);
  startGraphController(store, derived, graph, LAYOUT_SEED);
  startLayoutController(store, graph);
  startHighlightController(store, derived, sigma);
  startCameraController(store, sigma);
  startEventsController(store, sigma, actions);
  mountPanels({ store, derived, actions, sigma });
  // The console panel subscribes before its graph controller, so the graph view is shown before sigma measures it.
  const consolePanel = mountConsolePanel(element('console'), [element('controls'), element('graph-area')], store, actions);
  const consoleGraph = startConsoleGraphController(store, consolePanel.graphContainer, actions, LAYOUT_SEED);
  startHistoryStorageController(store, pageStorage());
  const url = startUrlController(store, actions);

  watch(
    store,
    (state) => state.locale,
    (current) => {
      document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
      document.title = translate(current, 'app.title');
      element('app-title').textContent = translate(current, 'app.title');
      element('graph-area').setAttribute('aria-label', translate(current, 'app.graphLabel'));
      element('controls').setAttribute('aria-label', translate(current, 'app.controlsLabel'));
    },
    { immediate: true },
  );
  return { store, derived, actions, sigma, url, consoleGraph };
}
