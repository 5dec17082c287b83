/**
 * The order of an entity's relations (GET /api/entities/{id} pages are cut
 * from it by offset), the same from both stores: outgoing before incoming, then
 * by type, other end and title, compared by UTF-16 code unit. Locale collation
 * is several times slower on a hub's thousands of relations and gives no
 * order a reader relies on.
 */
import type { RelationView } from '../../schema/api.ts';

/** What the order looks at: a whole relation view, or the shape the Neo4j store reads before the page. */
export type OrderedRelation = Pick<RelationView, 'direction' | 'type' | 'title'> & { other: { id: string } };

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareRelationViews(a: OrderedRelation, b: OrderedRelation): number {
  return (
    byCodeUnit(b.direction, a.direction) ||
    byCodeUnit(a.type, b.type) ||
    byCodeUnit(a.other.id, b.other.id) ||
    byCodeUnit(a.title ?? '', b.title ?? '')
  );
}
