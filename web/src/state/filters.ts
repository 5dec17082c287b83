/** Producers for the filters: each toggles or sets one criterion (the filter step itself is filters/apply.ts). */
import type { EntityType, RelationType } from '../../../schema/model.ts';
import { noFilters } from '../filters/apply.ts';
import type { FiltersState, Producer } from './types.ts';

const setFilters = (patch: Partial<FiltersState>): Producer => (state) => ({ ...state, filters: { ...state.filters, ...patch } });

function toggled<T>(set: ReadonlySet<T>, value: T, hidden: boolean): ReadonlySet<T> {
  const copy = new Set(set);
  if (hidden) copy.add(value);
  else copy.delete(value);
  return copy;
}

/** Shows or hides entities of one type. */
export const setEntityTypeHidden = (type: EntityType, hidden: boolean): Producer => (state) =>
  state.filters.hiddenEntityTypes.has(type) === hidden
    ? state
    : setFilters({ hiddenEntityTypes: toggled(state.filters.hiddenEntityTypes, type, hidden) })(state);

/** Shows or hides relations of one type. */
export const setRelationTypeHidden = (type: RelationType, hidden: boolean): Producer => (state) =>
  state.filters.hiddenRelationTypes.has(type) === hidden
    ? state
    : setFilters({ hiddenRelationTypes: toggled(state.filters.hiddenRelationTypes, type, hidden) })(state);

/** Shows or hides the evidence of one source document. */
export const setSourceHidden = (source: string, hidden: boolean): Producer => (state) =>
  state.filters.hiddenSources.has(source) === hidden
    ? state
    : setFilters({ hiddenSources: toggled(state.filters.hiddenSources, source, hidden) })(state);

/** Sets the minimum confidence, clamped to 0–1. */
export const setMinConfidence = (value: number): Producer => (state) => {
  const clamped = Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0;
  return clamped === state.filters.minConfidence ? state : setFilters({ minConfidence: clamped })(state);
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Sets the evidence date range; anything but an ISO date clears that bound. */
export const setDateRange = (from: string | null, to: string | null): Producer => (state) => {
  const dateFrom = from !== null && ISO_DATE.test(from) ? from : null;
  const dateTo = to !== null && ISO_DATE.test(to) ? to : null;
  return dateFrom === state.filters.dateFrom && dateTo === state.filters.dateTo ? state : setFilters({ dateFrom, dateTo })(state);
};

/** Replaces every filter at once (a link or back/forward). */
export const replaceFilters = (filters: FiltersState): Producer => (state) => ({ ...state, filters });

/** Clears every filter. */
export const resetFilters = (): Producer => (state) => ({ ...state, filters: noFilters() });
