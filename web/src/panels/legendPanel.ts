/** The legend: what each colour means (entity types or communities), with counts on the graph. */
import type { LegendEntry } from '../appearance/nodes.ts';
import { entityTypeKey, translator, type Translate } from '../i18n/index.ts';
import type { DerivedStore } from '../state/derived.ts';
import type { Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';
import { h, replaceChildren } from './dom.ts';

function entryLabel(entry: LegendEntry, t: Translate): string {
  switch (entry.kind) {
    case 'type':
      return t(entityTypeKey(entry.type));
    case 'community':
      return t('legend.community', { n: entry.rank + 1 });
    case 'otherCommunities':
      return t('legend.otherCommunities', { n: entry.communities });
  }
}

function entryKey(entry: LegendEntry): string {
  return entry.kind === 'type' ? entry.type : entry.kind === 'community' ? `community-${entry.rank}` : 'other';
}

/** Renders the legend into `root` whenever the legend or the language changes. */
export function mountLegend(root: HTMLElement, store: Store<AppState>, derived: DerivedStore): () => void {
  root.setAttribute('aria-labelledby', 'legend-title');
  const render = (): void => {
    const state = store.get();
    const t = translator(state.locale);
    const title = state.appearance.color === 'community' ? t('legend.communities') : t('legend.title');
    const rows = derived.get().legend.map((entry) =>
      h(
        'li',
        { 'data-type': entryKey(entry) },
        h('span', { class: 'dot', style: `background:${entry.color}`, 'aria-hidden': 'true' }),
        h('span', { class: 'legend-name' }, entryLabel(entry, t)),
        h('span', { class: 'legend-count' }, entry.count),
      ),
    );
    replaceChildren(root, h('h2', { id: 'legend-title' }, title), h('ul', {}, ...rows));
  };
  render();
  const stopDerived = derived.subscribe((next, previous) => {
    if (next.legend !== previous.legend) render();
  });
  const stopState = store.subscribe((state, previous) => {
    if (state.locale !== previous.locale || state.appearance !== previous.appearance) render();
  });
  return () => {
    stopDerived();
    stopState();
  };
}
