/** Producers for appearance choices: what colours nodes and what sizes them. */
import type { AppearanceState, ColorBy, Producer, SizeBy } from './types.ts';

/** Colours nodes by entity type or by Louvain community. */
export const setColorBy = (color: ColorBy): Producer => (state) =>
  state.appearance.color === color ? state : { ...state, appearance: { ...state.appearance, color } };

/** Sizes nodes by degree or by PageRank. */
export const setSizeBy = (size: SizeBy): Producer => (state) =>
  state.appearance.size === size ? state : { ...state, appearance: { ...state.appearance, size } };

/** Replaces both choices (a link or back/forward). */
export const replaceAppearance = (appearance: AppearanceState): Producer => (state) =>
  state.appearance.color === appearance.color && state.appearance.size === appearance.size ? state : { ...state, appearance };
