/**
 * Appearance choices generated from the metric registry: colour by entity
 * type or by a category metric (Louvain communities), size by a numeric
 * metric (degree, PageRank). Radio groups, so the arrow keys move the choice.
 */
import { translator, type MessageKey, type Translate } from '../i18n/index.ts';
import { METRICS } from '../metrics/registry.ts';
import { setColorBy, setSizeBy } from '../state/appearance.ts';
import type { Store } from '../state/store.ts';
import type { AppState, ColorBy, SizeBy } from '../state/types.ts';
import { h, renderKeepingFocus, replaceChildren } from './dom.ts';

const COLOR_LABEL: Readonly<Record<ColorBy, MessageKey>> = { type: 'appearance.byType', community: 'appearance.byCommunity' };
const SIZE_LABEL: Readonly<Record<SizeBy, MessageKey>> = { degree: 'appearance.byDegree', pagerank: 'appearance.byPagerank' };

/** Colour choices: entity type, then each category metric of the registry. */
export const COLOR_CHOICES: readonly ColorBy[] = ['type', ...METRICS.filter((m) => m.kind === 'category').map((): ColorBy => 'community')];
/** Size choices: each numeric metric of the registry. */
export const SIZE_CHOICES: readonly SizeBy[] = METRICS.filter((m) => m.kind === 'number').map((m) => m.id as SizeBy);

function radioGroup<T extends string>(name: string, legend: string, choices: readonly T[], current: T, label: (choice: T) => string, choose: (choice: T) => void): HTMLElement {
  return h(
    'fieldset',
    { class: 'filter-group' },
    h('legend', {}, legend),
    ...choices.map((choice) => {
      const id = `${name}-${choice}`;
      const input = h('input', { type: 'radio', name, id, value: choice, 'data-focus': id, checked: choice === current, on: { change: () => choose(choice) } });
      return h('div', { class: 'radio-row' }, input, h('label', { for: id }, label(choice)));
    }),
  );
}

function content(state: AppState, t: Translate, update: Store<AppState>['update']): Node[] {
  return [
    radioGroup('color-by', t('appearance.color'), COLOR_CHOICES, state.appearance.color, (c) => t(COLOR_LABEL[c]), (c) => update(setColorBy(c))),
    radioGroup('size-by', t('appearance.size'), SIZE_CHOICES, state.appearance.size, (s) => t(SIZE_LABEL[s]), (s) => update(setSizeBy(s))),
  ];
}

/** Renders the appearance choices into `root`. */
export function mountAppearancePanel(root: HTMLElement, store: Store<AppState>): () => void {
  const body = h('div', {});
  const title = h('summary', {});
  root.append(h('details', { open: true }, title, body));
  const render = (state: AppState): void => {
    const t = translator(state.locale);
    title.textContent = t('appearance.title');
    renderKeepingFocus(body, () => replaceChildren(body, ...content(state, t, store.update)));
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    if (state.appearance !== previous.appearance || state.locale !== previous.locale) render(state);
  });
}
