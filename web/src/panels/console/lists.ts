/**
 * The console's side lists: the example queries (readable text, each with
 * buttons that put it in the editor or run it) and the history of queries run
 * (each a button that puts it back in the editor; keyboard reachable like any
 * button).
 */
import type { Actions } from '../../actions/index.ts';
import { CYPHER_EXAMPLES, type CypherExample } from '../../cypher/examples.ts';
import type { HistoryEntry } from '../../cypher/history.ts';
import { formatParams } from '../../cypher/params.ts';
import type { Translate } from '../../i18n/index.ts';
import { clearHistory, loadQuery } from '../../state/cypher.ts';
import type { Store } from '../../state/store.ts';
import type { AppState } from '../../state/types.ts';
import { h } from '../dom.ts';

/** What the lists do besides changing the state: focus the editor, bring the results into view. */
export interface ListHooks {
  focusEditor(): void;
  showResults(): void;
}

function exampleItem(example: CypherExample, t: Translate, store: Store<AppState>, actions: Actions, hooks: ListHooks): HTMLElement {
  const entry = { query: example.query, params: formatParams(example.params) };
  const params = Object.keys(example.params).length === 0 ? null : h('p', { class: 'example-params' }, t('console.exampleParams', { params: JSON.stringify(example.params) }));
  const use = (): void => {
    store.update(loadQuery(entry));
    hooks.focusEditor();
  };
  // Run from the list: the answer is what the user wants to see next.
  const run = (): void => {
    store.update(loadQuery(entry));
    void actions.runCypher().then(hooks.showResults);
  };
  return h(
    'li',
    { class: 'example', 'data-example': example.id },
    h('h4', {}, t(example.title)),
    h('p', { class: 'hint' }, t(example.description)),
    h('pre', { class: 'code' }, h('code', {}, example.query)),
    params,
    h(
      'div',
      { class: 'example-buttons' },
      h('button', { type: 'button', class: 'use-example', 'data-focus': `use:${example.id}`, on: { click: use } }, t('console.useExample')),
      h('button', { type: 'button', class: 'run-example', 'data-focus': `run:${example.id}`, on: { click: run } }, t('console.runExample')),
    ),
  );
}

/** The examples section. */
export function examplesList(t: Translate, store: Store<AppState>, actions: Actions, hooks: ListHooks): HTMLElement {
  return h(
    'details',
    { class: 'cypher-examples', open: true },
    h('summary', {}, t('console.examples')),
    h('ul', {}, ...CYPHER_EXAMPLES.map((example) => exampleItem(example, t, store, actions, hooks))),
  );
}

function firstLine(entry: HistoryEntry): string {
  const line = entry.query.split('\n').find((text) => text.trim() !== '') ?? entry.query;
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

/** The history section: the queries run, most recent first. */
export function historyList(history: readonly HistoryEntry[], t: Translate, store: Store<AppState>, focusEditor: () => void): HTMLElement {
  const items = history.map((entry, i) =>
    h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'history-entry code',
          'data-focus': `history:${i}`,
          'aria-label': t('console.recall', { query: entry.query }),
          title: entry.params === '' ? entry.query : `${entry.query}\n${entry.params}`,
          on: {
            click: () => {
              store.update(loadQuery(entry));
              focusEditor();
            },
          },
        },
        firstLine(entry),
      ),
    ),
  );
  return h(
    'details',
    { class: 'cypher-history', open: true },
    h('summary', {}, `${t('console.history')} (${history.length})`),
    history.length === 0 ? h('p', { class: 'hint' }, t('console.historyEmpty')) : h('ol', {}, ...items),
    history.length === 0 ? null : h('button', { type: 'button', class: 'clear-history', 'data-focus': 'clear-history', on: { click: () => store.update(clearHistory()) } }, t('console.clearHistory')),
  );
}
