/**
 * Keeps the Cypher console's history in the browser's storage: read once at
 * start, written whenever it changes. Storage that refuses (private mode, full,
 * blocked) only means the history lasts as long as the page. Renders nothing.
 */
import { parseHistory, serializeHistory } from '../cypher/history.ts';
import { historyLoaded } from '../state/cypher.ts';
import { watch, type Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';

/** The storage key of the history. */
export const HISTORY_KEY = 'policygraph.cypher.history';

/** The page's localStorage, or null where the browser refuses access to it. */
export function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Loads the stored history into `store` and stores every later change; returns the unsubscribe function. */
export function startHistoryStorageController(store: Store<AppState>, storage: Storage | null): () => void {
  if (storage === null) return () => undefined;
  let stored: string | null = null;
  try {
    stored = storage.getItem(HISTORY_KEY);
  } catch {
    stored = null;
  }
  store.update(historyLoaded(parseHistory(stored)));
  return watch(
    store,
    (state) => state.cypher.history,
    (history) => {
      try {
        storage.setItem(HISTORY_KEY, serializeHistory(history));
      } catch {
        // Nothing to do: the history stays in memory for this page.
      }
    },
  );
}
