/**
 * The search box: an ARIA combobox over /api/search with an entity type filter.
 * Typing searches after a short pause; arrow keys move through the typed
 * results; Enter or a click focuses the entity on the graph; Escape closes.
 */
import type { EntityType } from '../../../schema/model.ts';
import type { Actions } from '../actions/index.ts';
import { nodeColor } from '../appearance/nodes.ts';
import { ENTITY_TYPE_ORDER } from '../appearance/palette.ts';
import { entityTypeKey, translator, type Translate } from '../i18n/index.ts';
import { closeResults, moveActive } from '../state/search.ts';
import type { Store } from '../state/store.ts';
import type { AppState, SearchResult, SearchState } from '../state/types.ts';
import { h, replaceChildren, setAttribute } from './dom.ts';

/** Pause after the last keystroke before searching. */
export const SEARCH_DEBOUNCE_MS = 200;

const INPUT_ID = 'search-input';
const LIST_ID = 'search-results';
const optionId = (index: number): string => `search-option-${index}`;

interface SearchForm {
  readonly form: HTMLFormElement;
  readonly label: HTMLLabelElement;
  readonly input: HTMLInputElement;
  readonly typeLabel: HTMLLabelElement;
  readonly typeSelect: HTMLSelectElement;
  readonly list: HTMLUListElement;
  readonly status: HTMLParagraphElement;
}

/** Builds the search form in `root` and keeps it in step with the store. */
export function mountSearchPanel(root: HTMLElement, store: Store<AppState>, actions: Actions): () => void {
  const parts = buildForm();
  root.append(parts.form);
  const choose = (hit: SearchResult): void => {
    parts.input.value = hit.name;
    store.update(closeResults());
    void actions.focus(hit.id);
  };
  bindInput(parts.input, store, actions, choose);
  parts.typeSelect.addEventListener('change', () => void actions.setSearchType(parseType(parts.typeSelect.value)));
  parts.input.addEventListener('blur', () => store.update(closeResults()));

  const render = (state: AppState): void => {
    const t = translator(state.locale);
    parts.label.textContent = t('search.label');
    parts.input.placeholder = t('search.placeholder');
    parts.typeLabel.textContent = t('search.typeLabel');
    parts.list.setAttribute('aria-label', t('search.resultsLabel'));
    renderTypeOptions(parts.typeSelect, state.search.type, t);
    renderResults(parts.list, parts.input, state.search, t, choose);
    parts.status.textContent = statusText(state.search, t);
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    if (state.search !== previous.search || state.locale !== previous.locale) render(state);
  });
}

function buildForm(): SearchForm {
  const label = h('label', { for: INPUT_ID });
  const input = h('input', {
    id: INPUT_ID,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-controls': LIST_ID,
    'aria-expanded': 'false',
  });
  const typeLabel = h('label', { for: 'search-type', class: 'visually-hidden' });
  const typeSelect = h('select', { id: 'search-type' });
  const list = h('ul', { id: LIST_ID, role: 'listbox', hidden: true });
  const status = h('p', { class: 'search-status', role: 'status' });
  const form = h(
    'form',
    { role: 'search', class: 'search', on: { submit: (event) => event.preventDefault() } },
    label,
    h('div', { class: 'combo' }, input, list),
    typeLabel,
    typeSelect,
    status,
  );
  return { form, label, input, typeLabel, typeSelect, list, status };
}

function bindInput(
  input: HTMLInputElement,
  store: Store<AppState>,
  actions: Actions,
  choose: (hit: SearchResult) => void,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const searchNow = (): Promise<void> => {
    clearTimeout(timer);
    return actions.search(input.value);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void searchNow(), SEARCH_DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      store.update(moveActive(event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Escape') {
      store.update(closeResults());
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void chooseActive(store, input, searchNow, choose);
    }
  });
}

/** Enter: take the highlighted result, searching first if the results are not for the typed text. */
async function chooseActive(
  store: Store<AppState>,
  input: HTMLInputElement,
  searchNow: () => Promise<void>,
  choose: (hit: SearchResult) => void,
): Promise<void> {
  if (input.value.trim() === '') return;
  if (store.get().search.query !== input.value || store.get().search.status !== 'ready') await searchNow();
  const { results, active, query } = store.get().search;
  const hit = results[Math.max(active, 0)];
  if (hit !== undefined && query === input.value) choose(hit);
}

function renderTypeOptions(select: HTMLSelectElement, selected: EntityType | null, t: Translate): void {
  replaceChildren(
    select,
    h('option', { value: '', selected: selected === null }, t('search.anyType')),
    ...ENTITY_TYPE_ORDER.map((type) =>
      h('option', { value: type, selected: selected === type }, t(entityTypeKey(type))),
    ),
  );
}

function renderResults(
  list: HTMLUListElement,
  input: HTMLInputElement,
  search: SearchState,
  t: Translate,
  choose: (hit: SearchResult) => void,
): void {
  const open = search.open && search.results.length > 0;
  list.hidden = !open;
  setAttribute(input, 'aria-expanded', open ? 'true' : 'false');
  setAttribute(input, 'aria-activedescendant', open && search.active >= 0 ? optionId(search.active) : null);
  const options = search.results.map((hit, index) => resultOption(hit, index, index === search.active, t, choose));
  replaceChildren(list, ...options);
}

function resultOption(
  hit: SearchResult,
  index: number,
  active: boolean,
  t: Translate,
  choose: (hit: SearchResult) => void,
): HTMLElement {
  const aliases = hit.aliases.filter((alias) => alias !== hit.name);
  return h(
    'li',
    {
      id: optionId(index),
      role: 'option',
      class: active ? 'option active' : 'option',
      'aria-selected': active ? 'true' : 'false',
      'data-id': hit.id,
      // mousedown, not click: the input must not lose focus (and close the list) first.
      on: {
        mousedown: (event) => {
          event.preventDefault();
          choose(hit);
        },
      },
    },
    h('span', { class: 'dot', style: `background:${nodeColor(hit.type)}`, 'aria-hidden': 'true' }),
    h('span', { class: 'option-name' }, hit.name),
    h('span', { class: 'option-type' }, t(entityTypeKey(hit.type))),
    aliases.length > 0 ? h('span', { class: 'option-aliases' }, aliases.join('、')) : null,
    hit.byPinyin ? h('span', { class: 'option-pinyin' }, t('search.byPinyin')) : null,
  );
}

function statusText(search: SearchState, t: Translate): string {
  if (search.status === 'loading') return t('search.searching');
  if (search.status !== 'ready') return '';
  if (search.results.length === 0) return t('search.noResults', { query: search.query.trim() });
  return t('search.resultCount', { count: search.results.length });
}

function parseType(value: string): EntityType | null {
  return ENTITY_TYPE_ORDER.find((type) => type === value) ?? null;
}
