/**
 * Replays a view from a URL (a shared link, or back/forward): settings apply
 * at once; entities opened on their own, expansions (in their order), the
 * selection and the path ends are loaded as needed; what the URL no longer
 * has is collapsed or released. The camera is restored once the layout settles.
 */
import { replaceAppearance } from '../state/appearance.ts';
import { replaceFilters } from '../state/filters.ts';
import { setPathEnd } from '../state/paths.ts';
import { clearSelection, restoreView, unfocusExcept } from '../state/selection.ts';
import type { Store } from '../state/store.ts';
import type { AppState, ExpandOptions, Producer } from '../state/types.ts';
import { setLocale } from '../state/ui.ts';
import type { UrlState } from '../url/codec.ts';
import type { graphActions } from './graph.ts';
import type { pathActions } from './paths.ts';

type GraphActions = ReturnType<typeof graphActions>;
type PathActions = ReturnType<typeof pathActions>;

const sameExpansion = (a: ExpandOptions | undefined, b: ExpandOptions): boolean =>
  a !== undefined && a.type === b.type && a.direction === b.direction && a.limit === b.limit;

/** Settings that need no request: language, filters, appearance, the camera to restore. */
export const applyUrlSettings = (url: UrlState): Producer => (state) =>
  [
    url.locale === null ? null : setLocale(url.locale),
    replaceFilters(url.filters),
    replaceAppearance(url.appearance),
    restoreView(url.view),
  ].reduce<AppState>((current, producer) => (producer === null ? current : producer(current)), state);

/** Creates the replay intent over the other intents. */
export function urlActions(store: Store<AppState>, graph: GraphActions, paths: PathActions) {
  const replayGraph = async (url: UrlState): Promise<void> => {
    for (const [id, current] of store.get().expansions) {
      const wanted = url.expansions.find(([other]) => other === id)?.[1];
      if (wanted === undefined || !sameExpansion(current, wanted)) graph.collapse(id);
    }
    store.update(unfocusExcept(url.focused));
    for (const id of url.focused) if (!store.get().focused.includes(id)) await graph.addFocused(id);
    for (const [id, options] of url.expansions) {
      if (!sameExpansion(store.get().expansions.get(id), options)) await graph.expand(id, options);
    }
  };
  return {
    async applyUrl(url: UrlState): Promise<void> {
      store.update(applyUrlSettings(url));
      await replayGraph(url);
      if (url.selected === null) store.update(clearSelection());
      else if (store.get().selected !== url.selected) await graph.select(url.selected);
      const { from, to } = store.get().paths;
      if (from !== url.pathFrom || to !== url.pathTo) {
        store.update(setPathEnd('from', url.pathFrom));
        store.update(setPathEnd('to', url.pathTo));
        await paths.findPaths();
      }
    },
  };
}
