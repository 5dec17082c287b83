/**
 * The console's results: how many rows (and that the server cut them short),
 * and two tabs — the table, and the graph that the console graph controller
 * draws into `graphContainer`, with a legend of node labels and relationship
 * types. Built once; `update` redraws only what changed.
 */
import type { CypherResponse } from '../../../../schema/api.ts';
import { resultToGraph, type ConsoleLegendEntry } from '../../cypher/graph.ts';
import { resultToTable } from '../../cypher/table.ts';
import type { Translate } from '../../i18n/index.ts';
import { showCypherView } from '../../state/cypher.ts';
import type { Store } from '../../state/store.ts';
import type { AppState, CypherView } from '../../state/types.ts';
import { h, replaceChildren } from '../dom.ts';
import { tableElement } from './resultTable.ts';

export interface Results {
  readonly element: HTMLElement;
  /** Where the console graph controller draws. */
  readonly graphContainer: HTMLElement;
  update(state: AppState, previous: AppState | null, t: Translate): void;
}

const VIEWS: readonly CypherView[] = ['table', 'graph'];

function legendList(title: string, entries: readonly ConsoleLegendEntry[], kind: 'label' | 'type'): HTMLElement | null {
  if (entries.length === 0) return null;
  const swatch = (color: string): HTMLElement => h('span', { class: kind === 'label' ? 'dot' : 'line-swatch', style: `background:${color}`, 'aria-hidden': 'true' });
  return h(
    'div',
    {},
    h('h4', {}, title),
    h('ul', {}, ...entries.map((entry) => h('li', { [`data-${kind}`]: entry.name }, swatch(entry.color), entry.name, h('span', { class: 'legend-count' }, entry.count)))),
  );
}

function createTabs(store: Store<AppState>): { tablist: HTMLElement; tabs: HTMLButtonElement[] } {
  const tabs = VIEWS.map((view) =>
    h('button', { type: 'button', role: 'tab', id: `cypher-tab-${view}`, 'aria-controls': `cypher-${view}-panel`, 'data-view': view, on: { click: () => store.update(showCypherView(view)) } }),
  );
  const tablist = h('div', { role: 'tablist', class: 'tabs' }, ...tabs);
  // Arrow keys move between the two tabs (the ARIA tabs pattern).
  tablist.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = store.get().cypher.view === 'table' ? 'graph' : 'table';
    store.update(showCypherView(next));
    document.getElementById(`cypher-tab-${next}`)?.focus();
  });
  return { tablist, tabs };
}

/** The parts of the results area that show the answer. */
interface AnswerParts {
  readonly count: HTMLElement;
  readonly truncated: HTMLElement;
  readonly tablePanel: HTMLElement;
  readonly legend: HTMLElement;
  readonly graphStatus: HTMLElement;
}

function renderAnswer(parts: AnswerParts, result: CypherResponse | null, t: Translate, open: (entityId: string) => void): void {
  const { count, truncated, tablePanel, legend, graphStatus } = parts;
  if (result === null) {
    count.textContent = '';
    truncated.hidden = true;
    replaceChildren(tablePanel, h('p', { class: 'hint' }, t('console.noResult')));
    replaceChildren(legend);
    graphStatus.textContent = '';
    return;
  }
  count.textContent = t('console.rowCount', { count: result.rows.length });
  truncated.hidden = !result.truncated;
  truncated.textContent = t('console.truncated', { count: result.rows.length });
  replaceChildren(tablePanel, result.rows.length === 0 ? h('p', { class: 'hint' }, t('console.noRows')) : tableElement(resultToTable(result), t, open));
  const graph = resultToGraph(result);
  replaceChildren(legend, legendList(t('console.nodeLabels'), graph.nodeTypes, 'label'), legendList(t('console.relationshipTypes'), graph.edgeTypes, 'type'));
  legend.hidden = graph.nodes.length === 0;
  graphStatus.textContent =
    graph.nodes.length === 0 ? t('console.graphEmpty') : `${t('console.graphCounts', { nodes: graph.nodes.length, edges: graph.edges.length })} · ${t('console.graphHint')}`;
}

/** Builds the results area over `store`; `open` opens an entity's panel. */
export function createResults(store: Store<AppState>, open: (entityId: string) => void): Results {
  const title = h('h3', { id: 'cypher-results-title' });
  const { tablist, tabs } = createTabs(store);
  const parts: AnswerParts = {
    count: h('span', { class: 'row-count', role: 'status' }),
    truncated: h('p', { class: 'truncated-warning', role: 'note', hidden: true }),
    tablePanel: h('div', { role: 'tabpanel', id: 'cypher-table-panel', 'aria-labelledby': 'cypher-tab-table', class: 'table-scroll', tabindex: 0 }),
    legend: h('div', { class: 'console-legend' }),
    graphStatus: h('p', { class: 'console-graph-status', role: 'status' }),
  };
  const graphContainer = h('div', { id: 'cypher-graph', class: 'console-graph' });
  const graphPanel = h('div', { role: 'tabpanel', id: 'cypher-graph-panel', 'aria-labelledby': 'cypher-tab-graph', class: 'graph-panel', hidden: true }, graphContainer, parts.legend, parts.graphStatus);
  const bar = h('div', { class: 'results-bar' }, title, parts.count, tablist);
  const element = h('section', { class: 'cypher-results', 'aria-labelledby': 'cypher-results-title' }, bar, parts.truncated, parts.tablePanel, graphPanel);
  return {
    element,
    graphContainer,
    update(state, previous, t) {
      const localeChanged = previous === null || previous.locale !== state.locale;
      if (localeChanged) {
        title.textContent = t('console.results');
        tabs.forEach((tab, i) => (tab.textContent = t(VIEWS[i] === 'table' ? 'console.viewTable' : 'console.viewGraph')));
      }
      const view = state.cypher.view;
      tabs.forEach((tab, i) => {
        tab.setAttribute('aria-selected', VIEWS[i] === view ? 'true' : 'false');
        tab.tabIndex = VIEWS[i] === view ? 0 : -1;
      });
      parts.tablePanel.hidden = view !== 'table';
      graphPanel.hidden = view !== 'graph';
      if (localeChanged || previous.cypher.result !== state.cypher.result) renderAnswer(parts, state.cypher.result, t, open);
    },
  };
}
