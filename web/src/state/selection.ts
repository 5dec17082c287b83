/**
 * Producers for what the user points at: hover, the selected node and its
 * detail panel, and camera requests that bring a node into view.
 */
import type { EntityDetail } from '../../../schema/api.ts';
import { mergeEntityDetail } from './dataset.ts';
import { restartLayoutIfGrown } from './layout.ts';
import type { Notice, Producer } from './types.ts';

/** The pointer entered a node (`null`: it left). */
export const hoverNode = (nodeId: string | null): Producer => (state) =>
  state.hovered === nodeId ? state : { ...state, hovered: nodeId };

/** Selects a node and starts loading its detail (a no-op when it is already selected). */
export const selectNode = (nodeId: string): Producer => (state) =>
  state.selected === nodeId && state.detail.entityId === nodeId
    ? state
    : {
        ...state,
        selected: nodeId,
        detail: { entityId: nodeId, status: 'loading', data: null, expanding: false, expandTruncated: false },
      };

/** Clears the selection and closes the panel. */
export const clearSelection = (): Producer => (state) =>
  state.selected === null && state.detail.entityId === null
    ? state
    : {
        ...state,
        selected: null,
        detail: { entityId: null, status: 'idle', data: null, expanding: false, expandTruncated: false },
      };

/**
 * The detail of the selected entity arrived. An entity that was not on the
 * graph yet is added, with its relations to what is loaded. Late answers for an
 * entity no longer selected are dropped.
 */
export const detailLoaded = (detail: EntityDetail): Producer => (state) => {
  if (state.detail.entityId !== detail.entity.id) return state;
  return restartLayoutIfGrown(state, {
    ...state,
    dataset: mergeEntityDetail(state.dataset, detail),
    detail: { ...state.detail, status: 'ready', data: detail },
  });
};

/** Loading the detail of `nodeId` failed; the notice says why. */
export const detailFailed = (nodeId: string, notice: Notice): Producer => (state) =>
  state.detail.entityId !== nodeId ? state : { ...state, detail: { ...state.detail, status: 'error' }, notice };

/** Asks the camera to move to `nodeId`. */
export const requestCamera = (nodeId: string): Producer => (state) => ({
  ...state,
  camera: { nodeId, seq: (state.camera?.seq ?? 0) + 1 },
});
