/** The legend: each entity type on the graph with its colour and count. */
import { legendEntries } from '../appearance/nodes.ts';
import { entityTypeKey, translator } from '../i18n/index.ts';
import type { Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';
import { h, replaceChildren } from './dom.ts';

/** Renders the legend into `root` whenever the dataset or the language changes. */
export function mountLegend(root: HTMLElement, store: Store<AppState>): () => void {
  root.setAttribute('aria-labelledby', 'legend-title');
  const render = (state: AppState): void => {
    const t = translator(state.locale);
    const rows = legendEntries(state.dataset.nodes.values()).map((entry) =>
      h(
        'li',
        { 'data-type': entry.type },
        h('span', { class: 'dot', style: `background:${entry.color}`, 'aria-hidden': 'true' }),
        h('span', { class: 'legend-name' }, t(entityTypeKey(entry.type))),
        h('span', { class: 'legend-count' }, entry.count),
      ),
    );
    replaceChildren(root, h('h2', { id: 'legend-title' }, t('legend.title')), h('ul', {}, ...rows));
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    if (state.dataset.nodes !== previous.dataset.nodes || state.locale !== previous.locale) render(state);
  });
}
