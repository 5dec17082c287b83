/**
 * GraphStore.entityPage on Neo4j in two reads, so that a hub's page does not
 * carry every relation's evidence over Bolt: first the shape of each relation
 * (key, type, direction, other end, title, evidence dates), enough to filter,
 * count and order them as entity-page.ts does; then the whole of the page's
 * relations only, looked up by key through the key constraints, finished by the
 * same pure functions the embedded store uses.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Direction, EntityPage } from '../../schema/api.ts';
import { NotFoundError } from '../../schema/errors.ts';
import type { RelationType } from '../../schema/model.ts';
import { filterRelations, finishPage, inRange, passesShape, type EntityPageQuery } from './entity-page.ts';
import { ENTITY_RELATION_SHAPES, FETCH_RELATIONS } from './neo4j-read-queries.ts';
import { entityOf, keysByType, relationView, type RawRelation } from './neo4j-reads.ts';
import { compareRelationViews } from './relation-order.ts';

interface RawShape {
  key: string;
  type: RelationType;
  from: string;
  title: string | null;
  dates: (string | null)[] | null;
  other: RawRelation['other'];
}

interface Shape {
  key: string;
  type: RelationType;
  direction: Direction;
  title?: string;
  other: RawRelation['other'];
}

/** The relations that pass `query`'s filter, in getEntity's order. */
function passingShapes(entityId: string, raws: RawShape[], query: EntityPageQuery): Shape[] {
  const shapes: Shape[] = [];
  for (const raw of raws) {
    const direction: Direction = raw.from === entityId ? 'out' : 'in';
    if (!passesShape(raw.type, direction, query)) continue;
    // A relation stays when some of its evidence passes the date filter (entity-page.ts); stored dates are '' when unknown.
    if (!(raw.dates ?? []).some((date) => inRange(date || undefined, query))) continue;
    shapes.push({ key: raw.key, type: raw.type, direction, other: raw.other, ...(raw.title ? { title: raw.title } : {}) });
  }
  return shapes.sort(compareRelationViews);
}

export async function readEntityPage(tx: ManagedTransaction, id: string, query: EntityPageQuery): Promise<EntityPage> {
  const types = query.types?.length ? query.types : null;
  const record = (await tx.run(ENTITY_RELATION_SHAPES, { id, types })).records[0];
  if (!record) throw new NotFoundError(`No entity ${id}; search for it with GET /api/search?q=NAME`);
  const shapes = passingShapes(id, record.get('relations') as RawShape[], query);
  const page = shapes.slice(query.offset, query.offset + query.limit);
  const fetched = await tx.run(FETCH_RELATIONS, keysByType(page.map((shape) => shape.key)));
  const props = new Map(fetched.records.map((r) => [String(r.get('props').key), { type: String(r.get('type')), from: String(r.get('from')), to: String(r.get('to')), props: r.get('props') }]));
  const relations = page.flatMap((shape) => {
    const found = props.get(shape.key);
    return found ? [relationView(id, { ...found, other: shape.other })] : [];
  });
  return finishPage(filterRelations({ entity: entityOf(record), relations }, query), shapes.length, query);
}
