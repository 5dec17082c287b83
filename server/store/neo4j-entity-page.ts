/**
 * GraphStore.entityPage on Neo4j. Without a date range the database passes,
 * orders and cuts the relations itself and sends the page alone (one read).
 * With one, every relation's evidence dates decide whether it passes, so the
 * page takes two reads and does not carry every relation's evidence over Bolt:
 * first the shape of each relation (key, type, ends, title, evidence dates),
 * from which the page is chosen; then the whole of the page's relations only,
 * looked up by key through the key constraints, and the page finished as
 * entity-page.ts does for both stores.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { EntityPage } from '../../schema/api.ts';
import { NotFoundError } from '../../schema/errors.ts';
import type { RelationType } from '../../schema/model.ts';
import { choosePage, finishPage, narrowsByDate, pageOf, type EntityPageQuery, type RelationShape } from './entity-page.ts';
import { ENTITY_PAGE, ENTITY_RELATION_SHAPES, FETCH_RELATIONS } from './neo4j-read-queries.ts';
import { entityOf, keysByType, relationView, type RawRelation } from './neo4j-reads.ts';

interface RawShape {
  key: string;
  type: RelationType;
  from: string;
  title: string | null;
  dates: (string | null)[] | null;
  other: RawRelation['other'];
}

type Shape = RelationShape & { key: string; other: RawRelation['other'] };

function shapeOf(entityId: string, raw: RawShape): Shape {
  return {
    key: raw.key,
    type: raw.type,
    direction: raw.from === entityId ? 'out' : 'in',
    other: raw.other,
    ...(raw.title ? { title: raw.title } : {}),
    // Stored evidence lists keep '' for an undated entry.
    evidence: (raw.dates ?? []).map((date) => (date ? { date } : {})),
  };
}

function notFound(id: string): NotFoundError {
  return new NotFoundError(`No entity ${id}; search for it with GET /api/search?q=NAME`);
}

export async function readEntityPage(tx: ManagedTransaction, id: string, query: EntityPageQuery): Promise<EntityPage> {
  return narrowsByDate(query) ? readDatedPage(tx, id, query) : readUndatedPage(tx, id, query);
}

async function readUndatedPage(tx: ManagedTransaction, id: string, query: EntityPageQuery): Promise<EntityPage> {
  const record = (
    await tx.run(ENTITY_PAGE, {
      id,
      types: query.types?.length ? query.types : null,
      out: query.direction !== 'in',
      in: query.direction !== 'out',
      offset: neo4j.int(query.offset),
      limit: neo4j.int(query.limit),
      evidenceLimit: neo4j.int(query.evidenceLimit),
    })
  ).records[0];
  if (!record) throw notFound(id);
  const relations = (record.get('page') as (RawRelation & { evidenceTotal: number })[]).map((raw) => {
    const view = relationView(id, raw);
    // The relationship's lists came cut; batches, when read, come whole.
    return { ...view, evidence: view.evidence.slice(0, query.evidenceLimit), evidenceTotal: neo4j.integer.toNumber(raw.evidenceTotal) };
  });
  return pageOf(entityOf(record), relations, neo4j.integer.toNumber(record.get('total') as number), query.offset);
}

async function readDatedPage(tx: ManagedTransaction, id: string, query: EntityPageQuery): Promise<EntityPage> {
  const types = query.types?.length ? query.types : null;
  const record = (await tx.run(ENTITY_RELATION_SHAPES, { id, types })).records[0];
  if (!record) throw notFound(id);
  const { page, total } = choosePage((record.get('relations') as RawShape[]).map((raw) => shapeOf(id, raw)), query);
  const fetched = await tx.run(FETCH_RELATIONS, keysByType(page.map((shape) => shape.key)));
  const byKey = new Map(
    fetched.records.map((r) => [
      String(r.get('props').key),
      { type: String(r.get('type')), from: String(r.get('from')), to: String(r.get('to')), props: r.get('props'), batches: r.get('batches') },
    ]),
  );
  const relations = page.flatMap((shape) => {
    const found = byKey.get(shape.key);
    return found ? [relationView(id, { ...found, other: shape.other })] : [];
  });
  return finishPage({ entity: entityOf(record), relations }, total, query);
}
