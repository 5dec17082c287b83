/** Export buttons generated from the exporter registry: PNG of the view, GEXF, GraphML and JSON of the visible graph. */
import type Sigma from 'sigma';
import { download, EXPORTERS, type Exporter } from '../export/registry.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import { translator } from '../i18n/index.ts';
import type { DerivedStore } from '../state/derived.ts';
import type { Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';
import { h } from './dom.ts';

/** The file name of an export: policygraph-YYYY-MM-DD.ext. */
export function exportFileName(exporter: Pick<Exporter, 'extension'>, now: Date): string {
  return `policygraph-${now.toISOString().slice(0, 10)}.${exporter.extension}`;
}

/** Builds the export buttons in `root`. */
export function mountExportPanel(root: HTMLElement, store: Store<AppState>, derived: DerivedStore, sigma: Sigma<NodeAttributes, EdgeAttributes>): () => void {
  const title = h('summary', {});
  const status = h('p', { class: 'hint', role: 'status' });
  const buttons = EXPORTERS.map((exporter) =>
    h(
      'button',
      {
        type: 'button',
        id: `export-${exporter.id}`,
        on: {
          click: async () => {
            const blob = await exporter.run({ sigma, graph: sigma.getGraph(), visible: derived.get().visible });
            download(blob, exportFileName(exporter, new Date()));
            status.textContent = translator(store.get().locale)('export.done', { format: exporter.extension.toUpperCase() });
          },
        },
      },
      exporter.extension.toUpperCase(),
    ),
  );
  const hint = h('p', { class: 'hint' });
  root.append(h('details', { open: true }, title, hint, h('div', { class: 'export-buttons' }, ...buttons), status));
  const render = (state: AppState): void => {
    const t = translator(state.locale);
    title.textContent = t('export.title');
    hint.textContent = t('export.hint');
    for (const [i, button] of buttons.entries()) button.setAttribute('aria-label', t('export.button', { format: EXPORTERS[i]?.extension.toUpperCase() ?? '' }));
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    if (state.locale !== previous.locale) render(state);
  });
}
