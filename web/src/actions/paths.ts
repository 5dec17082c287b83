/** Intents for shortest paths: choose the ends, and fetch the paths once both are set. */
import type { Api } from '../api.ts';
import { pathsFailed, pathsLoaded, pathsRequested, setPathEnd } from '../state/paths.ts';
import type { Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';
import { attempt } from './attempt.ts';

/** Longest path asked for, in relations, and most paths listed. */
export const PATH_LIMITS = { maxLength: 6, limit: 10 } as const;

/** Creates the path intents over `store` and `api`. */
export function pathActions(store: Store<AppState>, api: Api) {
  const findPaths = async (): Promise<void> => {
    const { from, to } = store.get().paths;
    if (from === null || to === null || from === to) return;
    store.update(pathsRequested());
    const outcome = await attempt(api.paths(from, to, PATH_LIMITS));
    store.update(outcome.ok ? pathsLoaded(from, to, outcome.value) : pathsFailed(from, to, outcome.notice));
  };
  return {
    findPaths,
    /** Sets one end; the paths are fetched as soon as both ends are set. */
    async setPathEnd(end: 'from' | 'to', id: string | null): Promise<void> {
      store.update(setPathEnd(end, id));
      await findPaths();
    },
  };
}
