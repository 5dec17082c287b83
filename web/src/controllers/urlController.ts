/**
 * Keeps the URL in step with the view. A meaningful change (selection,
 * expansion, filter, appearance, path, language) pushes a history entry; a
 * camera move replaces the current one. On start and on back/forward the URL
 * is replayed through the actions; the URL is not written meanwhile, so the
 * replay's intermediate states never become history entries. Renders nothing.
 */
import type { Actions } from '../actions/index.ts';
import type { Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';
import { decodeUrlState, encodeUrlState, urlStateOf } from '../url/codec.ts';

export interface UrlController {
  /** Replays the current URL (call once the overview is loaded). */
  replay(): Promise<void>;
  stop(): void;
}

/** Starts following the store and the browser history. */
export function startUrlController(store: Store<AppState>, actions: Actions): UrlController {
  // Nothing is written until the first replay: the URL being loaded is the truth until then.
  let replaying = true;
  // Entities a selection added on their own come with that selection: not a history entry of their own.
  const withoutView = (state: AppState): string => encodeUrlState({ ...urlStateOf(state), focused: [] }, location.search, false);
  const full = (state: AppState): string => encodeUrlState(urlStateOf(state), location.search, true);
  const current = (): string => location.search.replace(/^\?/, '');
  let lastMeaningful = '';

  const write = (state: AppState): void => {
    if (replaying) return;
    const meaningful = withoutView(state);
    const next = full(state);
    if (next === current()) return;
    if (meaningful !== lastMeaningful) history.pushState(null, '', `?${next}${location.hash}`);
    else history.replaceState(null, '', `?${next}${location.hash}`);
    lastMeaningful = meaningful;
  };

  const replay = async (): Promise<void> => {
    replaying = true;
    try {
      await actions.applyUrl(decodeUrlState(location.search));
    } finally {
      replaying = false;
    }
    const state = store.get();
    lastMeaningful = withoutView(state);
    history.replaceState(null, '', `?${full(state)}${location.hash}`);
  };

  const onPopState = (): void => void replay();
  window.addEventListener('popstate', onPopState);
  const unsubscribe = store.subscribe(write);
  return {
    replay,
    stop: () => {
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
    },
  };
}
