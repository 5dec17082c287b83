/**
 * The source reader: a modal dialog with the article an evidence sentence
 * comes from — title, byline, date, source document — and its text with the
 * sentence highlighted and scrolled into view. Escape or Close returns focus
 * to where it was.
 */
import { translator, type Translate } from '../i18n/index.ts';
import { closeReader } from '../state/reader.ts';
import type { Store } from '../state/store.ts';
import type { AppState, ReaderState } from '../state/types.ts';
import { articleView } from './article.ts';
import { h, replaceChildren } from './dom.ts';

const TITLE_ID = 'reader-title';

function content(reader: ReaderState, state: AppState, t: Translate, close: () => void): Node[] {
  const closeButton = h('button', { type: 'button', class: 'close', on: { click: close } }, t('panel.close'));
  if (reader.data === null || reader.evidence === null) {
    const message = reader.status === 'loading' ? t('reader.loading') : t('reader.failed');
    return [h('div', { class: 'panel-bar' }, h('h2', { id: TITLE_ID }, t('reader.title')), closeButton), h('p', { role: 'status' }, message)];
  }
  const view = articleView(reader.data, reader.evidence);
  const source = state.sources.find((candidate) => candidate.id === reader.data?.source.id) ?? reader.data.source;
  const meta = [
    view.article?.byline ? h('p', { class: 'byline' }, view.article.byline) : null,
    h('p', { class: 'article-date' }, view.article?.date ? t('reader.date', { date: view.article.date }) : t('reader.noDate')),
    h('p', { class: 'article-source' }, t('reader.source', { title: source.title, name: source.name })),
  ];
  return [
    h('div', { class: 'panel-bar' }, h('h2', { id: TITLE_ID }, view.article?.title || source.title), closeButton),
    h('div', { class: 'article-meta' }, ...meta),
    h('div', { class: 'article-text', tabindex: 0, 'aria-label': t('reader.text') }, view.before, h('mark', { id: 'reader-evidence' }, view.sentence), view.after),
  ];
}

/** Keeps the dialog `root` in step with `state.reader`. */
export function mountReaderDialog(root: HTMLDialogElement, store: Store<AppState>): () => void {
  root.setAttribute('aria-labelledby', TITLE_ID);
  const close = (): void => store.update(closeReader());
  root.addEventListener('close', close);
  const render = (state: AppState): void => {
    const { reader } = state;
    if (reader.evidence === null) {
      if (root.open) root.close();
      return;
    }
    replaceChildren(root, ...content(reader, state, translator(state.locale), close));
    if (!root.open) root.showModal();
    root.querySelector('#reader-evidence')?.scrollIntoView({ block: 'center' });
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    if (state.reader !== previous.reader || state.locale !== previous.locale || state.sources !== previous.sources) render(state);
  });
}
