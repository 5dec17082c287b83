/**
 * The pipeline's filter step, pure: dataset → what is visible. Evidence is
 * kept when its source is shown and its date is in range; a relation when its
 * type is shown, its confidence reaches the minimum and some of its evidence is
 * kept (it then carries only that evidence); an entity when its type is shown
 * and, while a relation-level filter is on, some kept relation touches it (or
 * it is pinned, like the selection).
 */
import type { Entity, Evidence, StoredRelation } from '../../../schema/model.ts';
import type { Dataset, FiltersState } from '../state/types.ts';

/** What the filters let through: the input of the appearance step. */
export interface Visible {
  readonly nodes: ReadonlyMap<string, Entity>;
  readonly edges: ReadonlyMap<string, StoredRelation>;
}

/** Filters that hide nothing. */
export function noFilters(): FiltersState {
  return {
    hiddenEntityTypes: new Set(),
    hiddenRelationTypes: new Set(),
    minConfidence: 0,
    hiddenSources: new Set(),
    dateFrom: null,
    dateTo: null,
  };
}

/** Whether a filter on evidence (source or date) is on. */
export function filtersEvidence(filters: FiltersState): boolean {
  return filters.hiddenSources.size > 0 || filters.dateFrom !== null || filters.dateTo !== null;
}

/** Whether any filter acting on relations is on (entities then need a kept relation). */
export function filtersRelations(filters: FiltersState): boolean {
  return filters.hiddenRelationTypes.size > 0 || filters.minConfidence > 0 || filtersEvidence(filters);
}

/** Whether one evidence entry passes the source and date filters (undated evidence fails a date bound). */
export function evidencePasses(evidence: Evidence, filters: FiltersState): boolean {
  if (filters.hiddenSources.has(evidence.source)) return false;
  if (filters.dateFrom === null && filters.dateTo === null) return true;
  if (evidence.date === undefined) return false;
  return (filters.dateFrom === null || evidence.date >= filters.dateFrom) && (filters.dateTo === null || evidence.date <= filters.dateTo);
}

/** The relation as shown (with only its kept evidence), or null when it is filtered out. */
export function filterRelation(relation: StoredRelation, filters: FiltersState): StoredRelation | null {
  if (filters.hiddenRelationTypes.has(relation.type) || relation.confidence < filters.minConfidence) return null;
  if (!filtersEvidence(filters)) return relation;
  const evidence = relation.evidence.filter((entry) => evidencePasses(entry, filters));
  if (evidence.length === 0) return null;
  return evidence.length === relation.evidence.length ? relation : { ...relation, evidence };
}

/**
 * Applies the filters to the dataset. With no filter on, the dataset's own
 * maps are returned (no copy, which matters at 100k relations).
 */
export function filterDataset(dataset: Dataset, filters: FiltersState, pinned: ReadonlySet<string> = new Set()): Visible {
  const byRelations = filtersRelations(filters);
  if (!byRelations && filters.hiddenEntityTypes.size === 0) return { nodes: dataset.nodes, edges: dataset.edges };
  const typeShown = (id: string): boolean => {
    const entity = dataset.nodes.get(id);
    return entity !== undefined && !filters.hiddenEntityTypes.has(entity.type);
  };
  const edges = new Map<string, StoredRelation>();
  const touched = new Set<string>();
  for (const relation of dataset.edges.values()) {
    if (!typeShown(relation.from) || !typeShown(relation.to)) continue;
    const shown = filterRelation(relation, filters);
    if (shown === null) continue;
    edges.set(shown.key, shown);
    touched.add(shown.from).add(shown.to);
  }
  const nodes = new Map<string, Entity>();
  for (const entity of dataset.nodes.values()) {
    if (filters.hiddenEntityTypes.has(entity.type)) continue;
    if (byRelations && !touched.has(entity.id) && !pinned.has(entity.id)) continue;
    nodes.set(entity.id, entity);
  }
  return { nodes, edges };
}
