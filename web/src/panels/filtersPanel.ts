/**
 * The filters: entity types, relation types, minimum confidence, source
 * documents and evidence dates, each option with "visible / loaded" counts
 * (derived by the graph controller). Changes dispatch producers; the filter
 * step itself is filters/apply.ts.
 */
import type { EntityType, RelationType } from '../../../schema/model.ts';
import { ENTITY_TYPE_ORDER, RELATION_TYPE_ORDER } from '../appearance/palette.ts';
import type { Count, FilterCounts } from '../filters/counts.ts';
import { entityTypeKey, relationTypeKey, translator, type Translate } from '../i18n/index.ts';
import type { Derived, DerivedStore } from '../state/derived.ts';
import { resetFilters, setDateRange, setEntityTypeHidden, setMinConfidence, setRelationTypeHidden, setSourceHidden } from '../state/filters.ts';
import type { Store } from '../state/store.ts';
import type { AppState, FiltersState } from '../state/types.ts';
import { h, renderKeepingFocus, replaceChildren } from './dom.ts';

type Update = Store<AppState>['update'];

const countText = (count: Count | undefined): string => `${count?.visible ?? 0}/${count?.total ?? 0}`;

/** A checkbox whose label ends with its "visible/loaded" count. */
function checkbox(id: string, label: Node | string, checked: boolean, count: Count | undefined, onChange: (checked: boolean) => void): HTMLElement {
  const input = h('input', { type: 'checkbox', id, 'data-focus': id, checked, on: { change: () => onChange(input.checked) } });
  return h('li', {}, input, h('label', { for: id }, label, ' ', h('span', { class: 'count' }, countText(count))));
}

function typeList<T extends string>(
  legend: string,
  types: readonly T[],
  counts: ReadonlyMap<T, Count>,
  hidden: ReadonlySet<T>,
  labelOf: (type: T) => string,
  onChange: (type: T, hidden: boolean) => void,
): HTMLElement {
  const shown = types.filter((type) => counts.has(type) || hidden.has(type));
  return h(
    'fieldset',
    { class: 'filter-group' },
    h('legend', {}, legend),
    h('ul', {}, ...shown.map((type) => checkbox(`filter-${type}`, labelOf(type), !hidden.has(type), counts.get(type), (on) => onChange(type, !on)))),
  );
}

function confidenceGroup(filters: FiltersState, counts: FilterCounts, t: Translate, update: Update): HTMLElement {
  const value = h('output', { for: 'filter-confidence', id: 'filter-confidence-value' }, filters.minConfidence.toFixed(2));
  const input = h('input', {
    type: 'range', id: 'filter-confidence', 'data-focus': 'filter-confidence', min: 0, max: 1, step: 0.05, value: filters.minConfidence,
    on: {
      input: () => (value.textContent = Number(input.value).toFixed(2)),
      change: () => update(setMinConfidence(Number(input.value))),
    },
  });
  return h(
    'fieldset',
    { class: 'filter-group' },
    h('legend', {}, t('filters.confidence')),
    h('label', { for: 'filter-confidence' }, t('filters.minConfidence')),
    h('div', { class: 'range-row' }, input, value),
    h('p', { class: 'count-line' }, t('filters.relationsShown', { visible: counts.relations.visible, total: counts.relations.total })),
  );
}

function sourceGroup(state: AppState, counts: FilterCounts, t: Translate, update: Update): HTMLElement {
  const titles = new Map(state.sources.map((source) => [source.id, source]));
  const ids = [...new Set([...counts.sources.keys(), ...state.filters.hiddenSources])].sort();
  const items = ids.map((id, i) => {
    const source = titles.get(id);
    const file = source?.name ?? id.replace(/^source:/, '');
    const label = source?.title ? h('span', {}, source.title, h('span', { class: 'file-name' }, ` ${file}`)) : h('span', {}, file);
    return checkbox(`filter-source-${i}`, label, !state.filters.hiddenSources.has(id), counts.sources.get(id), (on) => update(setSourceHidden(id, !on)));
  });
  return h('fieldset', { class: 'filter-group' }, h('legend', {}, t('filters.sources')), h('ul', {}, ...items));
}

function dateGroup(filters: FiltersState, counts: FilterCounts, t: Translate, update: Update): HTMLElement {
  const dates = [...counts.dates.keys()];
  const bounds = { min: dates[0] ?? '', max: dates[dates.length - 1] ?? '' };
  const apply = (): void => update(setDateRange(from.value || null, to.value || null));
  const from = h('input', { type: 'date', id: 'filter-date-from', 'data-focus': 'filter-date-from', ...bounds, value: filters.dateFrom ?? '', on: { change: apply } });
  const to = h('input', { type: 'date', id: 'filter-date-to', 'data-focus': 'filter-date-to', ...bounds, value: filters.dateTo ?? '', on: { change: apply } });
  const dated = [...counts.dates.values()].reduce((sum, count) => sum + count.visible, 0);
  return h(
    'fieldset',
    { class: 'filter-group' },
    h('legend', {}, t('filters.dates')),
    h('div', { class: 'date-row' }, h('label', { for: 'filter-date-from' }, t('filters.dateFrom')), from),
    h('div', { class: 'date-row' }, h('label', { for: 'filter-date-to' }, t('filters.dateTo')), to),
    h('p', { class: 'count-line' }, t('filters.datedShown', { count: dated, dates: dates.length })),
  );
}

function filtersContent(state: AppState, derived: Derived, update: Update): Node[] {
  const t = translator(state.locale);
  const counts = derived.counts;
  if (counts === null) return [h('p', { class: 'hint' }, t('status.loading'))];
  const { filters } = state;
  return [
    typeList<EntityType>(t('filters.entityTypes'), ENTITY_TYPE_ORDER, counts.entityTypes, filters.hiddenEntityTypes, (type) => t(entityTypeKey(type)), (type, hidden) => update(setEntityTypeHidden(type, hidden))),
    typeList<RelationType>(t('filters.relationTypes'), RELATION_TYPE_ORDER, counts.relationTypes, filters.hiddenRelationTypes, (type) => t(relationTypeKey(type)), (type, hidden) => update(setRelationTypeHidden(type, hidden))),
    confidenceGroup(filters, counts, t, update),
    sourceGroup(state, counts, t, update),
    dateGroup(filters, counts, t, update),
    h('button', { type: 'button', id: 'filters-reset', 'data-focus': 'filters-reset', on: { click: () => update(resetFilters()) } }, t('filters.reset')),
  ];
}

/** Renders the filters into `root` when the filters, the counts, the sources or the language change. */
export function mountFiltersPanel(root: HTMLElement, store: Store<AppState>, derived: DerivedStore): () => void {
  const body = h('div', { class: 'filters-body' });
  const title = h('summary', {});
  root.append(h('details', { open: true }, title, body));
  const render = (): void => {
    const state = store.get();
    title.textContent = translator(state.locale)('filters.title');
    renderKeepingFocus(body, () => replaceChildren(body, ...filtersContent(state, derived.get(), store.update)));
  };
  render();
  const stopState = store.subscribe((state, previous) => {
    if (state.filters !== previous.filters || state.sources !== previous.sources || state.locale !== previous.locale) render();
  });
  const stopDerived = derived.subscribe((next, previous) => {
    if (next.counts !== previous.counts) render();
  });
  return () => {
    stopState();
    stopDerived();
  };
}
