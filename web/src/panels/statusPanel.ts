/**
 * The status line under the graph (loading, counts, truncation) and the notice
 * banner that shows why a request failed.
 */
import { translator, type Translate } from '../i18n/index.ts';
import type { DerivedStore } from '../state/derived.ts';
import type { Store } from '../state/store.ts';
import { dismissNotice } from '../state/ui.ts';
import type { AppState, Notice } from '../state/types.ts';
import { h, replaceChildren } from './dom.ts';

/** Renders the status line into `root`: what is shown out of what is loaded. */
export function mountStatus(root: HTMLElement, store: Store<AppState>, derived: DerivedStore): () => void {
  root.setAttribute('role', 'status');
  const render = (): void => {
    const state = store.get();
    const t = translator(state.locale);
    if (state.overview.status === 'loading') {
      root.textContent = t('status.loading');
      return;
    }
    const { visible } = derived.get();
    const counts = t('status.counts', {
      nodes: visible.nodes.size,
      edges: visible.edges.size,
      loadedNodes: state.dataset.nodes.size,
      loadedEdges: state.dataset.edges.size,
    });
    root.textContent = state.overview.truncated ? `${counts} · ${t('status.truncated')}` : counts;
  };
  render();
  const stopDerived = derived.subscribe(render);
  const stopState = store.subscribe((state, previous) => {
    if (state.overview !== previous.overview || state.locale !== previous.locale) render();
  });
  return () => {
    stopDerived();
    stopState();
  };
}

/** Renders the notice banner into `root` (empty when there is nothing to say). */
export function mountNotice(root: HTMLElement, store: Store<AppState>): () => void {
  const render = (state: AppState): void => {
    if (state.notice === null) {
      replaceChildren(root);
      return;
    }
    const t = translator(state.locale);
    replaceChildren(
      root,
      h(
        'div',
        { class: 'notice', role: 'alert' },
        h('strong', {}, t('error.title')),
        h('p', { class: 'notice-detail' }, noticeText(state.notice, t)),
        h('button', { type: 'button', on: { click: () => store.update(dismissNotice()) } }, t('error.dismiss')),
      ),
    );
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    if (state.notice !== previous.notice || state.locale !== previous.locale) render(state);
  });
}

/** The sentence shown for a notice: the server's own detail when it sent one. */
export function noticeText(notice: Notice, t: Translate): string {
  switch (notice.kind) {
    case 'problem':
      return notice.detail;
    case 'network':
      return t('error.network');
    case 'protocol':
      return t('error.protocol', { status: notice.status });
  }
}
