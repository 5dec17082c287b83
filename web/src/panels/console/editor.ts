/**
 * The console's editors: the query (monospace; Ctrl/Cmd+Enter runs, Alt+↑/↓
 * step through earlier queries) and its parameters as JSON, and the Run
 * button. Built once; `update` writes the state's text only when it differs,
 * so typing never loses the caret.
 */
import type { Actions } from '../../actions/index.ts';
import type { Translate } from '../../i18n/index.ts';
import { editParams, editQuery, recallHistory } from '../../state/cypher.ts';
import type { Store } from '../../state/store.ts';
import type { AppState } from '../../state/types.ts';
import { h } from '../dom.ts';

export interface Editor {
  readonly element: HTMLElement;
  readonly query: HTMLTextAreaElement;
  update(state: AppState, t: Translate): void;
}

function onKeys(store: Store<AppState>, actions: Actions, withHistory: boolean): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void actions.runCypher();
    } else if (withHistory && event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      store.update(recallHistory(event.key === 'ArrowUp'));
    }
  };
}

function setValue(area: HTMLTextAreaElement, value: string): void {
  if (area.value !== value) area.value = value;
}

/** Builds the editors over `store`. */
export function createEditor(store: Store<AppState>, actions: Actions): Editor {
  const queryLabel = h('label', { for: 'cypher-query' });
  const query = h('textarea', { id: 'cypher-query', class: 'code', rows: 8, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'cypher-keys' });
  query.addEventListener('input', () => store.update(editQuery(query.value)));
  query.addEventListener('keydown', onKeys(store, actions, true));
  const paramsLabel = h('label', { for: 'cypher-params' });
  const params = h('textarea', { id: 'cypher-params', class: 'code', rows: 3, spellcheck: 'false', autocomplete: 'off', placeholder: '{"organization": "重庆市委"}' });
  params.addEventListener('input', () => store.update(editParams(params.value)));
  params.addEventListener('keydown', onKeys(store, actions, false));
  const run = h('button', { type: 'button', id: 'cypher-run', class: 'primary', on: { click: () => void actions.runCypher() } });
  const keys = h('p', { id: 'cypher-keys', class: 'hint' });
  const element = h(
    'div',
    { class: 'cypher-editor' },
    h('div', { class: 'field' }, queryLabel, query),
    h('div', { class: 'field' }, paramsLabel, params),
    h('div', { class: 'editor-bar' }, run, keys),
  );
  return {
    element,
    query,
    update(state, t) {
      setValue(query, state.cypher.query);
      setValue(params, state.cypher.params);
      queryLabel.textContent = t('console.query');
      paramsLabel.textContent = t('console.params');
      keys.textContent = t('console.keys');
      const running = state.cypher.status === 'loading';
      run.textContent = running ? t('console.running') : t('console.run');
      run.setAttribute('aria-disabled', running ? 'true' : 'false');
    },
  };
}
