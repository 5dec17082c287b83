/**
 * One page of an entity's relations (GraphStore.entityPage, GET
 * /api/entities/{id}): narrowed by relation type, by direction, and by the dates
 * of their evidence (a relation stays when some of its evidence falls in the
 * range, with only that evidence); then cut to a page, each relation with at
 * most so many evidence entries, so that a hub of a large corpus (tens of
 * thousands of relations) answers in kilobytes. Pure, so both stores answer the
 * same: the embedded store applies it to the whole entity, the Neo4j store to
 * the relations of the page it chose with the same rules (neo4j-entity-page.ts).
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

/** Whether evidence of `date` passes the filter's dates (any does when it has none). */
export function inRange(date: string | undefined, filter: RelationFilter): boolean {
  if (filter.since === undefined && filter.until === undefined) return true;
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

/** Whether a relation of `type` seen in `direction` passes the filter's types and direction. */
export function passesShape(type: RelationType, direction: 'out' | 'in', filter: RelationFilter): boolean {
  return !(filter.types?.length && !filter.types.includes(type)) && (filter.direction === 'both' || direction === filter.direction);
}

/** One page of `detail`'s relations, in the store's order, with the counts a client needs to ask for more. */
export function pageRelations(detail: EntityDetail, page: RelationWindow): EntityPage {
  const cut = detail.relations.slice(page.offset, page.offset + page.limit);
  return finishPage({ entity: detail.entity, relations: cut }, detail.relations.length, page);
}

/**
 * The page of `detail`, whose relations are already the filtered ones from
 * page.offset on (at most page.limit of them), out of `total` that passed the
 * filter: evidence cut to page.evidenceLimit, counts added.
 */
export function finishPage(detail: EntityDetail, total: number, page: RelationWindow): EntityPage {
  const relations = detail.relations.map((relation) => ({
    ...relation,
    evidence: relation.evidence.slice(0, page.evidenceLimit),
    evidenceTotal: relation.evidence.length,
  }));
  const end = page.offset + relations.length;
  return { entity: detail.entity, relations, relationsTotal: total, ...(end < total ? { nextOffset: end } : {}) };
}
