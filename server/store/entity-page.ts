/**
 * One page of an entity's relations (GraphStore.entityPage, GET
 * /api/entities/{id}): narrowed by relation type, by direction, and by the dates
 * of their evidence (a relation stays when some of its evidence falls in the
 * range, with only that evidence); then cut to a page, each relation with at
 * most so many evidence entries, so that a hub of a large corpus (tens of
 * thousands of relations) answers in kilobytes. Pure, so both stores answer the
 * same. A store first chooses the page from each relation's shape (choosePage:
 * no evidence text needed), then builds only those relations whole and
 * finishes the page (finishPage).
 */
import type { EntityDetail, EntityPage, RelationView } from '../../schema/api.ts';
import type { RelationType } from '../../schema/model.ts';
import { compareRelationViews, type OrderedRelation } from './relation-order.ts';

export interface RelationFilter {
  types?: RelationType[];
  direction: 'out' | 'in' | 'both';
  /** Earliest evidence date, inclusive (YYYY-MM-DD). */
  since?: string;
  /** Latest evidence date, inclusive (YYYY-MM-DD). */
  until?: string;
}

/** Whether evidence of `date` passes the filter's dates (any does when it has none). */
function inRange(date: string | undefined, filter: RelationFilter): boolean {
  if (!narrowsByDate(filter)) return true;
  if (date === undefined) return false;
  return (filter.since === undefined || date >= filter.since) && (filter.until === undefined || date <= filter.until);
}

function narrow(relation: RelationView, filter: RelationFilter): RelationView | undefined {
  if (!passesShape(relation.type, relation.direction, filter)) return undefined;
  const evidence = relation.evidence.filter((e) => inRange(e.date, filter));
  return evidence.length > 0 ? { ...relation, evidence } : undefined;
}

/** The entity with only the relations (and evidence) the filter keeps. */
export function filterRelations(detail: EntityDetail, filter: RelationFilter): EntityDetail {
  const relations = detail.relations.flatMap((relation) => narrow(relation, filter) ?? []);
  return { entity: detail.entity, relations };
}

export interface RelationWindow {
  /** How many of the filtered relations to skip. */
  offset: number;
  /** Most relations returned. */
  limit: number;
  /** Most evidence entries returned per relation. */
  evidenceLimit: number;
}

export type EntityPageQuery = RelationFilter & RelationWindow;

/** The page GET /api/entities/{id} gives without limit and evidenceLimit. */
export const DEFAULT_RELATION_WINDOW = { limit: 200, evidenceLimit: 20 } as const;

/** What choosing a page needs of a relation: what orders it, and the dates of its evidence (none when undated). */
export interface RelationShape extends OrderedRelation {
  evidence: readonly { date?: string }[];
}

/**
 * The relations that pass the filter — type, direction, and some evidence in the
 * date range, as filterRelations keeps them — in getEntity's order: the page of
 * them, and how many passed.
 */
export function choosePage<S extends RelationShape>(shapes: Iterable<S>, query: EntityPageQuery): { page: S[]; total: number } {
  const passing: S[] = [];
  for (const shape of shapes) {
    if (passesShape(shape.type, shape.direction, query) && shape.evidence.some((e) => inRange(e.date, query))) passing.push(shape);
  }
  passing.sort(compareRelationViews);
  return { page: passing.slice(query.offset, query.offset + query.limit), total: passing.length };
}

/** Whether a relation of `type` seen in `direction` passes the filter's types and direction. */
function passesShape(type: RelationType, direction: 'out' | 'in', filter: RelationFilter): boolean {
  return !(filter.types?.length && !filter.types.includes(type)) && (filter.direction === 'both' || direction === filter.direction);
}

/**
 * The page of `detail`, whose relations are the ones choosePage chose (from
 * query.offset on, at most query.limit of them, out of `total` that passed):
 * evidence narrowed to the date range and cut to query.evidenceLimit, counts added.
 */
export function finishPage(detail: EntityDetail, total: number, query: EntityPageQuery): EntityPage {
  const relations = filterRelations(detail, query).relations.map((relation) => ({
    ...relation,
    evidence: relation.evidence.slice(0, query.evidenceLimit),
    evidenceTotal: relation.evidence.length,
  }));
  return pageOf(detail.entity, relations, total, query.offset);
}

/** A page of `relations` (already narrowed and cut) starting at `offset` of `total`, with where the next one starts. */
export function pageOf(entity: EntityDetail['entity'], relations: EntityPage['relations'], total: number, offset: number): EntityPage {
  const end = offset + relations.length;
  return { entity, relations, relationsTotal: total, ...(end < total ? { nextOffset: end } : {}) };
}

/** Whether the query narrows evidence by date (the page then depends on every relation's dates). */
export function narrowsByDate(query: RelationFilter): boolean {
  return query.since !== undefined || query.until !== undefined;
}
