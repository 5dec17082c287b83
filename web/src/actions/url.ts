/**
 * Replays a view from a URL (a shared link, or back/forward). Positions come
 * from the layout runs that each load starts, so the replay redoes the loads
 * in the order a session makes them — entities opened on their own, then
 * expansions in their order, the selection, the paths — and lets the layout
 * settle after each (`settle`), as it did while the view was built. Appearance
 * and filters apply last (node sizes steer ForceAtlas2, filters choose what it
 * lays out, and neither starts a run); the camera is restored at the end, once
 * the layout has settled. What the URL no longer has is collapsed or released.
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

/** Appearance and filters: applied after the loads, since sizes steer ForceAtlas2 (adjustSizes) and filters choose what it lays out. */
export const applyUrlSettings = (url: UrlState): Producer => (state) => replaceFilters(url.filters)(replaceAppearance(url.appearance)(state));

/** Resolves once no layout run is going on (the app waits for the worker; tests need not). */
export type Settle = () => Promise<void>;

/** Creates the replay intent over the other intents. */
export function urlActions(store: Store<AppState>, graph: GraphActions, paths: PathActions, settle: Settle) {
  /** Whether replaying `url` loads anything (else settings apply at once, without waiting for the layout). */
  const loadsSomething = (url: UrlState): boolean => {
    const state = store.get();
    return (
      url.focused.some((id) => !state.focused.includes(id)) ||
      url.expansions.some(([id, options]) => !sameExpansion(state.expansions.get(id), options)) ||
      (url.selected !== null && !state.dataset.nodes.has(url.selected)) ||
      state.paths.from !== url.pathFrom ||
      state.paths.to !== url.pathTo
    );
  };
  const release = (url: UrlState): void => {
    for (const [id, current] of store.get().expansions) {
      const wanted = url.expansions.find(([other]) => other === id)?.[1];
      if (wanted === undefined || !sameExpansion(current, wanted)) graph.collapse(id);
    }
    store.update(unfocusExcept(url.focused));
  };
  const load = async (url: UrlState): Promise<void> => {
    for (const id of url.focused) {
      if (store.get().focused.includes(id)) continue;
      await settle();
      await graph.addFocused(id);
    }
    for (const [id, options] of url.expansions) {
      if (sameExpansion(store.get().expansions.get(id), options)) continue;
      await settle();
      await graph.expand(id, options);
    }
  };
  const select = async (url: UrlState): Promise<void> => {
    if (url.selected === null) store.update(clearSelection());
    else if (store.get().selected !== url.selected) await graph.select(url.selected);
  };
  const replayPaths = async (url: UrlState): Promise<void> => {
    const { from, to } = store.get().paths;
    if (from === url.pathFrom && to === url.pathTo) return;
    await settle();
    store.update(setPathEnd('from', url.pathFrom));
    store.update(setPathEnd('to', url.pathTo));
    await paths.findPaths();
  };
  return {
    async applyUrl(url: UrlState): Promise<void> {
      if (url.locale !== null) store.update(setLocale(url.locale));
      const waits = loadsSomething(url);
      if (!waits) store.update(applyUrlSettings(url));
      release(url);
      await load(url);
      await select(url);
      await replayPaths(url);
      if (waits) {
        await settle();
        store.update(applyUrlSettings(url));
      }
      store.update(restoreView(url.view));
    },
  };
}
