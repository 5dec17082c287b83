/**
 * The explorer's entry point: builds the store, the sigma renderer over an
 * empty graph, the controllers (in pipeline order) and the panels, then loads
 * the overview.
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { createActions } from './actions.ts';
import { createApi } from './api.ts';
import { startCameraController } from './controllers/cameraController.ts';
import { startEventsController } from './controllers/eventsController.ts';
import { startGraphController } from './controllers/graphController.ts';
import { startHighlightController } from './controllers/highlightController.ts';
import { startLayoutController } from './controllers/layoutController.ts';
import { SIGMA_SETTINGS } from './controllers/sigmaSettings.ts';
import type { EdgeAttributes, NodeAttributes } from './graph/types.ts';
import { parseLocale, translate, type Locale } from './i18n/index.ts';
import { mountDetailPanel } from './panels/detailPanel.ts';
import { mountLegend } from './panels/legendPanel.ts';
import { mountSearchPanel } from './panels/searchPanel.ts';
import { mountNotice, mountStatus } from './panels/statusPanel.ts';
import { mountToolbar } from './panels/toolbar.ts';
import { initialState } from './state/initial.ts';
import { createStore, watch } from './state/store.ts';
import { installTestHooks } from './testHooks.ts';

/** Seed of the starting positions: the same data always gives the same picture. */
const LAYOUT_SEED = 20250101;

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`index.html has no element #${id}; the explorer cannot start without it`);
  return found;
}

function startingLocale(): Locale {
  return parseLocale(new URLSearchParams(location.search).get('lang')) ?? parseLocale(navigator.language) ?? 'zh';
}

function start(): void {
  const store = createStore(initialState(startingLocale()));
  const api = createApi();
  const actions = createActions(store, api);
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const sigma = new Sigma(graph, element('graph'), SIGMA_SETTINGS);

  // Order matters: the graph is synced before highlight and camera read it.
  startGraphController(store, graph, LAYOUT_SEED);
  startLayoutController(store, graph);
  startHighlightController(store, sigma);
  startCameraController(store, sigma);
  startEventsController(store, sigma, actions);

  mountSearchPanel(element('search'), store, actions);
  mountToolbar(element('toolbar'), store);
  mountNotice(element('notice'), store);
  mountLegend(element('legend'), store);
  mountStatus(element('status'), store);
  mountDetailPanel(element('detail'), store, actions);

  watch(
    store,
    (state) => state.locale,
    (locale) => {
      document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
      document.title = translate(locale, 'app.title');
      element('app-title').textContent = translate(locale, 'app.title');
      element('graph-area').setAttribute('aria-label', translate(locale, 'app.graphLabel'));
    },
    { immediate: true },
  );
  installTestHooks(location.search, store, sigma);
  void actions.loadOverview();
}

start();
