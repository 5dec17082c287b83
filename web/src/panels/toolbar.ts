/**
 * The toolbar: one control per layout in the registry (start/stop for
 * ForceAtlas2, run for noverlap) with the layout state announced, the Cypher
 * console's switch, and the interface language switch.
 */
import type { Actions } from '../actions/index.ts';
import { translator, type MessageKey } from '../i18n/index.ts';
import { LAYOUTS, type LayoutDescriptor } from '../layout/registry.ts';
import { runLayoutOnce, startLayout, stopLayout } from '../state/layout.ts';
import type { Store } from '../state/store.ts';
import { setLocale } from '../state/ui.ts';
import type { AppState } from '../state/types.ts';
import { h } from './dom.ts';

const RUN_LABEL: Readonly<Record<string, MessageKey>> = { noverlap: 'layout.noverlap' };

function layoutButton(descriptor: LayoutDescriptor, store: Store<AppState>): HTMLButtonElement {
  const onClick =
    descriptor.kind === 'continuous'
      ? () => store.update(store.get().layout.running ? stopLayout() : startLayout())
      : () => store.update(runLayoutOnce(descriptor.id));
  return h('button', { type: 'button', id: `layout-${descriptor.id}`, on: { click: onClick } });
}

/** Builds the toolbar in `root` and keeps its labels current. */
export function mountToolbar(root: HTMLElement, store: Store<AppState>, actions: Actions): () => void {
  const buttons = LAYOUTS.map((descriptor) => ({ descriptor, button: layoutButton(descriptor, store) }));
  const layoutStatus = h('span', { class: 'layout-status', role: 'status' });
  const localeButton = h('button', {
    type: 'button',
    id: 'locale-toggle',
    on: { click: () => store.update(setLocale(store.get().locale === 'zh' ? 'en' : 'zh')) },
  });
  const consoleButton = h('button', {
    type: 'button',
    id: 'cypher-toggle',
    'aria-controls': 'console',
    on: { click: () => void actions.toggleCypher() },
  });
  root.append(h('div', { class: 'toolbar' }, ...buttons.map(({ button }) => button), layoutStatus, consoleButton, localeButton));

  const render = (state: AppState): void => {
    const t = translator(state.locale);
    const running = state.layout.running;
    for (const { descriptor, button } of buttons) {
      if (descriptor.kind === 'continuous') {
        button.textContent = running ? t('layout.stop') : t('layout.start');
        button.setAttribute('aria-pressed', running ? 'true' : 'false');
      } else {
        button.textContent = t(RUN_LABEL[descriptor.id] ?? 'layout.noverlap');
      }
    }
    layoutStatus.textContent = running ? t('layout.running') : state.layout.runs > 0 ? t('layout.settled') : '';
    consoleButton.textContent = t('console.toggle');
    consoleButton.title = t('console.toggleLabel');
    consoleButton.setAttribute('aria-expanded', state.cypher.open ? 'true' : 'false');
    for (const { button } of buttons) button.disabled = state.cypher.open;
    localeButton.textContent = t('locale.switch');
    localeButton.setAttribute('aria-label', t('locale.switchLabel'));
    localeButton.setAttribute('lang', state.locale === 'zh' ? 'en' : 'zh');
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    if (state.layout !== previous.layout || state.locale !== previous.locale || state.cypher.open !== previous.cypher.open) render(state);
  });
}
