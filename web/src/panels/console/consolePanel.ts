/**
 * The Cypher console: a view over the graph area (the entity panel stays
 * beside it, so clicking an entity in the answer opens its details). The
 * editors, whether the server runs Cypher, why a run has no answer, the
 * results, and beside them the history and the example queries. While it is
 * open, the controls and the graph it covers are inert.
 */
import type { Actions } from '../../actions/index.ts';
import { translator } from '../../i18n/index.ts';
import type { Store } from '../../state/store.ts';
import type { AppState } from '../../state/types.ts';
import { h, renderKeepingFocus, replaceChildren } from '../dom.ts';
import { createEditor, type Editor } from './editor.ts';
import { examplesList, historyList, type ListHooks } from './lists.ts';
import { availabilityElement, errorElement } from './messages.ts';
import { createResults, type Results } from './results.ts';

export interface ConsolePanel {
  /** Where the console's graph is drawn. */
  readonly graphContainer: HTMLElement;
  stop(): void;
}

/** The console's parts that change with the state. */
interface Parts {
  readonly title: HTMLElement;
  readonly back: HTMLElement;
  readonly editor: Editor;
  readonly availability: HTMLElement;
  readonly error: HTMLElement;
  readonly results: Results;
  readonly examples: HTMLElement;
  readonly history: HTMLElement;
  readonly hooks: ListHooks;
}

function buildParts(store: Store<AppState>, actions: Actions): Parts {
  const back = h('button', { type: 'button', class: 'close', id: 'cypher-back', on: { click: () => void actions.toggleCypher(false).then(() => document.getElementById('cypher-toggle')?.focus()) } });
  const editor = createEditor(store, actions);
  const results = createResults(store, (entityId) => void actions.select(entityId));
  // Only an answer is worth scrolling to: a refusal or "needs Neo4j" is said above the results.
  const showResults = (): void => {
    if (store.get().cypher.status === 'ready') results.element.scrollIntoView({ block: 'start' });
  };
  return {
    title: h('h2', { id: 'cypher-title' }),
    back,
    editor,
    availability: h('div', { class: 'cypher-availability' }),
    error: h('div', { class: 'cypher-error-area' }),
    results,
    examples: h('div', {}),
    history: h('div', {}),
    hooks: { focusEditor: () => editor.query.focus(), showResults },
  };
}

function render(parts: Parts, state: AppState, previous: AppState | null, store: Store<AppState>, actions: Actions): void {
  const t = translator(state.locale);
  const changed = (select: (s: AppState) => unknown): boolean => previous === null || previous.locale !== state.locale || select(previous) !== select(state);
  if (changed((s) => s.locale)) {
    parts.title.textContent = t('console.title');
    parts.back.textContent = t('console.back');
    replaceChildren(parts.examples, examplesList(t, store, actions, parts.hooks));
  }
  parts.editor.update(state, t);
  if (changed((s) => s.cypher.availability)) replaceChildren(parts.availability, availabilityElement(state.cypher.availability, t));
  if (changed((s) => s.cypher.error)) replaceChildren(parts.error, errorElement(state.cypher.error, t));
  if (changed((s) => s.cypher.history)) {
    renderKeepingFocus(parts.history, () => replaceChildren(parts.history, historyList(state.cypher.history, t, store, parts.hooks.focusEditor)));
  }
  parts.results.update(state, previous, t);
}

/** Builds the console into `root`; `covered` are the elements it covers while open. */
export function mountConsolePanel(root: HTMLElement, covered: readonly HTMLElement[], store: Store<AppState>, actions: Actions): ConsolePanel {
  const parts = buildParts(store, actions);
  root.setAttribute('aria-labelledby', 'cypher-title');
  root.append(
    h('div', { class: 'panel-bar' }, parts.title, parts.back),
    h(
      'div',
      { class: 'console-body' },
      h('div', { class: 'console-main' }, parts.editor.element, parts.availability, parts.error),
      h('div', { class: 'console-side' }, parts.history, parts.examples),
      parts.results.element,
    ),
  );
  const update = (state: AppState, previous: AppState | null): void => {
    root.hidden = !state.cypher.open;
    // What the last run came to (idle, loading, ready, error): lets tests and styles follow it.
    root.dataset['status'] = state.cypher.status;
    for (const element of covered) element.inert = state.cypher.open;
    render(parts, state, previous, store, actions);
    if (state.cypher.open && previous !== null && !previous.cypher.open) parts.hooks.focusEditor();
  };
  update(store.get(), null);
  const stop = store.subscribe((state, previous) => {
    if (state.cypher !== previous.cypher || state.locale !== previous.locale) update(state, previous);
  });
  return { graphContainer: parts.results.graphContainer, stop };
}
