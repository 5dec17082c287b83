/**
 * Counts shown next to each filter option: how many loaded items the option
 * covers and how many of them are visible under all the filters.
 */
import type { EntityType, Evidence, RelationType } from '../../../schema/model.ts';
import type { Dataset } from '../state/types.ts';
import type { Visible } from './apply.ts';

export interface Count {
  readonly total: number;
  readonly visible: number;
}

export interface FilterCounts {
  readonly entityTypes: ReadonlyMap<EntityType, Count>;
  readonly relationTypes: ReadonlyMap<RelationType, Count>;
  /** Relations with evidence from each source. */
  readonly sources: ReadonlyMap<string, Count>;
  /** Relations with evidence on each date (sorted by date). */
  readonly dates: ReadonlyMap<string, Count>;
  readonly relations: Count;
  readonly entities: Count;
}

function bump<K>(map: Map<K, { total: number; visible: number }>, key: K, visible: boolean): void {
  const count = map.get(key) ?? { total: 0, visible: 0 };
  count.total += 1;
  if (visible) count.visible += 1;
  map.set(key, count);
}

/** The distinct defined values of `field` among a relation's evidence (usually one: no Set needed). */
function distinct(evidence: readonly Evidence[], field: 'source' | 'date'): string[] {
  const values: string[] = [];
  for (const entry of evidence) {
    const value = entry[field];
    if (value !== undefined && !values.includes(value)) values.push(value);
  }
  return values;
}

/** Counts per option over `dataset`, with `visible` telling what the filters kept. */
export function filterCounts(dataset: Dataset, visible: Visible): FilterCounts {
  const entityTypes = new Map<EntityType, Count & { total: number; visible: number }>();
  for (const entity of dataset.nodes.values()) bump(entityTypes, entity.type, visible.nodes.has(entity.id));
  const relationTypes = new Map<RelationType, { total: number; visible: number }>();
  const sources = new Map<string, { total: number; visible: number }>();
  const dates = new Map<string, { total: number; visible: number }>();
  for (const relation of dataset.edges.values()) {
    const shown = visible.edges.get(relation.key);
    bump(relationTypes, relation.type, shown !== undefined);
    for (const source of distinct(relation.evidence, 'source')) bump(sources, source, shown?.evidence.some((e) => e.source === source) ?? false);
    for (const date of distinct(relation.evidence, 'date')) bump(dates, date, shown?.evidence.some((e) => e.date === date) ?? false);
  }
  return {
    entityTypes,
    relationTypes,
    sources,
    dates: new Map([...dates].sort(([a], [b]) => a.localeCompare(b))),
    relations: { total: dataset.edges.size, visible: visible.edges.size },
    entities: { total: dataset.nodes.size, visible: visible.nodes.size },
  };
}
