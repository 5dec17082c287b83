/**
 * The toolbar: start/stop the layout (with its state announced) and switch the
 * interface language.
 */
import { translator } from '../i18n/index.ts';
import { startLayout, stopLayout } from '../state/layout.ts';
import type { Store } from '../state/store.ts';
import { setLocale } from '../state/ui.ts';
import type { AppState } from '../state/types.ts';
import { h } from './dom.ts';

/** Builds the toolbar in `root` and keeps its labels current. */
export function mountToolbar(root: HTMLElement, store: Store<AppState>): () => void {
  const layoutButton = h('button', {
    type: 'button',
    id: 'layout-toggle',
    on: { click: () => store.update(store.get().layout.running ? stopLayout() : startLayout()) },
  });
  const layoutStatus = h('span', { class: 'layout-status', role: 'status' });
  const localeButton = h('button', {
    type: 'button',
    id: 'locale-toggle',
    on: { click: () => store.update(setLocale(store.get().locale === 'zh' ? 'en' : 'zh')) },
  });
  root.append(h('div', { class: 'toolbar' }, layoutButton, layoutStatus, localeButton));

  const render = (state: AppState): void => {
    const t = translator(state.locale);
    const running = state.layout.running;
    layoutButton.textContent = running ? t('layout.stop') : t('layout.start');
    layoutButton.setAttribute('aria-pressed', running ? 'true' : 'false');
    layoutStatus.textContent = running ? t('layout.running') : state.layout.runs > 0 ? t('layout.settled') : '';
    localeButton.textContent = t('locale.switch');
    localeButton.setAttribute('aria-label', t('locale.switchLabel'));
    localeButton.setAttribute('lang', state.locale === 'zh' ? 'en' : 'zh');
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    if (state.layout !== previous.layout || state.locale !== previous.locale) render(state);
  });
}
