/**
 * Producers for what the user points at: hover, the selected node and its
 * detail panel, and camera requests that bring a node into view.
 */
import type { EntityPage } from '../../../schema/api.ts';
import { mergeEntityDetail, releaseOrigin } from './dataset.ts';
import { pinnedNodes } from './graph.ts';
import { restartLayoutIfGrown } from './layout.ts';
import type { AppState, CameraView, Notice, Producer } from './types.ts';

const IDLE_DETAIL = { entityId: null, status: 'idle', data: null } as const;

/** The pointer entered a node (`null`: it left). */
export const hoverNode = (nodeId: string | null): Producer => (state) =>
  state.hovered === nodeId ? state : { ...state, hovered: nodeId };

/** Selects a node and starts loading its detail (a no-op when it is already selected). */
export const selectNode = (nodeId: string): Producer => (state) =>
  state.selected === nodeId && state.detail.entityId === nodeId
    ? state
    : { ...state, selected: nodeId, detail: { entityId: nodeId, status: 'loading', data: null } };

/** Clears the selection and closes the panel. */
export const clearSelection = (): Producer => (state) =>
  state.selected === null && state.detail.entityId === null ? state : { ...state, selected: null, detail: IDLE_DETAIL };

/**
 * The detail of the selected entity arrived. An entity that was not on the
 * graph yet is added (held as focused), with its relations to what is loaded.
 * Late answers for an entity no longer selected are dropped.
 */
export const detailLoaded = (detail: EntityPage): Producer => (state) => {
  const id = detail.entity.id;
  if (state.detail.entityId !== id) return state;
  const isNew = !state.dataset.nodes.has(id);
  return restartLayoutIfGrown(state, {
    ...state,
    dataset: mergeEntityDetail(state.dataset, detail, `focus:${id}`),
    focused: isNew && !state.focused.includes(id) ? [...state.focused, id] : state.focused,
    detail: { ...state.detail, status: 'ready', data: detail },
  });
};

/**
 * The next page of the selected entity's relations arrived: appended to the
 * panel's, and its relations to entities on the graph drawn (as detailLoaded
 * does). A page for an entity no longer selected, or not the one after what
 * the panel holds, is dropped.
 */
export const detailPageLoaded = (page: EntityPage, offset: number): Producer => (state) => {
  const held = state.detail.data;
  if (state.detail.entityId !== page.entity.id || held === null || held.nextOffset !== offset) return state;
  const data: EntityPage = {
    entity: held.entity,
    relations: [...held.relations, ...page.relations],
    relationsTotal: page.relationsTotal,
    ...(page.nextOffset !== undefined ? { nextOffset: page.nextOffset } : {}),
  };
  return restartLayoutIfGrown(state, {
    ...state,
    dataset: mergeEntityDetail(state.dataset, page, `focus:${page.entity.id}`),
    detail: { ...state.detail, data },
  });
};

/** Loading the detail of `nodeId` failed; the notice says why. */
export const detailFailed = (nodeId: string, notice: Notice): Producer => (state) =>
  state.detail.entityId !== nodeId ? state : { ...state, detail: { ...state.detail, status: 'error' }, notice };

/** Forgets focused entities not in `keep` (back/forward to a view without them). */
export const unfocusExcept = (keep: readonly string[]): Producer => (state) => {
  const dropped = state.focused.filter((id) => !keep.includes(id));
  if (dropped.length === 0) return state;
  const pinned = pinnedNodes(state);
  let dataset = state.dataset;
  for (const id of dropped) dataset = releaseOrigin(dataset, `focus:${id}`, pinned).dataset;
  return { ...state, dataset, focused: state.focused.filter((id) => keep.includes(id)) };
};

/** Asks the camera to move to `nodeId`. */
export const requestCamera = (nodeId: string): Producer => (state) => ({
  ...state,
  camera: { nodeId, seq: (state.camera?.seq ?? 0) + 1 },
});

const sameView = (a: CameraView | null, b: CameraView | null): boolean =>
  a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y && a.ratio === b.ratio);

/** The camera moved (rounded so that tiny moves do not rewrite the URL). */
export const cameraMoved = (view: CameraView): Producer => (state) => {
  const rounded = roundView(view);
  return sameView(state.view, rounded) ? state : { ...state, view: rounded };
};

/** A camera to restore once the graph is laid out (from a link or back/forward). */
export const restoreView = (view: CameraView | null): Producer => (state) =>
  sameView(state.pendingView, view) ? state : { ...state, pendingView: view };

/** Rounds a camera to 4 decimals, the precision kept in the URL. */
export function roundView(view: CameraView): CameraView {
  const round = (value: number): number => Math.round(value * 10_000) / 10_000;
  return { x: round(view.x), y: round(view.y), ratio: round(view.ratio) };
}
