/**
 * Narrows an entity's relations for GET /api/entities/{id}: by relation type,
 * by direction, and by the dates of their evidence (a relation stays when some
 * of its evidence falls in the range, with only that evidence); then cuts one
 * page of them, each with at most so many evidence entries, so that a hub of a
 * large corpus (tens of thousands of relations) answers in kilobytes. Pure, so
 * both stores answer the same.
 */
import type { EntityDetail, EntityPage, RelationView } from '../../schema/api.ts';
import type { RelationType } from '../../schema/model.ts';

export interface RelationFilter {
  types?: RelationType[];
  direction: 'out' | 'in' | 'both';
  /** Earliest evidence date, inclusive (YYYY-MM-DD). */
  since?: string;
  /** Latest evidence date, inclusive (YYYY-MM-DD). */
  until?: string;
}

function inRange(date: string | undefined, filter: RelationFilter): boolean {
  if (filter.since === undefined && filter.until === undefined) return true;
  if (date === undefined) return false;
  return (filter.since === undefined || date >= filter.since) && (filter.until === undefined || date <= filter.until);
}

function narrow(relation: RelationView, filter: RelationFilter): RelationView | undefined {
  if (filter.types?.length && !filter.types.includes(relation.type)) return undefined;
  if (filter.direction !== 'both' && relation.direction !== filter.direction) return undefined;
  const evidence = relation.evidence.filter((e) => inRange(e.date, filter));
  return evidence.length > 0 ? { ...relation, evidence } : undefined;
}

/** The entity with only the relations (and evidence) the filter keeps. */
export function filterRelations(detail: EntityDetail, filter: RelationFilter): EntityDetail {
  const relations = detail.relations.flatMap((relation) => narrow(relation, filter) ?? []);
  return { entity: detail.entity, relations };
}

export interface RelationPage {
  /** How many of the filtered relations to skip. */
  offset: number;
  /** Most relations returned. */
  limit: number;
  /** Most evidence entries returned per relation. */
  evidenceLimit: number;
}

/** One page of `detail`'s relations, in the store's order, with the counts a client needs to ask for more. */
export function pageRelations(detail: EntityDetail, page: RelationPage): EntityPage {
  const end = page.offset + page.limit;
  const relations = detail.relations.slice(page.offset, end).map((relation) => ({
    ...relation,
    evidence: relation.evidence.slice(0, page.evidenceLimit),
    evidenceTotal: relation.evidence.length,
  }));
  const total = detail.relations.length;
  return { entity: detail.entity, relations, relationsTotal: total, ...(end < total ? { nextOffset: end } : {}) };
}
