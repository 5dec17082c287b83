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
import { createEditor } from './editor.ts';
import { examplesList, historyList } from './lists.ts';
import { availabilityElement, errorElement } from './messages.ts';
import { createResults } from './results.ts';

export interface ConsolePanel {
  /** Where the console's graph is drawn. */
  readonly graphContainer: HTMLElement;
  stop(): void;
}

/** Builds the console into `root`; `covered` are the elements it covers while open. */
export function mountConsolePanel(root: HTMLElement, covered: readonly HTMLElement[], store: Store<AppState>, actions: Actions): ConsolePanel {
  const title = h('h2', { id: 'cypher-title' });
  const back = h('button', { type: 'button', class: 'close', id: 'cypher-back', on: { click: () => void actions.toggleCypher(false).then(() => document.getElementById('cypher-toggle')?.focus()) } });
  const editor = createEditor(store, actions);
  const focusEditor = (): void => editor.query.focus();
  const availability = h('div', { class: 'cypher-availability' });
  const error = h('div', { class: 'cypher-error-area' });
  const results = createResults(store, (entityId) => void actions.select(entityId));
  // Only an answer is worth scrolling to: a refusal or "needs Neo4j" is said above the results.
  const showResults = (): void => {
    if (store.get().cypher.status === 'ready') results.element.scrollIntoView({ block: 'start' });
  };
  const hooks = { focusEditor, showResults };
  const examples = h('div', {});
  const history = h('div', {});
  root.setAttribute('aria-labelledby', 'cypher-title');
  root.append(
    h('div', { class: 'panel-bar' }, title, back),
    h('div', { class: 'console-body' }, h('div', { class: 'console-main' }, editor.element, availability, error), h('div', { class: 'console-side' }, history, examples), results.element),
  );

  const render = (state: AppState, previous: AppState | null): void => {
    const t = translator(state.locale);
    const changed = <T>(select: (s: AppState) => T): boolean => previous === null || select(previous) !== select(state);
    root.hidden = !state.cypher.open;
    // What the last run came to (idle, loading, ready, error): lets tests and styles follow it.
    root.dataset['status'] = state.cypher.status;
    for (const element of covered) element.inert = state.cypher.open;
    if (changed((s) => s.locale)) {
      title.textContent = t('console.title');
      back.textContent = t('console.back');
      replaceChildren(examples, examplesList(t, store, actions, hooks));
    }
    editor.update(state, t);
    if (changed((s) => s.cypher.availability) || changed((s) => s.locale)) replaceChildren(availability, availabilityElement(state.cypher.availability, t));
    if (changed((s) => s.cypher.error) || changed((s) => s.locale)) replaceChildren(error, errorElement(state.cypher.error, t));
    if (changed((s) => s.cypher.history) || changed((s) => s.locale)) renderKeepingFocus(history, () => replaceChildren(history, historyList(state.cypher.history, t, store, focusEditor)));
    results.update(state, previous, t);
    if (state.cypher.open && previous !== null && !previous.cypher.open) focusEditor();
  };
  render(store.get(), null);
  const stop = store.subscribe((state, previous) => {
    if (state.cypher !== previous.cypher || state.locale !== previous.locale) render(state, previous);
  });
  return { graphContainer: results.graphContainer, stop };
}
